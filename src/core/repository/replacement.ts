import type { RecordKey } from '../model/ids';
import type { ScanRecord } from '../model/scan';
import type { SnapshotPartName } from '../model/audit';
import type { RecordOverlay } from './overlay';
import { withField } from './overlay';
import type { SnapshotParts } from './coding-types';

/** Records as stored: base values, and the edits over them. */
export type StoredRecords = {
  readonly records: ScanRecord[];
  readonly overlays: Map<RecordKey, RecordOverlay>;
};

/**
 * Splits records as they should read into base values and edit overlays.
 * With `editedBase`, exactly those fields are edits (their base as
 * given). Without it, a previous edit survives where the record still
 * holds the edited value, and is dropped elsewhere (the record's value
 * becomes the base). Either way the records read back as given.
 */
export function splitEdits(
  records: readonly ScanRecord[],
  previous: ReadonlyMap<RecordKey, RecordOverlay>,
  editedBase: SnapshotParts['editedBase'],
): StoredRecords {
  const overlays = new Map<RecordKey, RecordOverlay>();
  const stored = records.map((record) => {
    const base = editedBase
      ? editedBase.get(record.key)
      : survivingBase(record, previous.get(record.key));
    const overlay = base && buildOverlay(record, base);
    if (!overlay) return record;

    overlays.set(record.key, overlay);
    let fields = record.fields;
    for (const [column, value] of Object.entries(overlay.base)) {
      fields = withField(fields, column, value);
    }
    return { ...record, fields };
  });
  return { records: stored, overlays };
}

/** Names of the parts given, in a fixed order, for the audit event. */
export function listPartNames(parts: SnapshotParts): SnapshotPartName[] {
  const names: SnapshotPartName[] = [];
  if (parts.meta || parts.records) names.push('meta');
  if (parts.records) names.push('records');
  if (parts.codebook) names.push('codebook');
  if (parts.coders) names.push('coders');
  if (parts.layers) names.push('layers');
  if (parts.consensus) names.push('consensus');
  return names;
}

function survivingBase(
  record: ScanRecord,
  overlay: RecordOverlay | undefined,
): Record<string, string> | undefined {
  if (!overlay) return undefined;

  let base: Record<string, string> = {};
  for (const [column, value] of Object.entries(overlay.values)) {
    const current = Object.hasOwn(record.fields, column)
      ? record.fields[column]
      : undefined;
    if (current === value) {
      base = withField(base, column, overlay.base[column] ?? '');
    }
  }
  return base;
}

function buildOverlay(
  record: ScanRecord,
  base: Readonly<Record<string, string>>,
): RecordOverlay | undefined {
  let values: Record<string, string> = {};
  let kept: Record<string, string> = {};
  for (const [column, baseValue] of Object.entries(base)) {
    if (!Object.hasOwn(record.fields, column)) continue;

    const value = record.fields[column] ?? '';
    if (value === baseValue) continue;

    values = withField(values, column, value);
    kept = withField(kept, column, baseValue);
  }
  return Object.keys(values).length === 0 ? undefined : { values, base: kept };
}
