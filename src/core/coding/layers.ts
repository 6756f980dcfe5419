import { remapCodeIds } from '../codebook';
import type { CodingChange, RecordCoding } from '../model/coding';
import type { CodeId, CoderId, RecordKey } from '../model/ids';

/** One coder's layer in memory: their entry per record. */
export type Layer = ReadonlyMap<RecordKey, RecordCoding>;

/**
 * The layer with `changes` applied in order; changes of other coders are
 * ignored, so a layer can only ever hold its own coder's entries. A change
 * whose `after` is null removes the record's entry.
 */
export function applyCodingChanges(
  layer: Layer,
  coderId: CoderId,
  changes: readonly CodingChange[],
): Map<RecordKey, RecordCoding> {
  const next = new Map(layer);
  for (const change of changes) {
    if (change.coderId !== coderId) continue;

    if (change.after === null) next.delete(change.recordKey);
    else next.set(change.recordKey, change.after);
  }
  return next;
}

/** One coder's entries out of mixed codings, keyed by record. */
export function selectLayer(
  codings: Iterable<RecordCoding>,
  coderId: CoderId,
): Map<RecordKey, RecordCoding> {
  const layer = new Map<RecordKey, RecordCoding>();
  for (const coding of codings) {
    if (coding.coderId === coderId) layer.set(coding.recordKey, coding);
  }
  return layer;
}

/**
 * The coding with its codes mapped through the aliases of merged codes
 * (the same object when nothing changes). A record that had both merged
 * codes ends with the surviving one once. Times, status and codebook
 * version stay: the coder's decision is unchanged, and the codebook's own
 * history tells of the merge.
 */
export function remapCoding(
  coding: RecordCoding,
  aliases: Readonly<Record<string, CodeId>>,
): RecordCoding {
  const codes = remapCodeIds(coding.codes, aliases);
  const same =
    codes.length === coding.codes.length &&
    codes.every((id, index) => id === coding.codes[index]);
  return same ? coding : { ...coding, codes };
}

/** Every coding mapped through the aliases (see `remapCoding`). */
export function remapCodings(
  codings: readonly RecordCoding[],
  aliases: Readonly<Record<string, CodeId>>,
): RecordCoding[] {
  return codings.map((coding) => remapCoding(coding, aliases));
}

/**
 * The changes that bring layers in line with the codebook's aliases after
 * two codes were merged: one per coding whose codes change, for every
 * coder. Save them with the merged codebook (`saveCodebook`) so both land
 * in one transaction.
 */
export function listRemapChanges(
  codings: Iterable<RecordCoding>,
  aliases: Readonly<Record<string, CodeId>>,
): CodingChange[] {
  const changes: CodingChange[] = [];
  for (const before of codings) {
    const after = remapCoding(before, aliases);
    if (after === before) continue;

    const { recordKey, coderId } = before;
    changes.push({ kind: 'code', recordKey, coderId, before, after });
  }
  return changes;
}
