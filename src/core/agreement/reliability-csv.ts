import Papa from 'papaparse';
import { fail, ok, type Problem, type Result } from '../model/problem';
import { createRatingMatrix, MISSING_RATING_16 } from './rating-matrix';
import type { RatingMatrix } from './types';

export type ReliabilityMatrixOptions = {
  /** Rows are units and columns coders (the transpose). */
  readonly unitsAsRows?: boolean;
  /** Declared categories, in order; values must be among them. */
  readonly categories?: readonly string[];
  /** Interval or ratio level: every value must be a number. */
  readonly needsNumbers?: boolean;
  /** Weights or ordinal level: text categories need a declared order. */
  readonly needsOrder?: boolean;
};

export type ParsedMatrix = {
  readonly matrix: RatingMatrix;
  readonly coders: readonly string[];
  readonly units: readonly string[];
  /** Category labels in category order. */
  readonly categories: readonly string[];
  /** Category values: the numbers when all are numeric, else 1..q. */
  readonly positions: readonly number[];
};

/**
 * Reads a reliability matrix CSV (PRODUCT.md §4): a header row (`coder`,
 * then unit labels), then one row per coder; empty cells are missing.
 * With `unitsAsRows`, one row per unit and one column per coder.
 * Categories: the declared ones in their order; otherwise numbers sorted
 * numerically ("1" and "1.0" are one category) and text in first-seen
 * order. Problems name the data row (1 = first after the header) and the
 * column. Codes CATEGORY_ORDER_NEEDED and CATEGORY_NOT_NUMERIC concern
 * the options rather than the file.
 */
export function parseReliabilityMatrix(
  text: string,
  options: ReliabilityMatrixOptions = {},
): Result<ParsedMatrix, Problem> {
  const grid = readGrid(text);
  if (!grid.ok) return grid;

  const [header, ...rows] = grid.value;
  if (header === undefined || header.length < 2 || rows.length === 0) {
    return fail(problem(null, null, 'MATRIX_EMPTY', emptyMessage(options)));
  }
  const ragged = rows.findIndex((row) => row.length !== header.length);
  if (ragged >= 0) {
    const message =
      `row ${ragged + 1} has ${rows[ragged]!.length} cells but the header ` +
      `has ${header.length}; every row needs one cell per column ` +
      `(leave a cell empty for a missing value)`;
    return fail(problem(ragged + 1, null, 'MATRIX_RAGGED', message));
  }

  const layout = toLayout(header, rows, options.unitsAsRows ?? false);
  const categories = resolveCategories(layout, options);
  if (!categories.ok) return categories;

  return fillMatrix(layout, categories.value);
}

type Layout = {
  readonly coders: readonly string[];
  readonly units: readonly string[];
  /** cells[coder][unit], trimmed. */
  readonly cells: readonly (readonly string[])[];
  /** Data row and column label of a cell, for messages. */
  readonly locate: (coder: number, unit: number) => [number, string];
};

type Categories = {
  readonly labels: readonly string[];
  readonly positions: readonly number[];
  /** Category index of a cell value, or undefined if not a category. */
  readonly indexOf: (value: string) => number | undefined;
};

export function readGrid(text: string): Result<string[][], Problem> {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const row = quoteError.row === undefined ? null : quoteError.row;
    const message =
      `the file is not valid CSV: ${quoteError.message}` +
      (row === null ? '' : ` (near row ${row})`) +
      '; check the quotes in that row';
    return fail(problem(row, null, 'CSV_INVALID', message));
  }
  return ok(parsed.data);
}

function toLayout(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  unitsAsRows: boolean,
): Layout {
  const trim = (cells: readonly string[]) => cells.map((cell) => cell.trim());
  if (!unitsAsRows) {
    const units = trim(header.slice(1));
    return {
      coders: rows.map((row) => row[0]!.trim()),
      units,
      cells: rows.map((row) => trim(row.slice(1))),
      locate: (coder, unit) => [coder + 1, units[unit]!],
    };
  }

  const coders = trim(header.slice(1));
  return {
    coders,
    units: rows.map((row) => row[0]!.trim()),
    cells: coders.map((_, coder) => rows.map((row) => row[coder + 1]!.trim())),
    locate: (coder, unit) => [unit + 1, coders[coder]!],
  };
}

