import { useEffect, useMemo, useState } from 'react';
import {
  applyProgressChange,
  computeCodingProgress,
  type CodingProgress,
  type ProgressScope,
} from '../../../core/coding';
import type { ReliabilitySample } from '../../../core/model/coding';
import type { CoderId, RecordKey } from '../../../core/model/ids';
import { asRecordKey } from '../../../core/model/ids';
import type { GridRow } from '../grid/grid-row';
import type { CodingLayers } from './useCodingLayers';

/**
 * The local coder's progress: counted in full when the layer loads or the
 * records or samples change, then kept up to date change by change, so a
 * key press costs the same at 100,000 records as at 10.
 */
export function useCodingProgress(
  coderId: CoderId,
  rows: readonly GridRow[],
  samples: readonly ReliabilitySample[],
  layers: CodingLayers,
): CodingProgress {
  const { own, subscribe } = layers;
  const recordKeys = useMemo(
    () => rows.map((row) => asRecordKey(row.key)),
    [rows],
  );
  const scope = useMemo(
    () => createScope(coderId, recordKeys, samples),
    [coderId, recordKeys, samples],
  );
  const [progress, setProgress] = useState<CodingProgress>(() =>
    countAll(coderId, recordKeys, samples, own),
  );

  useEffect(() => {
    setProgress(countAll(coderId, recordKeys, samples, own));
    return subscribe((change) =>
      setProgress((current) => applyProgressChange(current, change, scope)),
    );
  }, [coderId, recordKeys, samples, own, subscribe, scope]);

  return progress;
}

function countAll(
  coderId: CoderId,
  recordKeys: readonly RecordKey[],
  samples: readonly ReliabilitySample[],
  own: CodingLayers['own'],
): CodingProgress {
  return computeCodingProgress({
    coderId,
    recordKeys,
    codings: own.values(),
    samples,
  });
}

function createScope(
  coderId: CoderId,
  recordKeys: readonly RecordKey[],
  samples: readonly ReliabilitySample[],
): ProgressScope {
  const records = new Set(recordKeys);
  const assigned = new Set<RecordKey>();
  for (const sample of samples) {
    if (!sample.coderIds.includes(coderId)) continue;

    for (const key of sample.recordKeys) {
      if (records.has(key)) assigned.add(key);
    }
  }
  return { coderId, recordKeys: records, assigned };
}
