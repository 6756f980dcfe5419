import { format, isDateFormat } from 'numfmt';
import type { Problem } from '../model/problem';
import { OVERFLOW_COLUMN, type Column } from '../model/scan';
import { checkCells } from '../scan/cells';
import { inferColumnTypes } from '../scan/column-types';
import { normaliseHeader } from '../scan/columns';
import { emptyFileProblem } from '../scan/problems';
import { isBlankRow, shapeRows } from '../scan/rows';
import type { ParsedScan } from '../scan/types';

/**
 * A worksheet cell as a workbook stores it, before display: empty, text,
 * a boolean, a number with its number format (`General` when none), a
 * date or time as an Excel serial number (1900 system) with its format,
 * or an error such as `#N/A`.
 */
export type SheetCell =
  | null
  | string
  | boolean
  | { readonly number: number; readonly format: string }
  | { readonly date: number; readonly format: string }
  | { readonly error: string };

/**
 * The text Excel shows for a cell: numbers and dates through their number
 * format (so 45306 under `yyyy-mm-dd` reads 2024-01-15 and 0.125 under
 * `0.0%` reads 12.5%), booleans as TRUE/FALSE, errors as written. Under
 * `General` a number shows all its digits up to Excel's 15 significant
 * ones (as in a wide enough column), not a rounded or exponent form.
 */
export function formatSheetCell(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if ('error' in cell) return cell.error;
  if ('date' in cell) {
    const pattern = isDateFormat(cell.format) ? cell.format : DEFAULT_DATE;
    return applyFormat(pattern, cell.date);
  }
  if (isGeneral(cell.format)) return formatGeneral(cell.number);

  return applyFormat(cell.format, cell.number);
}

/**
 * Reads worksheet rows as the CSV import reads a file, giving the same
 * ParsedScan: the first non-blank row is the header, blank rows are
 * skipped and counted, column keys, types and problems come from the same
 * steps. Cells show as Excel shows them (formatSheetCell). A row's empty
 * cells past the header are not a problem (worksheets have no ragged
 * rows); text past the header goes to the overflow column as there.
 * Encoding reads "utf-8", delimiter "," (used for the overflow column).
 */
export function parseSheetScan(
  cells: readonly (readonly SheetCell[])[],
): ParsedScan {
  const raw = cells.map((row) => trimEnd(row.map(formatSheetCell)));
  const headerIndex = raw.findIndex((row) => !isBlankRow(row));
  if (headerIndex === -1) return emptySheet(raw.length);

  const header = normaliseHeader(raw[headerIndex] ?? []);
  const width = header.columns.length;
  const fitted = raw.map((row, index) =>
    index > headerIndex && row.length < width ? pad(row, width) : row,
  );
  const shaped = shapeRows(fitted, headerIndex + 1, header.columns, {
    delimiter: ',',
    quoteErrors: [],
    blankBefore: headerIndex,
  });
  const columns = typeColumns(header.columns, shaped.hasOverflow, shaped.rows);
  const damaged = shaped.rows.some((row) =>
    row.some((c) => c.includes('\uFFFD')),
  );
  const problems: Problem[] = [
    ...header.problems,
    ...shaped.problems,
    ...checkCells(damaged ? '\uFFFD' : '', columns, shaped.rows),
  ];
  return {
    encoding: 'utf-8',
    bom: false,
    delimiter: ',',
    lineEnding: '\n',
    columns,
    rows: shaped.rows,
    rowCount: shaped.rows.length,
    problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    skippedLines: shaped.skippedLines,
  };
}

/**
 * Whether the scan import reads a file as an .xlsx workbook: by its name,
 * or by its bytes when they start a zip archive ("PK\x03\x04"), as a
 * workbook saved under another name does. A text file named .xlsx is
 * read as a workbook too, and refused as one.
 */
export function isWorkbookFile(fileName: string, bytes: Uint8Array): boolean {
  const [p, k, three, four] = bytes;
  const isZip = p === 0x50 && k === 0x4b && three === 3 && four === 4;
  return isZip || /\.xlsx$/i.test(fileName);
}

const DEFAULT_DATE = 'yyyy-mm-dd';

function isGeneral(pattern: string): boolean {
  return pattern === '' || pattern.toLowerCase() === 'general';
}

/** General format without the column-width rounding. */
function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);

  if (Math.abs(value) >= 1e-9 && Math.abs(value) < 1e15) {
    return String(Number(value.toPrecision(15)));
  }
  return applyFormat('General', value);
}

function applyFormat(pattern: string, value: number): string {
  try {
    return format(pattern, value, { throws: false, nbsp: false });
  } catch {
    return String(value);
  }
}

function trimEnd(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end -= 1;
  return end === row.length ? row : row.slice(0, end);
}

function pad(row: readonly string[], width: number): string[] {
  const padded = [...row];
  while (padded.length < width) padded.push('');
  return padded;
}

function typeColumns(
  header: readonly { readonly key: Column['key']; readonly label: string }[],
  hasOverflow: boolean,
  rows: readonly (readonly string[])[],
): Column[] {
  const all = hasOverflow
    ? [...header, { key: OVERFLOW_COLUMN, label: '(surplus fields)' }]
    : header;
  const types = inferColumnTypes(all.length, rows);
  return all.map((column, index) => ({
    ...column,
    type: types[index] ?? 'text',
  }));
}

function emptySheet(rowCount: number): ParsedScan {
  return {
    encoding: 'utf-8',
    bom: false,
    delimiter: ',',
    lineEnding: '\n',
    columns: [],
    rows: [],
    rowCount: 0,
    problems: [emptyFileProblem()],
    skippedLines: rowCount,
  };
}
