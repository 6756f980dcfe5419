import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCodebookFile } from '../../../../src/renderer/features/codebook/codebook-files';
import { testContext } from '../../core/codebook/support';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');

function picked(name: string, bytes: Uint8Array) {
  return { name, bytes };
}

function fixture(path: string) {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

/** Names in tree order, indented by depth with dots. */
function outline(
  codes: readonly { name: string; parentId: string | null; id: string }[],
) {
  const depth = (id: string | null): number => {
    const code = codes.find((each) => each.id === id);
    return code === undefined ? 0 : 1 + depth(code.parentId);
  };
  return codes.map((code) => `${'.'.repeat(depth(code.parentId))}${code.name}`);
}

describe('reading a codebook file for import', () => {
  it('reads a .qdc file with what its reader fixed', async () => {
    const read = await readCodebookFile(
      picked('short-colors.qdc', fixture('codebook/short-colors.qdc')),
      testContext(),
    );

    expect(read.ok && read.format).toBe('qdc');
    expect(read.ok && read.read.problems.map((each) => each.code)).toEqual([
      'QDC_COLOR_EXPANDED',
      'QDC_COLOR_INVALID',
      'COLOR_ASSIGNED',
    ]);
  });

  it('reads a CSV table of paths into a tree', async () => {
    const read = await readCodebookFile(
      picked('paths.csv', fixture('codebook-editor/paths.csv')),
      testContext(),
    );
    if (!read.ok) throw new Error(JSON.stringify(read.problems));

    expect(read.format).toBe('table');
    expect(outline(read.read.codebook.codes)).toEqual([
      'Access',
      '.Cost',
      '..Free',
      '..Fee',
      '.Transport',
    ]);
  });

  it('reads the first sheet of an .xlsx workbook as a table', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Codes');
    sheet.addRows([
      ['name', 'parent', 'description'],
      ['Supports', '', 'What the pod provides.'],
      ['Meals', 'Supports', 'Food served on site.'],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const read = await readCodebookFile(
      picked('codes.xlsx', bytes),
      testContext(),
    );
    if (!read.ok) throw new Error(JSON.stringify(read.problems));

    expect(outline(read.read.codebook.codes)).toEqual(['Supports', '.Meals']);
    expect(read.read.codebook.codes[1]!.definition).toBe(
      'Food served on site.',
    );
  });

  it('names the file when it is not a workbook or not a codebook type', async () => {
    const broken = await readCodebookFile(
      picked('codes.xlsx', new TextEncoder().encode('not a zip')),
      testContext(),
    );
    const unknown = await readCodebookFile(
      picked('notes.docx', new Uint8Array([1, 2, 3])),
      testContext(),
    );

    expect(!broken.ok && broken.problems.map((each) => each.code)).toEqual([
      'XLSX_UNREADABLE',
    ]);
    expect(!unknown.ok && unknown.problems[0]!.message).toBe(
      '“notes.docx” is not a codebook file Podscan reads; choose a .qdc ' +
        'file, or a .csv, .tsv or .xlsx table with a "name" or "path" column.',
    );
  });
});
