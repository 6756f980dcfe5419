import { restoreNeutralisedCell } from '../export/csv';
import { codebookNote } from './change';
import type { CodebookProblem } from './types';

/** The columns a codebook table may have; others are ignored. */
export type TableField =
  | 'kind'
  | 'name'
  | 'parent'
  | 'path'
  | 'description'
  | 'definition'
  | 'include'
  | 'exclude'
  | 'example'
  | 'color'
  | 'shortcut'
  | 'guid'
  | 'isCodable'
  | 'retired'
  | 'sets';

/** Header spellings accepted, compared lower-case without spaces or _. */
const HEADER_NAMES: Readonly<Record<string, TableField>> = {
  kind: 'kind',
  name: 'name',
  code: 'name',
  parent: 'parent',
  path: 'path',
  description: 'description',
  definition: 'definition',
  include: 'include',
  inclusion: 'include',
  exclude: 'exclude',
  exclusion: 'exclude',
  example: 'example',
  color: 'color',
  colour: 'color',
  shortcut: 'shortcut',
  key: 'shortcut',
  guid: 'guid',
  id: 'guid',
  iscodable: 'isCodable',
  codable: 'isCodable',
  retired: 'retired',
  sets: 'sets',
  set: 'sets',
};

export type ColumnMap = ReadonlyMap<TableField, number>;

/**
 * Maps header cells to fields. The first column wins when two map to the
 * same field; unknown and repeated columns are reported and ignored.
 */
export function mapHeader(
  header: readonly string[],
  problems: CodebookProblem[],
): Map<TableField, number> {
  const columns = new Map<TableField, number>();
  header.forEach((cell, index) => {
    const label = cell.trim();
    if (label === '') return;

    const field = HEADER_NAMES[label.toLowerCase().replace(/[\s_-]/g, '')];
    if (field === undefined || columns.has(field)) {
      const why =
        field === undefined
          ? 'is not a codebook column'
          : 'repeats an earlier column';
      problems.push(
        codebookNote(
          'TABLE_COLUMN_IGNORED',
          `Column "${label}" ${why}; it was ignored.`,
          'info',
          undefined,
          label,
        ),
      );
      return;
    }
    columns.set(field, index);
  });
  return columns;
}

/** The trimmed cell of `field` in `row`, '' when absent. */
export function cellOf(
  row: readonly string[],
  columns: ColumnMap,
  field: TableField,
): string {
  return rawCellOf(row, columns, field).trim();
}

/**
 * The cell as written (not trimmed): long texts keep their layout. The
 * apostrophe a CSV export puts before a formula-like cell is removed, as
 * a spreadsheet hides it, so Podscan's own codebook tables read back
 * exactly.
 */
export function rawCellOf(
  row: readonly string[],
  columns: ColumnMap,
  field: TableField,
): string {
  const index = columns.get(field);
  return index === undefined ? '' : restoreNeutralisedCell(row[index] ?? '');
}

/** yes/no, true/false, 1/0, x; null when the cell says neither. */
export function parseYesNo(cell: string): boolean | null {
  const value = cell.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'x'].includes(value)) return true;

  if (['no', 'n', 'false', '0'].includes(value)) return false;

  return null;
}
