import ExcelJS from 'exceljs';

export type XlsxRows =
  | { readonly ok: true; readonly rows: string[][] }
  | { readonly ok: false; readonly reason: string };

/**
 * The cells of a workbook's first worksheet as displayed text, one array
 * per row from row 1, all rows padded to the same width. Kept outside
 * core: exceljs's types pull in Node's.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<XlsxRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own global Buffer, which Node's no longer
    // matches at type level; at run time a Node Buffer is what it wants.
    const buffer = Buffer.from(bytes) as unknown as XlsxBuffer;
    await workbook.xlsx.load(buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `not a readable .xlsx workbook (${reason})` };
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined)
    return { ok: false, reason: 'the workbook has no sheet' };

  const width = sheet.columnCount;
  const rows: string[][] = [];
  for (let index = 1; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1) {
      cells.push(row.getCell(column).text ?? '');
    }
    rows.push(cells);
  }
  return { ok: true, rows };
}

type XlsxBuffer = Parameters<ExcelJS.Xlsx['load']>[0];
