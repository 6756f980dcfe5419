import type { CodeId } from '../model/ids';
import { claimGuid, claimNewGuid } from './import-repairs';
import { cellOf, rawCellOf } from './table-columns';
import {
  rowError,
  type Entry,
  type TableSet,
  type TableState,
} from './table-state';
import { asCodeSetId } from './types';

/**
 * Places the set rows (`kind` "set") and returns the code rows (`kind`
 * "code" or empty), in order. A set row gives a set's GUID, name and
 * description, so a set keeps its identity, its place among the sets and
 * its description, and a set without codes is kept. A row of another kind
 * is reported and left out.
 */
export function placeSetRows(
  entries: readonly Entry[],
  state: TableState,
): Entry[] {
  const codeRows: Entry[] = [];
  for (const entry of entries) {
    const kind = readKind(entry, state);
    if (kind === 'set') placeSetRow(entry, state);
    if (kind === 'code') codeRows.push(entry);
  }
  return codeRows;
}

/**
 * Adds the code to each set its `sets` cell names, separated by `;` or
 * `|`: the GUID of a set row, or a set name (letter case ignored). A name
 * not met before starts a new set.
 */
export function joinSets(cell: string, id: CodeId, state: TableState): void {
  const names = cell.split(/[;|]/).map(normaliseSetName);
  for (const name of names.filter((each) => each !== '')) {
    const key = name.toLowerCase();
    const set =
      state.setsByGuid.get(key) ??
      state.setsByName.get(key) ??
      addSet(state, asCodeSetId(state.context.newId()), name, '');
    if (!set.codeIds.includes(id)) set.codeIds.push(id);
  }
}

/** A set name as a table reads it: trimmed, in Unicode NFC form. */
export function normaliseSetName(name: string): string {
  return name.trim().normalize('NFC');
}

function readKind(entry: Entry, state: TableState): 'code' | 'set' | null {
  const cell = cellOf(entry.cells, state.columns, 'kind');
  const kind = cell.toLowerCase();
  if (kind === '' || kind === 'code') return 'code';

  if (kind === 'set') return 'set';

  rowError(
    state,
    entry.row,
    'TABLE_KIND_INVALID',
    `"${cell}" in the "kind" column is neither "code" nor "set"; write ` +
      'one of them, or leave it empty for a code.',
  );
  return null;
}

function placeSetRow(entry: Entry, state: TableState): void {
  const name = normaliseSetName(cellOf(entry.cells, state.columns, 'name'));
  if (name === '') {
    rowError(
      state,
      entry.row,
      'TABLE_SET_NAME_MISSING',
      'The set row has no name; fill in "name", or delete the row.',
    );
    return;
  }
  const guidCell = cellOf(entry.cells, state.columns, 'guid');
  // As for codes, a set row without a GUID is normal: no note.
  const id =
    guidCell === ''
      ? claimNewGuid(state.setClaims)
      : claimGuid(guidCell, `Set "${name}"`, state.setClaims, entry.row);
  const description = rawCellOf(entry.cells, state.columns, 'description');
  const set = addSet(state, asCodeSetId(id), name, description);
  state.setsByGuid.set(id.toLowerCase(), set);
}

function addSet(
  state: TableState,
  id: TableSet['id'],
  name: string,
  description: string,
): TableSet {
  const set: TableSet = { id, name, description, codeIds: [] };
  state.sets.push(set);
  const key = name.toLowerCase();
  if (!state.setsByName.has(key)) state.setsByName.set(key, set);

  return set;
}
