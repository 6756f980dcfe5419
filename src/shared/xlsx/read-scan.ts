import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { parseSheetScan, type SheetCell } from '../../core/exchange/xlsx-scan';
import type { ParsedScan } from '../../core/scan/types';

export type XlsxScanOptions = {
  /** Sheet name or 1-based position; the first sheet when absent. */
  readonly sheet?: string | number;
  /** Names the file in the messages instead of "The file/workbook". */
  readonly fileName?: string;
};

export type XlsxScan =
  | {
      readonly ok: true;
      /** Every sheet's name, in workbook order, for a sheet picker. */
      readonly sheets: readonly string[];
      readonly sheet: string;
      readonly scan: ParsedScan;
    }
  | {
      readonly ok: false;
      readonly code: 'XLSX_UNREADABLE' | 'XLSX_SHEET_UNKNOWN' | 'XLSX_EMPTY';
      readonly message: string;
      readonly sheets: readonly string[];
      /** exceljs's own reason, for a log; never part of the message. */
      readonly detail?: string;
    };

/**
 * Reads one sheet of an .xlsx workbook as a scan (see parseSheetScan),
 * cells shown as Excel shows them. exceljs stays outside core because its
 * types pull in Node's; this module runs in Node and in the browser.
 */
export async function readXlsxScan(
  bytes: Uint8Array,
  options: XlsxScanOptions = {},
): Promise<XlsxScan> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as XlsxBuffer);
  } catch (error) {
    return notWorkbook(options.fileName ?? 'The file', error);
  }
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  if (sheets.length === 0 && !hasWorkbookPart(bytes)) {
    return notWorkbookZip(options.fileName ?? 'The file');
  }
  const sheet = pickSheet(workbook, options.sheet);
  if (sheet === undefined) {
    return missingSheet(
      sheets,
      options.sheet,
      options.fileName ?? 'The workbook',
    );
  }

  return {
    ok: true,
    sheets,
    sheet: sheet.name,
    scan: parseSheetScan(readCells(sheet)),
  };
}

type XlsxBuffer = Parameters<ExcelJS.Xlsx['load']>[0];

/**
 * Most often a CSV or TSV file saved under an .xlsx name, which exceljs
 * refuses with a zip error that means nothing to the user.
 */
function notWorkbook(name: string, error: unknown): XlsxScan {
  return {
    ok: false,
    code: 'XLSX_UNREADABLE',
    message:
      `${name} is not an Excel workbook (.xlsx). If it is a CSV or TSV ` +
      'file, rename it to .csv or .tsv and import it again.',
    sheets: [],
    detail: error instanceof Error ? error.message : String(error),
  };
}

/**
 * Whether a zip archive holds the workbook part every .xlsx has. exceljs
 * opens any zip and finds no sheet in one without it (a .docx, or a
 * folder zipped up), which is not a workbook without sheets.
 */
function hasWorkbookPart(bytes: Uint8Array): boolean {
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        found ||= file.name === 'xl/workbook.xml';
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}

function notWorkbookZip(name: string): XlsxScan {
  return {
    ok: false,
    code: 'XLSX_UNREADABLE',
    message:
      `${name} is a zip archive but not an Excel workbook: there is no ` +
      'workbook inside. Open the table it should hold in Excel or another ' +
      'spreadsheet program, save it as .xlsx or CSV and import that file.',
    sheets: [],
  };
}

function pickSheet(
  workbook: ExcelJS.Workbook,
  wanted: string | number | undefined,
): ExcelJS.Worksheet | undefined {
  const { worksheets } = workbook;
  if (wanted === undefined) return worksheets[0];
  if (typeof wanted === 'number') return worksheets[wanted - 1];

  return worksheets.find((sheet) => sheet.name === wanted);
}

function missingSheet(
  sheets: readonly string[],
  wanted: string | number | undefined,
  name: string,
): XlsxScan {
  if (sheets.length === 0) {
    return {
      ok: false,
      code: 'XLSX_EMPTY',
      message: `${name} has no sheet.`,
      sheets,
    };
  }
  return {
    ok: false,
    code: 'XLSX_SHEET_UNKNOWN',
    message:
      `${name} has no sheet ${JSON.stringify(wanted)}; its sheets are ` +
      `${sheets.map((sheet) => `"${sheet}"`).join(', ')}.`,
    sheets,
  };
}

function readCells(sheet: ExcelJS.Worksheet): SheetCell[][] {
  const width = sheet.columnCount;
  const rows: SheetCell[][] = [];
  for (let index = 1; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    const cells: SheetCell[] = [];
    for (let column = 1; column <= width; column += 1) {
      cells.push(toSheetCell(row.getCell(column)));
    }
    rows.push(cells);
  }
  return rows;
}

function toSheetCell(cell: ExcelJS.Cell): SheetCell {
  // A merged range shows its value once, in its first cell.
  if (cell.type === ExcelJS.ValueType.Merge) return null;

  return toValue(cell.value, displayFormat(cell.numFmt));
}

function toValue(value: unknown, format: string): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return { number: value, format };
  if (value instanceof Date) return { date: toSerial(value), format };
  if (typeof value === 'bigint') return String(value);
  if (typeof value !== 'object') return null;

  const object = value as Record<string, unknown>;
  if ('error' in object) return { error: String(object.error) };
  if ('richText' in object) return joinRichText(object.richText);
  if ('formula' in object || 'sharedFormula' in object) {
    return toValue(object.result, format);
  }
  if ('text' in object) {
    const text = object.text;
    return typeof text === 'string'
      ? text
      : joinRichText((text as { richText?: unknown })?.richText);
  }
  return null;
}

function joinRichText(parts: unknown): string {
  if (!Array.isArray(parts)) return '';

  return parts
    .map((part) => (part as { text?: unknown }).text)
    .filter((text): text is string => typeof text === 'string')
    .join('');
}

/**
 * exceljs gives dates as UTC instants; Excel's 1900 serial counts days
 * from 1899-12-30. Dates of 1904-system workbooks come out right too,
 * as exceljs has already applied that system.
 */
function toSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/**
 * Built-in formats 14 and 22 are the locale's short date; exceljs names
 * them by their ECMA-376 codes, while Excel (en-US) shows 4-digit years.
 */
function displayFormat(numFmt: string | undefined): string {
  if (numFmt === undefined || numFmt === '') return 'General';
  if (numFmt === 'mm-dd-yy') return 'm/d/yyyy';
  if (numFmt === 'm/d/yy h:mm') return 'm/d/yyyy h:mm';

  return numFmt;
}
