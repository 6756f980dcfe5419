import Papa from 'papaparse';
import type { Problem } from '../model/problem';

export type CsvOptions = {
  /** Start with a UTF-8 byte-order mark so Excel reads UTF-8. */
  readonly bom?: boolean;
  /** Field delimiter; default ','. */
  readonly delimiter?: string;
  /** Neutralise formula-like cells (see neutraliseCell); default on. */
  readonly neutralise?: boolean;
  /** Line break; default CRLF as RFC 4180 writes it. */
  readonly newline?: '\r\n' | '\n';
};

/** Text of an export with what a reader should know about it. */
export type ExportOutput = {
  readonly text: string;
  readonly warnings: readonly Problem[];
};

/** Excel keeps at most this many characters in a cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** Delimiters an export may use. */
export const CSV_DELIMITERS: readonly string[] = [',', ';', '\t', '|'];

/**
 * A cell a spreadsheet could take for a formula: it starts with `=`,
 * `@`, TAB or CR, or with `+` or `-` unless the whole cell is a plain
 * number (`-3.5`, `+2`, `1e-3` style), possibly after apostrophes. The
 * apostrophes matter only for reading back (see restoreNeutralisedCell).
 */
const FORMULA_LIKE =
  /^'*(?:[=@\t\r]|[+-](?!(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$))/;

/**
 * Rows as RFC 4180 CSV (PapaParse): fields holding the delimiter, a
 * quote, a line break or edge spaces are quoted, quotes doubled. With
 * neutralisation (the default) every formula-like cell, multi-line cells
 * included, gets a leading apostrophe and quotes, so Excel, LibreOffice
 * and Sheets show it as text. Cells longer than Excel's 32,767-character
 * limit are kept whole and warned about (row 1 = the first data row).
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions = {},
): ExportOutput {
  const text = Papa.unparse(
    [header, ...rows] as string[][],
    toPapaConfig(options),
  );
  return {
    text: options.bom === true ? `\uFEFF${text}` : text,
    warnings: findLongCells(header, rows),
  };
}

/**
 * What writeCsv does, in parts, for exports that write their lines
 * themselves instead of building every row as cells first (at 100,000
 * records those rows cost more in garbage collection than the writing).
 * `cell` writes one cell, lines are cells joined by `delimiter`, and
 * `finish` joins the lines; the result is writeCsv's text for the same
 * cells (the tests hold the two to it).
 */
export type CsvWriter = {
  readonly cell: (value: string) => string;
  readonly delimiter: string;
  readonly finish: (lines: readonly string[]) => string;
};

export function createCsvWriter(options: CsvOptions = {}): CsvWriter {
  const { delimiter, newline } = toPapaConfig(options);
  return {
    cell: createCellWriter(options),
    delimiter,
    finish: (lines) => {
      const text = lines.join(newline);
      return options.bom === true ? `\uFEFF${text}` : text;
    },
  };
}

/**
 * One cell as PapaParse's unparse writes it under `options`: a
 * formula-like cell (when neutralising) gets an apostrophe and quotes;
 * any cell holding a quote, CR, LF, a byte-order mark or the delimiter,
 * or starting or ending with a space, is quoted with its quotes doubled.
 * Empty cells and single letters or digits (a wide export's 0 and 1)
 * pass straight through.
 */
function createCellWriter(options: CsvOptions): (value: string) => string {
  const { delimiter, escapeFormulae } = toPapaConfig(options);
  const isPlainCharacter = (code: number) =>
    (code >= DIGIT_0 && code <= DIGIT_9) ||
    (code >= LETTER_A && code <= LETTER_Z) ||
    (code >= LETTER_SMALL_A && code <= LETTER_SMALL_Z);

  return (value) => {
    if (value.length === 0) return value;
    if (
      value.length === 1 &&
      value !== delimiter &&
      isPlainCharacter(value.charCodeAt(0))
    ) {
      return value;
    }

    const isFormula = escapeFormulae !== false && escapeFormulae.test(value);
    const text = isFormula ? `'${value}` : value;
    const needsQuotes =
      isFormula ||
      NEEDS_QUOTES.test(text) ||
      text.includes(delimiter) ||
      text.startsWith(' ') ||
      text.endsWith(' ');
    return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
  };
}

/** Characters PapaParse always quotes a cell for. */
const NEEDS_QUOTES = /["\r\n\uFEFF]/;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const LETTER_A = 0x41;
const LETTER_Z = 0x5a;
const LETTER_SMALL_A = 0x61;
const LETTER_SMALL_Z = 0x7a;

function toPapaConfig(options: CsvOptions) {
  return {
    delimiter: options.delimiter ?? ',',
    newline: options.newline ?? '\r\n',
    escapeFormulae:
      options.neutralise === false ? (false as const) : FORMULA_LIKE,
  };
}

/** The cell as a neutralising export writes it (before CSV quoting). */
export function neutraliseCell(value: string): string {
  return FORMULA_LIKE.test(value) ? `'${value}` : value;
}

/**
 * Undoes neutraliseCell: removes the one apostrophe an export put before
 * a formula-like cell. Exact for every cell a Podscan export wrote.
 */
export function restoreNeutralisedCell(value: string): string {
  return value.startsWith("'") && FORMULA_LIKE.test(value.slice(1))
    ? value.slice(1)
    : value;
}

/** How many long cells are listed before one summary warning. */
const MAX_LISTED = 20;

/** Warnings for cells over Excel's limit, naming row and column. */
export function findLongCells(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Problem[] {
  const tally = createLongCellTally(header);
  rows.forEach((cells, row) => {
    cells.forEach((value, column) => tally.check(row + 1, column, value));
  });
  return tally.finish();
}

/** Collects findLongCells' warnings one cell at a time. */
export type LongCellTally = {
  /** Checks the cell of data row `row` (1 = first) in column `column`. */
  readonly check: (row: number, column: number, value: string) => void;
  readonly finish: () => Problem[];
};

export function createLongCellTally(header: readonly string[]): LongCellTally {
  const warnings: Problem[] = [];
  let count = 0;

  return {
    check: (row, column, value) => {
      if (value.length <= EXCEL_CELL_LIMIT) return;

      count += 1;
      if (count <= MAX_LISTED) {
        warnings.push(longCellWarning(row, header[column] ?? '', value.length));
      }
    },
    finish: () =>
      count > MAX_LISTED
        ? [...warnings, moreLongCellsWarning(count - MAX_LISTED)]
        : [...warnings],
  };
}

function moreLongCellsWarning(more: number): Problem {
  return {
    row: null,
    column: null,
    code: 'CELL_TOO_LONG',
    message: `… and ${more} more cells over the limit.`,
    severity: 'warning',
  };
}

function longCellWarning(row: number, column: string, length: number): Problem {
  return {
    row,
    column,
    code: 'CELL_TOO_LONG',
    message:
      `Row ${row}, column "${column}" holds ${length} characters; Excel ` +
      `shows at most ${EXCEL_CELL_LIMIT} and cuts the rest when the file ` +
      'is opened there. The CSV keeps the whole text.',
    severity: 'warning',
  };
}
