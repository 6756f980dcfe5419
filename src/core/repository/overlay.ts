import type { FieldChange, NewAuditEvent } from '../model/audit';
import type { RecordKey } from '../model/ids';
import type { ScanRecord } from '../model/scan';
import type { EditEventInfo, ReimportCommit } from './types';

/**
 * A record's user edits, kept apart from its imported values so a re-import
 * can replace source values without touching edits.
 */
export type RecordOverlay = {
  /** Current value of each edited column. */
  readonly values: Readonly<Record<string, string>>;
  /** Source value of each edited column, as of the latest import. */
  readonly base: Readonly<Record<string, string>>;
};

/** An overlay after edits, and the changes as they really happened. */
export type OverlayEditResult = {
  /** Undefined when no field differs from its base any more. */
  readonly overlay: RecordOverlay | undefined;
  readonly changes: readonly FieldChange[];
};

/**
 * Applies field changes, in order, to a record's overlay. A field without a
 * saved edit takes the change's `oldValue` as its base; a field with one
 * reports the saved value as `oldValue`, so two windows editing the same
 * field leave a truthful history. A field edited back to its base is no
 * longer an edit.
 */
export function applyFieldChanges(
  overlay: RecordOverlay | undefined,
  changes: readonly FieldChange[],
): OverlayEditResult {
  let values = overlay?.values ?? {};
  let base = overlay?.base ?? {};
  const applied: FieldChange[] = [];

  for (const change of changes) {
    const isEdited = Object.hasOwn(values, change.column);
    const oldValue = isEdited ? (values[change.column] ?? '') : change.oldValue;
    const baseValue = isEdited ? (base[change.column] ?? '') : change.oldValue;
    applied.push({
      column: change.column,
      oldValue,
      newValue: change.newValue,
    });

    if (change.newValue === baseValue) {
      values = withoutField(values, change.column);
      base = withoutField(base, change.column);
    } else {
      values = withField(values, change.column, change.newValue);
      base = withField(base, change.column, baseValue);
    }
  }

  return { overlay: toOverlay(values, base), changes: applied };
}

/**
 * Moves an overlay onto a record's new source values after a re-import:
 * dropped columns lose their edit, kept edits take the new source value as
 * their base, and an edit equal to its new base disappears. A column the
 * new record lacks keeps its old base.
 */
export function rebaseOverlay(
  overlay: RecordOverlay,
  fields: Readonly<Record<string, string>>,
  dropped: ReadonlySet<string> | undefined,
): RecordOverlay | undefined {
  let values: Readonly<Record<string, string>> = {};
  let base: Readonly<Record<string, string>> = {};

  for (const [column, value] of Object.entries(overlay.values)) {
    if (dropped?.has(column)) continue;

    const newBase = Object.hasOwn(fields, column)
      ? (fields[column] ?? '')
      : (overlay.base[column] ?? '');
    if (value === newBase) continue;

    values = withField(values, column, value);
    base = withField(base, column, newBase);
  }

  return toOverlay(values, base);
}

/** The record as the user sees it: its source values with edits on top. */
export function applyOverlay(
  record: ScanRecord,
  overlay: RecordOverlay | undefined,
): ScanRecord {
  if (!overlay) return record;

  return { ...record, fields: { ...record.fields, ...overlay.values } };
}

/** The audit event of one record's edit within a batch of edits. */
export function createEditEvent(
  info: EditEventInfo,
  recordKey: RecordKey,
  changes: readonly FieldChange[],
): NewAuditEvent {
  const { at, actor, via } = info;
  const detail = { kind: 'edit' as const, changes, ...(via ? { via } : {}) };
  return { at, actor, recordKey, detail };
}

/** Groups a re-import's dropped edits by record for quick lookup. */
export function groupDropEdits(
  dropEdits: ReimportCommit['dropEdits'],
): Map<RecordKey, Set<string>> {
  const byRecord = new Map<RecordKey, Set<string>>();
  for (const { recordKey, column } of dropEdits) {
    const columns = byRecord.get(recordKey) ?? new Set<string>();
    columns.add(column);
    byRecord.set(recordKey, columns);
  }
  return byRecord;
}

/**
 * Copies with one field set. Defined rather than assigned, so a column
 * named `__proto__` stays an ordinary field.
 */
export function withField(
  fields: Readonly<Record<string, string>>,
  column: string,
  value: string,
): Record<string, string> {
  const next = { ...fields };
  Object.defineProperty(next, column, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return next;
}

function withoutField(
  fields: Readonly<Record<string, string>>,
  column: string,
): Record<string, string> {
  const { [column]: _removed, ...rest } = fields;
  return rest;
}

function toOverlay(
  values: Readonly<Record<string, string>>,
  base: Readonly<Record<string, string>>,
): RecordOverlay | undefined {
  return Object.keys(values).length === 0 ? undefined : { values, base };
}
