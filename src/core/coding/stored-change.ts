import type { CodingChange, RecordCoding } from '../model/coding';
import { CODING_STATUSES } from '../model/coding';
import type { CodeId, CoderId, RecordKey } from '../model/ids';

/**
 * The coding change kept in `value` (e.g. an undo history read back from
 * storage), or null when `value` is not a well-formed change: an unknown
 * kind or status, a missing field, or an entry of another coder or record
 * than the change names.
 */
export function parseCodingChange(value: unknown): CodingChange | null {
  if (!isObject(value)) return null;

  const { kind, recordKey, coderId, before, after } = value;
  if (kind !== 'code' && kind !== 'memo' && kind !== 'status') return null;
  if (typeof recordKey !== 'string' || typeof coderId !== 'string') {
    return null;
  }
  const entries = [before, after];
  const isOwnEntry = (entry: unknown) =>
    entry === null ||
    (isRecordCoding(entry) &&
      entry.recordKey === recordKey &&
      entry.coderId === coderId);
  if (!entries.every(isOwnEntry)) return null;

  return {
    kind,
    recordKey: recordKey as RecordKey,
    coderId: coderId as CoderId,
    before: before as RecordCoding | null,
    after: after as RecordCoding | null,
  };
}

/** True when `value` has every field of a RecordCoding, well typed. */
export function isRecordCoding(value: unknown): value is RecordCoding {
  if (!isObject(value)) return false;

  return (
    typeof value.recordKey === 'string' &&
    typeof value.coderId === 'string' &&
    Array.isArray(value.codes) &&
    value.codes.every((code) => typeof code === 'string') &&
    typeof value.memo === 'string' &&
    CODING_STATUSES.some((status) => status === value.status) &&
    typeof value.createdAt === 'string' &&
    typeof value.updatedAt === 'string' &&
    typeof value.codebookVersion === 'number'
  );
}

/**
 * True when two entries (null or undefined = not started) hold the same
 * codes, memo and status, whatever their times: what a coder sees.
 */
export function isSameCoding(
  a: RecordCoding | null | undefined,
  b: RecordCoding | null | undefined,
): boolean {
  if (!a || !b) return !a && !b;

  return (
    a.memo === b.memo && a.status === b.status && isSameCodes(a.codes, b.codes)
  );
}

function isSameCodes(a: readonly CodeId[], b: readonly CodeId[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
