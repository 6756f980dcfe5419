import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCodedFile } from '../../../../../src/core/exchange';
import type { ProjectSnapshot } from '../../../../../src/core/model/snapshot';
import {
  renderExport,
  type ExportInput,
} from '../../../../../src/renderer/features/exchange/render-export';
import {
  ANA,
  BEN,
  GUID,
  LEAD,
  makeRecord,
  makeSnapshot,
  T2,
} from '../../../core/exchange/snapshot-builder';

const CSV = { bom: false, delimiter: ',', neutralise: true };

function input(patch: Partial<ExportInput>): ExportInput {
  return {
    format: { kind: 'coded' },
    csv: CSV,
    viewerId: LEAD.id,
    exportedAt: T2,
    exportedBy: 'Lead',
    ...patch,
  };
}

async function text(
  snapshot: ProjectSnapshot,
  patch: Partial<ExportInput>,
): Promise<string> {
  const rendered = await renderExport(snapshot, input(patch));
  if (!rendered.ok) throw new Error(rendered.problems[0]?.message);
  // Keep a byte-order mark: the tests check it is there.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(rendered.bytes);
}

/** Blind mode on, the lead leading: Ana and Ben code blind. */
function blindProject(): ProjectSnapshot {
  const snapshot = makeSnapshot();
  return {
    ...snapshot,
    meta: {
      ...snapshot.meta,
      settings: { blindMode: true, leads: [LEAD.id] },
    },
  };
}

describe('rendering exports', () => {
  it('writes a coded file of only her own layer for a coder under blind mode', async () => {
    const written = await text(blindProject(), { viewerId: ANA.id });
    const read = readCodedFile(written);

    if (!read.ok) throw new Error('the coded file was refused');
    expect([
      ...new Set(read.value.snapshot.layers.map((c) => c.coderId)),
    ]).toStrictEqual([ANA.id]);
    expect(read.value.snapshot.consensus).toStrictEqual([]);
    expect(read.value.exportedBy).toBe('Lead');
  });

  it('lets a lead export every layer and the consensus under blind mode', async () => {
    const read = readCodedFile(await text(blindProject(), {}));

    if (!read.ok) throw new Error('the coded file was refused');
    expect(read.value.snapshot.layers).toHaveLength(4);
    expect(read.value.snapshot.consensus).toHaveLength(1);
  });

  it('writes the wide CSV of a coder cell by cell, neutralising formulas', async () => {
    const snapshot = makeSnapshot({
      records: [
        makeRecord('P-1', 'Eastside YMCA Hub', '=cmd()', 1),
        makeRecord('P-2', 'Parks & Rec Pod', '-2.5', 2),
        makeRecord('P-3', 'Library Learning Hub', '', 3),
      ],
    });

    const csv = await text(snapshot, {
      format: { kind: 'wide', source: { kind: 'coder', coderId: ANA.id } },
      csv: { bom: true, delimiter: ';', neutralise: true },
    });

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(
      Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data,
    ).toStrictEqual([
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
      ['P-1', 'P-1', 'Eastside YMCA Hub', "'=cmd()", '1', '0', '1', '0'],
      ['P-2', 'P-2', 'Parks & Rec Pod', '-2.5', '0', '1', '0', '0'],
      ['P-3', 'P-3', 'Library Learning Hub', '', '', '', '', ''],
    ]);
  });

  it('writes formula-like cells as they are when neutralising is off', async () => {
    const snapshot = makeSnapshot({
      records: [makeRecord('P-1', '@SUM(A1)', '=cmd()', 1)],
      layers: [],
      consensus: [],
    });

    const csv = await text(snapshot, {
      format: { kind: 'wide', source: { kind: 'consensus' } },
      csv: { ...CSV, neutralise: false },
    });

    expect(csv.split('\r\n')[1]).toBe('P-1,P-1,@SUM(A1),=cmd(),,,,');
  });

  it('writes a workbook whose Data sheet holds numbers in the code cells', async () => {
    const rendered = await renderExport(
      makeSnapshot(),
      input({
        format: { kind: 'xlsx', source: { kind: 'coder', coderId: BEN.id } },
      }),
    );
    if (!rendered.ok) throw new Error('the workbook was refused');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(rendered.bytes as never);
    const data = book.getWorksheet('Data');

    expect(book.worksheets.map((sheet) => sheet.name)).toStrictEqual([
      'Data',
      'Codebook',
      'Methods',
    ]);
    expect((data?.getRow(2).values as unknown[]).slice(1)).toStrictEqual([
      'P-1',
      'P-1',
      'Eastside YMCA Hub',
      'Free; meals',
      0,
      0,
      1,
      0,
    ]);
  });

  it('refuses a reliability matrix of a code the codebook lacks', async () => {
    const rendered = await renderExport(
      makeSnapshot(),
      input({ format: { kind: 'matrix', codeId: 'no-such-code' } }),
    );

    expect(rendered).toMatchObject({
      ok: false,
      problems: [{ code: 'EXPORT_CODE_UNKNOWN' }],
    });
  });

  it('writes the reliability matrix of one code for every coder', async () => {
    const csv = await text(makeSnapshot(), {
      format: { kind: 'matrix', codeId: GUID.free },
    });

    expect(csv.split('\r\n')).toStrictEqual([
      'coder,P-1,P-2',
      'Ana,1,0',
      'Ben,1,',
    ]);
  });
});
