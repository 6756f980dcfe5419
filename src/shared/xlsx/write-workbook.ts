import ExcelJS from 'exceljs';
import type { ExportWorkbook } from '../../core/export/workbook';

/**
 * Writes an export workbook (see buildExportWorkbook) as .xlsx bytes:
 * one worksheet per sheet, a bold, frozen header row, the given column
 * widths. Cell values are typed (text, number, empty), never formulas.
 * exceljs stays outside core because its types pull in Node's.
 */
export async function writeXlsxWorkbook(
  workbook: ExportWorkbook,
  options: { readonly creator?: string; readonly created?: Date } = {},
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = options.creator ?? 'Podscan Workbench';
  if (options.created) {
    book.created = options.created;
    book.modified = options.created;
  }
  for (const sheet of workbook.sheets) {
    const worksheet = book.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.columns = sheet.header.map((header, index) => ({
      header,
      width: sheet.widths[index] ?? 16,
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.addRows(sheet.rows.map((row) => [...row]));
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
