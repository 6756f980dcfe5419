import type { CodeId } from '../model/ids';
import { codebookNote } from './change';
import { cellOf } from './table-columns';
import {
  ensureGroup,
  rowError,
  sameName,
  splitPath,
  type Entry,
  type TableState,
} from './table-state';

export type RowPath = {
  readonly parentName: string | null;
  readonly ancestors: readonly string[];
  readonly name: string;
};

/** Where a row puts its code: a parent by name, a path, or the top. */
export function readPath(entry: Entry, state: TableState): RowPath | null {
  const pathCell = cellOf(entry.cells, state.columns, 'path');
  const parentCell = cellOf(entry.cells, state.columns, 'parent');
  const nameCell = cellOf(entry.cells, state.columns, 'name').normalize('NFC');
  if (pathCell === '' && nameCell === '') {
    rowError(
      state,
      entry.row,
      'TABLE_NAME_MISSING',
      'The row has no code name; fill in "name" or "path", or delete the row.',
    );
    return null;
  }
  const isParentPath = pathCell === '' && parentCell.includes('>');
  const segments =
    pathCell !== ''
      ? splitPath(pathCell)
      : [...(isParentPath ? splitPath(parentCell) : []), nameCell];
  if (segments.some((segment) => segment === '')) {
    const written = pathCell !== '' ? pathCell : parentCell;
    rowError(
      state,
      entry.row,
      'TABLE_PATH_INVALID',
      `The path "${written}" has an empty part; write it as A>B>C.`,
    );
    return null;
  }
  const hasParentName = pathCell === '' && parentCell !== '' && !isParentPath;
  return {
    parentName: hasParentName ? parentCell.normalize('NFC') : null,
    ancestors: segments.slice(0, -1),
    name: segments.at(-1)!,
  };
}

/**
 * The code a parent name refers to; 'wait' while it may still appear in a
 * later pass, 'failed' when the name is ambiguous (reported).
 */
export function findParentByName(
  name: string,
  entry: Entry,
  state: TableState,
  isLast: boolean,
): CodeId | 'wait' | 'failed' {
  const matches = state.codes.filter((code) => sameName(code.name, name));
  if (matches.length === 1) return matches[0]!.id;

  if (matches.length > 1) {
    rowError(
      state,
      entry.row,
      'TABLE_PARENT_AMBIGUOUS',
      `${matches.length} codes are called "${name}"; give the parent as a ` +
        'path (A>B) instead.',
    );
    return 'failed';
  }
  if (!isLast) return 'wait';

  state.problems.push({
    ...codebookNote(
      'TABLE_PARENT_CREATED',
      `No row defines the parent "${name}"; it was added as a top-level ` +
        'grouping code.',
      'warning',
    ),
    row: entry.row,
    column: 'parent',
  });
  return ensureGroup(null, name, entry.row, state, false);
}
