import { asCodeId, type CodeId } from '../model/ids';
import { fail, ok, type Result } from '../model/problem';
import { codebookNote, createImportedCodebook } from './change';
import { assignMissingColors } from './import-repairs';
import { mapHeader } from './table-columns';
import { findParentByName, readPath } from './table-paths';
import { fillCodeFromRow } from './table-row';
import { placeSetRows } from './table-sets';
import {
  emptyDraft,
  ensureGroup,
  findChild,
  newState,
  orderByFirstRow,
  repointChildren,
  rowError,
  type Entry,
  type TableState,
} from './table-state';
import {
  type CodebookContext,
  type CodebookProblem,
  type CodebookRead,
  type CodeSet,
} from './types';
import { validateCodebook } from './validate';

/**
 * Builds a codebook from a table (CSV or spreadsheet rows as text, first
 * row the header). Columns: `name` with an optional `parent` (a name, or a
 * path), or `path` as `A>B>C` (`\>` for a `>` inside a name); optional
 * `description` (plain, or labelled like a `.qdc` description),
 * `definition`, `include`, `exclude`, `example`, `color`, `shortcut`,
 * `guid`, `isCodable`, `retired` and `sets` (set names or set GUIDs
 * separated by `;`). An optional `kind` column marks set rows ("set":
 * `guid`, `name` and `description` of a set) among code rows ("code" or
 * empty). Missing ancestors become grouping codes. Cells a CSV export
 * neutralised with a leading apostrophe are read without it. Problems are
 * reported by row (1 = first data row, blank rows not counted); any error
 * fails the import with the full list, so the table can be fixed in one
 * pass.
 */
export function importCodebookTable(
  rows: readonly (readonly string[])[],
  context: CodebookContext,
): Result<CodebookRead, readonly CodebookProblem[]> {
  const problems: CodebookProblem[] = [];
  const columns = mapHeader(rows[0] ?? [], problems);
  if (!columns.has('name') && !columns.has('path')) {
    return fail([
      codebookNote(
        'TABLE_NAME_COLUMN_MISSING',
        'The first row needs a "name" or a "path" column; add a header ' +
          'row naming the columns.',
        'error',
      ),
    ]);
  }
  const state = newState(columns, problems, context);
  placeRows(rows, state);

  const codes = assignMissingColors(orderByFirstRow(state), problems);
  const sets = state.sets.map((set): CodeSet => ({
    ...set,
    codeIds: [...set.codeIds],
  }));
  const codebook = createImportedCodebook(codes, sets, 'table', context);
  const all = [...problems, ...validateCodebook(codebook)];
  return all.some((problem) => problem.severity === 'error')
    ? fail(all)
    : ok({ codebook, problems: all });
}

/**
 * Places rows in order; a row whose parent (by name) is not there yet
 * waits for a later pass, so parents may come after their children.
 */
function placeRows(
  rows: readonly (readonly string[])[],
  state: TableState,
): void {
  // Blank rows are not counted, as in scan imports: row 1 is the first
  // data row with any text.
  const entries = rows
    .slice(1)
    .filter((cells) => cells.some((cell) => cell.trim() !== ''))
    .map((cells, index) => ({ row: index + 1, cells }));
  // Sets first, so code rows can name a set by the GUID of its row.
  let pending: Entry[] = placeSetRows(entries, state);
  while (pending.length > 0) {
    const waiting = pending.filter((entry) => !placeEntry(entry, state, false));
    if (waiting.length === pending.length) {
      waiting.forEach((entry) => placeEntry(entry, state, true));
      return;
    }
    pending = waiting;
  }
}

/** False when the row must wait for its parent to appear. */
function placeEntry(entry: Entry, state: TableState, isLast: boolean): boolean {
  const path = readPath(entry, state);
  if (path === null) return true;

  let parentId: CodeId | null = null;
  if (path.parentName !== null) {
    const parent = findParentByName(path.parentName, entry, state, isLast);
    if (parent === 'wait') return false;

    if (parent === 'failed') return true;

    parentId = parent;
  }
  for (const segment of path.ancestors) {
    parentId = ensureGroup(parentId, segment, entry.row, state);
  }
  defineCode(entry, parentId, path.name, state);
  return true;
}

function defineCode(
  entry: Entry,
  parentId: CodeId | null,
  name: string,
  state: TableState,
): void {
  const existing = findChild(state, parentId, name);
  const earlier = existing && state.definedAt.get(existing.id);
  if (earlier !== undefined) {
    rowError(
      state,
      entry.row,
      'TABLE_CODE_DUPLICATE',
      `"${name}" is already defined with the same parent on row ${earlier}; ` +
        'merge the two rows or rename one.',
    );
    return;
  }
  const draft = existing ?? emptyDraft(asCodeId(''), name, parentId, state);
  const filled = fillCodeFromRow(draft, entry.cells, entry.row, state);
  const index = existing ? state.codes.indexOf(existing) : state.codes.length;
  state.codes[index] = filled;
  state.definedAt.set(filled.id, entry.row);
  const first = existing && state.firstRow.get(existing.id);
  state.firstRow.set(filled.id, first ?? entry.row);
  if (existing !== undefined && existing.id !== filled.id) {
    repointChildren(state, existing.id, filled.id);
  }
}
