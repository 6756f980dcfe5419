import type { RecordCoding, ReliabilitySample } from '../model/coding';
import type { CoderId, ColumnKey, RecordKey } from '../model/ids';
import { groupStrata, type SampleableRecord } from './strata';

/** One value of a column: how many records have it, how many were drawn. */
export type SampleStratumCount = {
  /** The trimmed cell text; '' for blank cells. */
  readonly value: string;
  readonly total: number;
  readonly sampled: number;
};

/** How far one assigned coder is with a sample. */
export type SampleCoderProgress = {
  readonly coderId: CoderId;
  /** Sample records the coder marked done. */
  readonly done: number;
  /** Sample records still in the project. */
  readonly assigned: number;
};

/**
 * The records of the project and of the sample per value of `column`,
 * values in the order strata are drawn (see `groupStrata`), so a lead can
 * check a stratified sample against the column's distribution.
 */
export function countSampleStrata(
  sampleKeys: readonly RecordKey[],
  records: readonly SampleableRecord[],
  column: ColumnKey,
): SampleStratumCount[] {
  const drawn = new Set(sampleKeys);
  return groupStrata(records, column).map((stratum) => ({
    value: stratum.value,
    total: stratum.recordKeys.length,
    sampled: stratum.recordKeys.filter((key) => drawn.has(key)).length,
  }));
}

/**
 * Per assigned coder, in the sample's order: sample records marked done
 * out of the sample records the project still has (a re-import may have
 * removed some). Codings of other coders or records are ignored.
 */
export function computeSampleProgress(
  sample: ReliabilitySample,
  codings: Iterable<RecordCoding>,
  recordKeys: ReadonlySet<RecordKey>,
): SampleCoderProgress[] {
  const keys = new Set(sample.recordKeys.filter((key) => recordKeys.has(key)));
  const done = new Map<CoderId, number>(sample.coderIds.map((id) => [id, 0]));
  for (const coding of codings) {
    const count = done.get(coding.coderId);
    if (count === undefined || coding.status !== 'done') continue;
    if (!keys.has(coding.recordKey)) continue;

    done.set(coding.coderId, count + 1);
  }
  return sample.coderIds.map((coderId) => ({
    coderId,
    done: done.get(coderId) ?? 0,
    assigned: keys.size,
  }));
}
