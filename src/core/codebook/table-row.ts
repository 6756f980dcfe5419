import { asCodeId } from '../model/ids';
import { codebookNote } from './change';
import { unpackDescription } from './description';
import { checkShortcut, normaliseColor } from './fields';
import { claimGuid, claimNewGuid, type DraftCode } from './import-repairs';
import { cellOf, parseYesNo, rawCellOf } from './table-columns';
import { joinSets } from './table-sets';
import type { TableState } from './table-state';

/**
 * The draft with the row's fields filled in. A new draft (empty GUID)
 * claims the row's GUID or a fresh one; a grouping code created earlier
 * for a path takes the row's GUID when the row has one.
 */
export function fillCodeFromRow(
  draft: DraftCode,
  cells: readonly string[],
  row: number,
  state: TableState,
): DraftCode {
  const label = `Code "${draft.name}"`;
  const guidCell = cellOf(cells, state.columns, 'guid');
  // A table without GUIDs is normal: fresh ones are not worth a note.
  const id =
    guidCell !== ''
      ? asCodeId(claimGuid(guidCell, label, state.claims, row))
      : draft.id === ''
        ? asCodeId(claimNewGuid(state.claims))
        : draft.id;
  const parts = unpackDescription(
    rawCellOf(cells, state.columns, 'description'),
  );
  // A blank cell defers to the description; when that has nothing for the
  // field either, the cell is kept as written (a round trip stays exact).
  const text = (field: 'definition' | 'include' | 'exclude' | 'example') => {
    const cell = rawCellOf(cells, state.columns, field);
    return cell.trim() === '' && parts[field] !== '' ? parts[field] : cell;
  };
  const shortcutCell = cellOf(cells, state.columns, 'shortcut');
  const filled: DraftCode = {
    ...draft,
    id,
    definition: text('definition'),
    include: text('include'),
    exclude: text('exclude'),
    example: text('example'),
    color: readColor(cellOf(cells, state.columns, 'color'), row, state),
    shortcut: readShortcut(
      shortcutCell === '' ? parts.shortcut : shortcutCell,
      row,
      state,
    ),
    isCodable: readFlag(cells, 'isCodable', true, row, state),
    retired: parts.retired || readFlag(cells, 'retired', false, row, state),
  };
  joinSets(cellOf(cells, state.columns, 'sets'), id, state);
  return filled;
}

function readColor(cell: string, row: number, state: TableState) {
  if (cell === '') return null;

  const color = normaliseColor(cell);
  if (color === null) {
    note(
      state,
      row,
      'color',
      'TABLE_COLOR_INVALID',
      `"${cell}" is not a #RRGGBB colour; a palette colour was used.`,
    );
  }
  return color;
}

function readShortcut(
  value: string | null,
  row: number,
  state: TableState,
): string | null {
  if (value === null || value === '') return null;

  const check = checkShortcut(value);
  if (check.ok && check.key !== null && !state.shortcuts.has(check.key)) {
    state.shortcuts.add(check.key);
    return check.key;
  }
  const why = !check.ok
    ? check.reason === 'reserved'
      ? 'is used by the coding loop (J, K, D, F, 1–9)'
      : 'is not a single key'
    : 'already belongs to an earlier code';
  note(
    state,
    row,
    'shortcut',
    'TABLE_SHORTCUT_DROPPED',
    `Shortcut "${value}" ${why}; it was dropped.`,
  );
  return null;
}

function readFlag(
  cells: readonly string[],
  field: 'isCodable' | 'retired',
  fallback: boolean,
  row: number,
  state: TableState,
): boolean {
  const cell = cellOf(cells, state.columns, field);
  if (cell === '') return fallback;

  const value = parseYesNo(cell);
  if (value !== null) return value;

  note(
    state,
    row,
    field,
    'TABLE_FLAG_INVALID',
    `"${cell}" is not yes or no; ${field} was taken as ` +
      `${fallback ? 'yes' : 'no'}.`,
  );
  return fallback;
}

function note(
  state: TableState,
  row: number,
  column: string,
  code: string,
  message: string,
): void {
  state.problems.push({
    ...codebookNote(code, message, 'warning', undefined, column),
    row,
  });
}
