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
  /** Problems that do not stop the analysis (repeated unit labels). */
  readonly warnings: readonly Problem[];
};

/**
 * Reads a reliability matrix CSV (PRODUCT.md §4): a header row (`coder`,
 * then unit labels), then one row per coder; empty cells are missing.
 * With `unitsAsRows`, one row per unit and one column per coder.
 * Categories: the declared ones in their order; otherwise numbers sorted
 * numerically ("1" and "1.0" are one category) and text in first-seen
 * order. Problems name the data row (1 = first after the header) and the
 * column. A coder label may occur once; a repeated unit label is only a
 * warning, since units are told apart by position. Fewer than two coders
 * with a value is a problem: there is nothing to compare. Codes
 * CATEGORIES_INVALID and CATEGORY_NOT_NUMERIC concern the options alone;
 * the others the file, or the file against the options.
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
  const coderProblem = findRepeatedCoder(layout) ?? findTooFewCoders(layout);
  if (coderProblem) return fail(coderProblem);
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
  /** Whether each coder has a row (and each unit a column) or a column. */
  readonly coderAxis: Axis;
};

type Axis = 'rows' | 'columns';

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
      coderAxis: 'rows',
    };
  }

  const coders = trim(header.slice(1));
  return {
    coders,
    units: rows.map((row) => row[0]!.trim()),
    cells: coders.map((_, coder) => rows.map((row) => row[coder + 1]!.trim())),
    locate: (coder, unit) => [unit + 1, coders[coder]!],
    coderAxis: 'columns',
  };
}

/** A coder label given twice: one coder would count as two. */
function findRepeatedCoder(layout: Layout): Problem | null {
  const [repeated] = findRepeats(layout.coders);
  if (repeated === undefined) return null;

  const [label, indexes] = repeated;
  const axis = layout.coderAxis;
  const line = axis === 'rows' ? 'row' : 'column';
  const message =
    `coder "${label}" is in ${describePlaces(axis, indexes)}; each ` +
    `coder needs one ${line}: rename one if they are different coders, ` +
    `or remove the repeated ${line}`;
  const [row, column] =
    axis === 'rows' ? [indexes[1]! + 1, null] : [null, label];
  return problem(row, column, 'MATRIX_DUPLICATE_CODER', message);
}

/** Agreement needs two coders with values, as for coded files. */
function findTooFewCoders(layout: Layout): Problem | null {
  const coding = layout.coders.filter((_, coder) =>
    layout.cells[coder]!.some((value) => value !== ''),
  );
  if (coding.length >= 2) return null;

  const names = coding.length === 0 ? 'every cell is empty' : coding[0];
  const hint =
    coding.length === 0
      ? "enter the coders' values"
      : layout.coderAxis === 'rows'
        ? 'add a row per coder (or use --units-as-rows if each row is a unit)'
        : 'add a column per coder';
  const message =
    'agreement needs two or more coders with at least one value; this ' +
    `matrix has ${coding.length} (${names}); ${hint}`;
  return problem(null, null, 'MATRIX_TOO_FEW_CODERS', message);
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
  if (!allNumeric && options.needsOrder) return fail(orderNeeded(values));

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
    return fail(problem(null, null, 'CATEGORIES_INVALID', message));
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
    warnings: findRepeatedUnits(layout),
  });
}

/** Units are told apart by position, so a repeated label only warns. */
function findRepeatedUnits(layout: Layout): Problem[] {
  const axis = layout.coderAxis === 'rows' ? 'columns' : 'rows';
  return findRepeats(layout.units).map(([label, indexes]) => {
    const message =
      `unit "${label}" is in ${describePlaces(axis, indexes)}; they are ` +
      'counted as different units: remove the repeats if a unit was ' +
      'entered twice, or rename them';
    const [row, column] =
      axis === 'rows' ? [indexes[1]! + 1, null] : [null, label];
    return {
      ...problem(row, column, 'MATRIX_DUPLICATE_UNIT', message),
      severity: 'warning',
    };
  });
}

/**
 * Each label given more than once, with the indexes where it is. Empty
 * labels are unlabelled, not repeated: the position tells them apart.
 */
function findRepeats(labels: readonly string[]): [string, number[]][] {
  const indexes = new Map<string, number[]>();
  labels.forEach((label, index) => {
    if (label === '') return;
    const where = indexes.get(label);
    if (where) where.push(index);
    else indexes.set(label, [index]);
  });
  return [...indexes].filter(([, where]) => where.length > 1);
}

/**
 * Data rows (1 = first after the header) or file columns (1 = the label
 * column) of the coders or units at these indexes.
 */
function describePlaces(axis: Axis, indexes: readonly number[]): string {
  const places = indexes.map((index) =>
    axis === 'rows' ? index + 1 : index + 2,
  );
  const shown = places.slice(0, MAX_PLACES);
  const more = places.length - shown.length;
  const list =
    more > 0
      ? `${shown.join(', ')} and ${more} more`
      : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
  return `${axis} ${list}`;
}

const MAX_PLACES = 5;

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
      'but interval and ratio levels need numeric values; correct the ' +
      'value, or use --level ordinal with --categories to give the order ' +
      'of text categories';
    return problem(line, column, 'VALUE_NOT_NUMERIC', message);
  }
  return problem(null, null, 'VALUE_NOT_NUMERIC', 'values must be numbers');
}

function orderNeeded(values: readonly string[]): Problem {
  const example =
    values.length <= 8 && !values.some((value) => value.includes(','))
      ? values.join(',')
      : 'low,medium,high';
  const message =
    'the categories are text, so their order is unknown; give it with ' +
    `--categories (for example --categories ${example}, in the right ` +
    'order), or code the categories as numbers';
  return problem(null, null, 'CATEGORY_ORDER_NEEDED', message);
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