function resolveCategories(
  layout: Layout,
  options: ReliabilityMatrixOptions,
): Result<Categories, Problem> {
  if (options.categories) return declaredCategories(layout, options);

  const values = distinctValues(layout);
  const allNumeric = values.every(isNumeric);
  if (!allNumeric && options.needsNumbers) {
    return fail(firstNonNumeric(layout));
  }
  if (!allNumeric && options.needsOrder) {
    const message =
      'the categories are text, so their order is unknown; give it with ' +
      '--categories (for example --categories low,medium,high)';
    return fail(problem(null, null, 'CATEGORY_ORDER_NEEDED', message));
  }

  if (allNumeric) {
    const numbers = [...new Set(values.map(Number))].sort((a, b) => a - b);
    return ok(numericCategories(numbers.map(String), numbers));
  }
  const positions = values.map((_, index) => index + 1);
  const lookup = new Map(values.map((value, index) => [value, index]));
  return ok({ labels: values, positions, indexOf: (v) => lookup.get(v) });
}

function declaredCategories(
  layout: Layout,
  options: ReliabilityMatrixOptions,
): Result<Categories, Problem> {
  const labels = options.categories!.map((label) => label.trim());
  if (new Set(labels).size !== labels.length || labels.includes('')) {
    const message = '--categories lists a category twice or an empty one';
    return fail(problem(null, null, 'CATEGORY_ORDER_NEEDED', message));
  }

  const allNumeric = labels.every(isNumeric);
  if (!allNumeric && options.needsNumbers) {
    const message =
      'interval and ratio levels need numeric categories, but ' +
      '--categories lists text; use --level nominal or ordinal';
    return fail(problem(null, null, 'CATEGORY_NOT_NUMERIC', message));
  }
  if (!allNumeric) {
    const lookup = new Map(labels.map((label, index) => [label, index]));
    const positions = labels.map((_, index) => index + 1);
    return ok({ labels, positions, indexOf: (v) => lookup.get(v) });
  }
  return ok(numericCategories(labels, labels.map(Number)));
}

/** Numeric categories match cell values by number ("2" = "2.0"). */
function numericCategories(
  labels: readonly string[],
  numbers: readonly number[],
): Categories {
  const lookup = new Map(numbers.map((number, index) => [number, index]));
  return {
    labels,
    positions: numbers,
    indexOf: (value) =>
      isNumeric(value) ? lookup.get(Number(value)) : undefined,
  };
}

function fillMatrix(
  layout: Layout,
  categories: Categories,
): Result<ParsedMatrix, Problem> {
  const { coders, units, cells } = layout;
  if (categories.labels.length >= MISSING_RATING_16) {
    const message = `${categories.labels.length} categories are too many`;
    return fail(problem(null, null, 'TOO_MANY_CATEGORIES', message));
  }

  const matrix = createRatingMatrix(
    coders.length,
    units.length,
    categories.labels.length,
  );
  for (let coder = 0; coder < coders.length; coder += 1) {
    for (let unit = 0; unit < units.length; unit += 1) {
      const value = cells[coder]![unit]!;
      if (value === '') continue;

      const index = categories.indexOf(value);
      if (index === undefined) return fail(undeclared(layout, coder, unit));
      matrix.ratings[coder * units.length + unit] = index;
    }
  }
  return ok({
    matrix,
    coders,
    units,
    categories: categories.labels,
    positions: categories.positions,
  });
}

function distinctValues(layout: Layout): string[] {
  const seen = new Set<string>();
  for (const row of layout.cells) {
    for (const value of row) if (value !== '') seen.add(value);
  }
  return [...seen];
}

function firstNonNumeric(layout: Layout): Problem {
  for (const [coder, row] of layout.cells.entries()) {
    const unit = row.findIndex((value) => value !== '' && !isNumeric(value));
    if (unit < 0) continue;

    const [line, column] = layout.locate(coder, unit);
    const message =
      `row ${line}, column "${column}": "${row[unit]}" is not a number, ` +
      `but interval and ratio levels need numeric values`;
    return problem(line, column, 'VALUE_NOT_NUMERIC', message);
  }
  return problem(null, null, 'VALUE_NOT_NUMERIC', 'values must be numbers');
}

function undeclared(layout: Layout, coder: number, unit: number): Problem {
  const [line, column] = layout.locate(coder, unit);
  const message =
    `row ${line}, column "${column}": "${layout.cells[coder]![unit]}" is ` +
    `not one of the categories given with --categories`;
  return problem(line, column, 'VALUE_NOT_DECLARED', message);
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function isNumeric(value: string): boolean {
  return NUMBER.test(value);
}

function emptyMessage(options: ReliabilityMatrixOptions): string {
  return options.unitsAsRows
    ? 'the matrix needs a header row (unit, then coder names) and one row per unit'
    : 'the matrix needs a header row (coder, then unit labels) and one row per coder';
}

export function problem(
  row: number | null,
  column: string | null,
  code: string,
  message: string,
): Problem {
  return { row, column, code, message, severity: 'error' };
}
