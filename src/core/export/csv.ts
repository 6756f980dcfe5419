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
 * writeCsv of `count` rows built piece by piece: `buildRows(start, end)`
 * gives rows start to end − 1. The text and warnings are writeCsv's for
 * the same rows, but each piece is written and dropped before the next is
 * built, so a 100,000-record export never holds every row as cells at
 * once (which costs more in garbage collection than the writing itself).
 */
export function writeCsvInPieces(
  header: readonly string[],
  count: number,
  buildRows: (start: number, end: number) => readonly (readonly string[])[],
  options: CsvOptions = {},
): ExportOutput {
  const config = toPapaConfig(options);
  const pieces = [Papa.unparse([header as string[]], config)];
  const longCells = createLongCellTally(header);
  for (let start = 0; start < count; start += PIECE_ROWS) {
    const rows = buildRows(start, Math.min(count, start + PIECE_ROWS));
    pieces.push(Papa.unparse(rows as string[][], config));
    longCells.add(rows, start);
  }
  // PapaParse puts the line break between rows, never after the last.
  const text = pieces.join(config.newline);

  return {
    text: options.bom === true ? `\uFEFF${text}` : text,
    warnings: longCells.finish(),
  };
}

/** Rows per PapaParse call in writeCsvInPieces. */
const PIECE_ROWS = 2000;

function toPapaConfig(options: CsvOptions) {
  return {
    delimiter: options.delimiter ?? ',',
    newline: options.newline ?? '\r\n',
    escapeFormulae: options.neutralise === false ? false : FORMULA_LIKE,
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
  tally.add(rows, 0);
  return tally.finish();
}

type LongCellTally = {
  /** Checks rows whose first is data row `offset` + 1. */
  readonly add: (rows: readonly (readonly string[])[], offset: number) => void;
  readonly finish: () => Problem[];
};

function createLongCellTally(header: readonly string[]): LongCellTally {
  const warnings: Problem[] = [];
  let count = 0;

  return {
    add: (rows, offset) => {
      for (let row = 0; row < rows.length; row += 1) {
        const cells = rows[row]!;
        for (let column = 0; column < cells.length; column += 1) {
          const length = cells[column]!.length;
          if (length <= EXCEL_CELL_LIMIT) continue;

          count += 1;
          if (count <= MAX_LISTED) {
            const name = header[column] ?? '';
            warnings.push(longCellWarning(offset + row + 1, name, length));
          }
        }
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
