import { fail, ok, type Problem, type Result } from '../model/problem';
import { problem, readGrid } from './reliability-csv';
import type { CountTable } from './unit-tally';

export type ParsedCountTable = {
  readonly table: CountTable;
  readonly units: readonly string[];
  readonly categories: readonly string[];
};

/**
 * Reads a count table CSV (PRODUCT.md §4): a header row of category
 * names, then one row per unit with how many coders chose each category
 * (empty = 0). A first column headed `unit` (or with an empty header)
 * holds unit labels. A table where no unit has two or more coders is a
 * problem: there is nothing to compare.
 */
export function parseCountTable(
  text: string,
): Result<ParsedCountTable, Problem> {
  const grid = readGrid(text);
  if (!grid.ok) return grid;

  const [header, ...rows] = grid.value;
  const hasLabels = header !== undefined && isUnitHeader(header[0] ?? '');
  const first = hasLabels ? 1 : 0;
  const categories = header?.slice(first).map((cell) => cell.trim()) ?? [];
  if (categories.length === 0 || rows.length === 0) {
    const message =
      'the count table needs a header row of categories and one row per unit';
    return fail(problem(null, null, 'COUNTS_EMPTY', message));
  }

  const repeated = findRepeatedCategory(categories, first);
  if (repeated) return fail(repeated);

  const counts = readCounts(rows, header!.length, first, categories);
  if (!counts.ok) return counts;
  const most = countMostCoders(counts.value, categories.length);
  if (most < 2) return fail(tooFewCoders(most));

  const units = rows.map((row, index) =>
    hasLabels ? row[0]!.trim() : String(index + 1),
  );
  const table = {
    unitCount: rows.length,
    categoryCount: categories.length,
    counts: counts.value,
  };
  return ok({ table, units, categories });
}

/** Counts row by row; the first bad cell or ragged row is the problem. */
function readCounts(
  rows: readonly (readonly string[])[],
  width: number,
  first: number,
  categories: readonly string[],
): Result<Int32Array, Problem> {
  const counts = new Int32Array(rows.length * categories.length);
  for (const [index, row] of rows.entries()) {
    if (row.length !== width) {
      const message = `row ${index + 1} has ${row.length} cells but the header has ${width}`;
      return fail(problem(index + 1, null, 'COUNTS_RAGGED', message));
    }
    for (let k = 0; k < categories.length; k += 1) {
      const cell = row[first + k]!.trim();
      const count = cell === '' ? 0 : Number(cell);
      if (!/^\d*$/.test(cell) || !Number.isSafeInteger(count)) {
        const message =
          `row ${index + 1}, column "${categories[k]}": "${cell}" is not ` +
          `a count; cells hold how many coders chose the category ` +
          `(0, 1, 2, …)`;
        return fail(
          problem(index + 1, categories[k]!, 'COUNT_INVALID', message),
        );
      }
      counts[index * categories.length + k] = count;
    }
  }
  return ok(counts);
}

/** The largest number of coders of one unit (a row's sum). */
function countMostCoders(counts: Int32Array, categoryCount: number): number {
  let most = 0;
  for (let start = 0; start < counts.length; start += categoryCount) {
    let coders = 0;
    for (let k = 0; k < categoryCount; k += 1) coders += counts[start + k]!;
    most = Math.max(most, coders);
  }
  return most;
}

/**
 * A category named twice (or a column without a name): its counts would
 * be read as two categories, and every chance-corrected statistic with
 * them.
 */
function findRepeatedCategory(
  categories: readonly string[],
  first: number,
): Problem | null {
  const seen = new Map<string, number>();
  for (const [index, category] of categories.entries()) {
    const column = first + index + 1;
    if (category === '') {
      const message =
        `column ${column} of the header has no category name; name it, or ` +
        'remove the column if it holds no counts';
      return problem(null, null, 'COUNTS_CATEGORY_REPEATED', message);
    }
    const before = seen.get(category);
    if (before !== undefined) {
      const message =
        `category "${category}" heads columns ${before} and ${column}; ` +
        'each category needs one column: add their counts into one, or ' +
        'rename one if they are different categories';
      return problem(null, category, 'COUNTS_CATEGORY_REPEATED', message);
    }
    seen.set(category, column);
  }
  return null;
}

function tooFewCoders(most: number): Problem {
  const found =
    most === 0
      ? 'every cell of this count table is empty or 0'
      : 'no row of this count table adds up to more than 1';
  const message =
    `agreement needs two or more coders of a unit; ${found} (a cell ` +
    'holds how many coders chose that category for the unit)';
  return problem(null, null, 'COUNTS_TOO_FEW_CODERS', message);
}

function isUnitHeader(cell: string): boolean {
  const name = cell.trim().toLowerCase();
  return name === '' || name === 'unit' || name === 'units';
}
