import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildExportWorkbook } from '../../../../src/core/export';
import { writeXlsxWorkbook } from '../../../../src/shared/xlsx/write-workbook';
import { ANA, GUID, makeSnapshot, T2 } from '../exchange/snapshot-builder';

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('export workbook', () => {
  const snapshot = makeSnapshot();
  const records = snapshot.records.map((r, i) =>
    i === 0 ? { ...r, fields: { ...r.fields, notes: '=HYPERLINK("x")' } } : r,
  );
  const workbook = buildExportWorkbook(
    { ...snapshot, records },
    {
      source: { kind: 'coder', coderId: ANA.id },
      exportedAt: T2,
      exportedBy: 'Lead',
    },
  );

  it('lays out Data, Codebook and Methods sheets', () => {
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      'Data',
      'Codebook',
      'Methods',
    ]);
    expect(workbook.sheets[0]!.rows[2]).toEqual([
      'P-3',
      'P-3',
      'Library Learning Hub',
      '',
      null,
      null,
      null,
      null,
    ]);
  });

  it('writes sheets that read back cell by cell, numbers as numbers', async () => {
    const book = await readBack(await writeXlsxWorkbook(workbook));
    const data = book.getWorksheet('Data')!;
    expect(values(data).slice(0, 3)).toEqual([
      [
        'record',
        'id',
        'name',
        'notes',
        'Equity focus',
        'Charges a fee',
        'Free',
        'Tutoring',
      ],
      ['P-1', 'P-1', 'Eastside YMCA Hub', '=HYPERLINK("x")', 1, 0, 1, 0],
      ['P-2', 'P-2', 'Parks & Rec Pod', 'Sliding scale\nfee', 0, 1, 0, 0],
    ]);
    expect(data.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    const codebook = book.getWorksheet('Codebook')!;
    expect(values(codebook)[1]?.slice(0, 3)).toEqual([
      GUID.equity,
      'Equity focus',
      'Equity focus',
    ]);
    const methods = values(book.getWorksheet('Methods')!);
    expect(methods[4]).toEqual(['Codings from', `Coder Ana (${ANA.id})`]);
    expect(methods.find((row) => row[0] === 'Free')).toEqual([
      'Free',
      `Code ${GUID.free}.`,
    ]);
  });
});
