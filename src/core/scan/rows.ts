import Papa from 'papaparse';
import type { Problem } from '../model/problem';
import { OVERFLOW_COLUMN } from '../model/scan';
import type { HeaderColumn } from './columns';
import {
  blankLinesProblem,
  malformedQuoteProblem,
  rowTooLongProblem,
  rowTooShortProblem,
  trailingEmptyFieldsProblem,
  unterminatedQuoteProblem,
} from './problems';
import type { QuoteError } from './table';

/** Data rows fitted to the header, with what fitting them found. */
export type ShapedRows = {
  readonly rows: string[][];
  readonly hasOverflow: boolean;
  readonly problems: readonly Problem[];
  readonly skippedLines: number;
};

/**
 * Fits raw rows to the header's width, in place (the hot path of an
 * import, so no copies). Blank and delimiter-only rows (every field empty
 * or spaces) are skipped and counted. Short rows get empty fields. Surplus
 * fields that are all empty are dropped; otherwise they go to the overflow
 * column, written as one CSV line with the file's delimiter, so
 * `Papa.parse(value, { delimiter })` gives them back.
 */
export function shapeRows(
  raw: readonly string[][],
  start: number,
  columns: readonly HeaderColumn[],
  context: ShapeContext,
): ShapedRows {
  const state = createState(context, start);
  for (let index = start; index < raw.length; index++) {
    const row = raw[index] ?? [];
    if (isBlankRow(row)) {
      state.blankPlaces.push(state.rows.length + 1);
      continue;
    }

    const number = state.rows.length + 1;
    addQuoteProblems(state, index, number, row, columns);
    fitToWidth(state, row, number, columns);
    state.rows.push(row);
  }

  return finishShaping(state);
}

/** True when every field is empty or only spaces. */
export function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) {
    if (cell.length > 0 && (cell.charCodeAt(0) > 32 || cell.trim() !== '')) {
      return false;
    }
  }
  return true;
}

/** Problems with the header row's own quotes (it is not a data row). */
export function headerQuoteProblems(
  quoteErrors: readonly QuoteError[],
  headerIndex: number,
  columns: readonly HeaderColumn[],
): Problem[] {
  const last = columns[columns.length - 1]?.key ?? null;
  return quoteErrors
    .filter((error) => error.index === headerIndex)
    .map((error) =>
      error.code === 'MissingQuotes'
        ? unterminatedQuoteProblem(null, last)
        : malformedQuoteProblem(null, null),
    );
}

type ShapeContext = {
  readonly delimiter: string;
  readonly quoteErrors: readonly QuoteError[];
  /** Blank rows before the header, for the skipped-line count. */
  readonly blankBefore: number;
};

type ShapeState = {
  readonly context: ShapeContext;
  readonly rows: string[][];
  readonly problems: Problem[];
  /** Per skipped line, the data row it came before; 0 = before the header. */
  readonly blankPlaces: number[];
  /** Row index → surplus fields as one CSV line. */
  readonly overflow: Map<number, string>;
  readonly trailingEmpty: { count: number; firstRow: number };
  nextError: number;
};

function createState(context: ShapeContext, start: number): ShapeState {
  return {
    context,
    rows: [],
    problems: [],
    blankPlaces: new Array<number>(context.blankBefore).fill(0),
    overflow: new Map(),
    trailingEmpty: { count: 0, firstRow: 0 },
    nextError: firstErrorFrom(context.quoteErrors, start),
  };
}

function addQuoteProblems(
  state: ShapeState,
  index: number,
  number: number,
  row: readonly string[],
  columns: readonly HeaderColumn[],
): void {
  const errors = state.context.quoteErrors;
  for (; state.nextError < errors.length; state.nextError++) {
    const error = errors[state.nextError];
    if (!error || error.index > index) return;
    if (error.index === index) {
      state.problems.push(quoteProblem(error, number, row, columns));
    }
  }
}

function fitToWidth(
  state: ShapeState,
  row: string[],
  number: number,
  columns: readonly HeaderColumn[],
): void {
  const width = columns.length;
  if (row.length < width) {
    state.problems.push(padRow(row, width, number, columns));
    return;
  }
  if (row.length === width) return;

  const surplus = row.splice(width);
  if (surplus.some((cell) => cell !== '')) {
    const found = width + surplus.length;
    const line = Papa.unparse([surplus], {
      delimiter: state.context.delimiter,
      newline: '\n',
    });
    state.overflow.set(state.rows.length, line);
    state.problems.push(
      rowTooLongProblem(number, found, width, OVERFLOW_COLUMN),
    );
  } else {
    if (state.trailingEmpty.count === 0) state.trailingEmpty.firstRow = number;
    state.trailingEmpty.count++;
  }
}

function finishShaping(state: ShapeState): ShapedRows {
  const { rows, problems, blankPlaces, overflow, trailingEmpty } = state;
  if (overflow.size > 0) addOverflowColumn(rows, overflow);
  if (trailingEmpty.count > 0) {
    problems.push(
      trailingEmptyFieldsProblem(trailingEmpty.count, trailingEmpty.firstRow),
    );
  }
  if (blankPlaces.length > 0) {
    problems.push(blankLinesProblem(blankPlaces, rows.length));
  }

  return {
    rows,
    hasOverflow: overflow.size > 0,
    problems,
    skippedLines: blankPlaces.length,
  };
}

function firstErrorFrom(errors: readonly QuoteError[], start: number): number {
  const found = errors.findIndex((error) => error.index >= start);
  return found === -1 ? errors.length : found;
}

function quoteProblem(
  error: QuoteError,
  row: number,
  cells: readonly string[],
  columns: readonly HeaderColumn[],
): Problem {
  if (error.code === 'InvalidQuotes') return malformedQuoteProblem(row, null);

  // The unterminated field swallowed the rest of the file: it is the last.
  const last = cells.length - 1;
  const column = last < columns.length ? columns[last]?.key : OVERFLOW_COLUMN;
  return unterminatedQuoteProblem(row, column ?? null);
}

function padRow(
  row: string[],
  width: number,
  number: number,
  columns: readonly HeaderColumn[],
): Problem {
  const found = row.length;
  const firstMissing = columns[found]?.key ?? null;
  while (row.length < width) row.push('');

  return rowTooShortProblem(number, found, width, firstMissing ?? '');
}

function addOverflowColumn(
  rows: string[][],
  overflow: ReadonlyMap<number, string>,
): void {
  for (let index = 0; index < rows.length; index++) {
    rows[index]?.push(overflow.get(index) ?? '');
  }
}
