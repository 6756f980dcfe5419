import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatSheetCell, parseSheetScan } from '../../../../src/core/exchange';
import { parseScanText } from '../../../../src/core/scan';
import { readXlsxScan } from '../../../../src/shared/xlsx/read-scan';

describe('formatSheetCell', () => {
  it.each([
    [{ number: 0.125, format: '0.0%' }, '12.5%'],
    [{ number: 1234.5, format: '#,##0.00' }, '1,234.50'],
    [{ number: 5, format: '00000' }, '00005'],
    [{ number: 0.1 + 0.2, format: 'General' }, '0.3'],
    [{ number: 123456789012, format: 'General' }, '123456789012'],
    [{ date: 45306, format: 'yyyy-mm-dd' }, '2024-01-15'],
    [{ date: 45306.75, format: 'm/d/yyyy h:mm' }, '1/15/2024 18:00'],
    [{ date: 45306, format: 'General' }, '2024-01-15'],
    [{ error: '#N/A' }, '#N/A'],
    [true, 'TRUE'],
    [null, ''],
    ['=not a formula', '=not a formula'],
  ])('shows %j as %j', (cell, text) => {
    expect(formatSheetCell(cell)).toBe(text);
  });
});

describe('parseSheetScan', () => {
  it('gives the same scan as the CSV import for the same table', () => {
    const sheet = parseSheetScan([
      [null, null],
      ['Site Name', 'Cost'],
      ['Eastside', { number: 0, format: '"$"0' }],
      [null, null],
      ['Library', { number: 25, format: '"$"0' }],
    ]);
    const csv = parseScanText('\nSite Name,Cost\nEastside,$0\n\nLibrary,$25\n');
    expect(sheet.columns).toEqual(csv.columns);
    expect(sheet.rows).toEqual(csv.rows);
    expect(sheet.skippedLines).toBe(csv.skippedLines);
    expect(sheet.problems.map((p) => p.code)).toEqual(
      csv.problems.map((p) => p.code),
    );
  });

  it('does not report empty trailing cells, and keeps text past the header', () => {
    const sheet = parseSheetScan([
      ['ID', 'Name', null],
      ['P-1', null, null],
      ['P-2', 'Hub', 'stray note'],
    ]);
    expect(sheet.columns.map((c) => c.key)).toEqual([
      'id',
      'name',
      '_overflow',
    ]);
    expect(sheet.rows).toEqual([
      ['P-1', '', ''],
      ['P-2', 'Hub', 'stray note'],
    ]);
    expect(sheet.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'CSV_ROW_TOO_LONG'],
    ]);
  });

  it('says an empty sheet is empty', () => {
    const sheet = parseSheetScan([[null], ['']]);
    expect([sheet.columns, sheet.problems.map((p) => p.code)]).toEqual([
      [],
      ['FILE_EMPTY'],
    ]);
  });
});

async function makeWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Notes').addRow(['nothing here']);
  const sheet = book.addWorksheet('Pods');
  sheet.addRow(['ID', 'Opened', 'Share', 'Free', 'Seats', 'Link']);
  sheet.addRow(['P-1', new Date(Date.UTC(2020, 10, 2)), 0.25, true, 12, 'x']);
  sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
  sheet.getCell('C2').numFmt = '0%';
  sheet.getCell('E2').value = { formula: 'SUM(10,2)', result: 12 };
  sheet.getCell('F2').value = {
    text: 'site',
    hyperlink: 'https://example.org',
  };
  sheet.addRow([
    'P-2',
    new Date(Date.UTC(2021, 2, 15)),
    0.5,
    false,
    3.5,
    { richText: [{ text: 'rich ' }, { text: 'text', font: { bold: true } }] },
  ]);
  sheet.getCell('B3').numFmt = 'mm-dd-yy';
  sheet.getCell('C3').numFmt = '0.0%';
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

describe('readXlsxScan', () => {
  it('reads the chosen sheet with cells as Excel shows them', async () => {
    const read = await readXlsxScan(await makeWorkbook(), { sheet: 'Pods' });
    if (!read.ok) throw new Error(read.message);
    expect(read.sheets).toEqual(['Notes', 'Pods']);
    expect(read.sheet).toBe('Pods');
    expect(read.scan.columns.map((c) => c.key)).toEqual([
      'id',
      'opened',
      'share',
      'free',
      'seats',
      'link',
    ]);
    expect(read.scan.rows).toEqual([
      ['P-1', '2020-11-02', '25%', 'TRUE', '12', 'site'],
      ['P-2', '3/15/2021', '50.0%', 'FALSE', '3.5', 'rich text'],
    ]);
  });

  it('reads the first sheet by default and a sheet by position', async () => {
    const bytes = await makeWorkbook();
    const first = await readXlsxScan(bytes);
    const second = await readXlsxScan(bytes, { sheet: 2 });
    expect(first.ok && first.sheet).toBe('Notes');
    expect(second.ok && second.sheet).toBe('Pods');
  });

  it('names the sheets when the one asked for is missing', async () => {
    const read = await readXlsxScan(await makeWorkbook(), { sheet: 'Scan' });
    expect(read.ok ? null : read.message).toBe(
      'The workbook has no sheet "Scan"; its sheets are "Notes", "Pods".',
    );
  });

  it('refuses bytes that are not a workbook in plain words', async () => {
    const bytes = new TextEncoder().encode('id,name\n');
    const read = await readXlsxScan(bytes);
    const named = await readXlsxScan(bytes, { fileName: 'pods.xlsx' });
    if (read.ok || named.ok) throw new Error('read a text file as a workbook');

    expect(read.code).toBe('XLSX_UNREADABLE');
    expect(read.message).toBe(
      'The file is not an Excel workbook (.xlsx). If it is a CSV or TSV ' +
        'file, rename it to .csv or .tsv and import it again.',
    );
    expect(named.message).toMatch(/^pods\.xlsx is not an Excel workbook/);
    expect(read.detail).toMatch(/central directory/);
  });

  it('says a zip archive without a workbook is not one, and what to do', async () => {
    const bytes = zipSync({ 'notes.txt': strToU8('Site visits') });
    const read = await readXlsxScan(bytes);
    const named = await readXlsxScan(bytes, { fileName: 'zip.csv' });
    if (read.ok || named.ok) throw new Error('read a zip as a workbook');

    expect(read.code).toBe('XLSX_UNREADABLE');
    expect(read.message).toBe(
      'The file is a zip archive but not an Excel workbook: there is no ' +
        'workbook inside. Open the table it should hold in Excel or another ' +
        'spreadsheet program, save it as .xlsx or CSV and import that file.',
    );
    expect(named.message).toMatch(/^zip\.csv is a zip archive but not an/);
  });
});
