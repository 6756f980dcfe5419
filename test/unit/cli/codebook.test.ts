import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured, type Run } from './run-captured';
import { parseCodebookJson } from '../../../src/core/codebook';
import { makeSheetWorkbook } from '../../fixtures/scan/workbooks';

const FIXTURES = join(import.meta.dirname, '../../fixtures/codebook');
const STARTER = join(import.meta.dirname, '../../../resources/codebooks');

let directory = '';

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'podscan-codebook-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function run(...args: string[]): Promise<Run> {
  return runCaptured(['codebook', ...args]);
}

const fixture = (name: string) => join(FIXTURES, name);
const temp = (name: string) => join(directory, name);

type StarterData = {
  codebook: {
    codes: { id: string; parentId: string | null; color: string }[];
  };
};

async function readStarter(): Promise<StarterData> {
  const text = await readFile(join(STARTER, 'starter.codebook.json'), 'utf8');
  return JSON.parse(text) as StarterData;
}

async function readCodebook(path: string) {
  const read = parseCodebookJson(await readFile(path, 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.value.codebook;
}

describe('podscan codebook convert', () => {
  it('converts a .qdc to Podscan JSON and reports what it repaired', async () => {
    const result = await run(
      'convert',
      fixture('braced-guids.qdc'),
      temp('out.json'),
    );

    expect(result.code).toBe(0);
    expect(result.out).toBe(
      `Wrote 2 codes and 1 set to ${temp('out.json')}.\n`,
    );
    expect(result.err).toContain(
      'info GUID_BRACES_REMOVED: Code "Staff": braces around the GUID were removed.',
    );
    const codebook = await readCodebook(temp('out.json'));
    expect(codebook.codes.map((code) => code.id)).toEqual([
      'A1B2C3D4-0000-4000-8000-000000000001',
      'A1B2C3D4-0000-4000-8000-000000000002',
    ]);
    expect(await readdir(directory)).toEqual(['out.json']);
  });

  it('exports the starter codebook to exactly the shipped .qdc', async () => {
    const result = await run(
      'convert',
      join(STARTER, 'starter.codebook.json'),
      temp('starter.qdc'),
    );

    expect(result).toEqual({
      code: 0,
      out: `Wrote 52 codes and 2 sets to ${temp('starter.qdc')}.\n`,
      err: '',
    });
    expect(await readFile(temp('starter.qdc'), 'utf8')).toBe(
      await readFile(join(STARTER, 'starter.qdc'), 'utf8'),
    );
  });

  it('converts a CSV codebook and records who converted it', async () => {
    const result = await run(
      'convert',
      fixture('parent-names.csv'),
      temp('out.json'),
      '--actor',
      'Lead',
    );
    const codebook = await readCodebook(temp('out.json'));

    expect(result.code).toBe(0);
    expect(codebook.codes.map((code) => code.name)).toEqual([
      'Staff',
      'Tutors',
      'Certified teachers',
    ]);
    expect(codebook.history[0]?.actor).toBe('Lead');
  });

  it('converts the first sheet of an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Codes');
    sheet.addRows([
      ['path', 'definition', 'color'],
      ['Staffing>Tutors', 'Adults who tutor.', '#1b7837'],
      ['Staffing>Volunteers', 'Unpaid adults.', null],
    ]);
    await workbook.xlsx.writeFile(temp('codes.xlsx'));

    const result = await run('convert', temp('codes.xlsx'), temp('codes.json'));
    const codebook = await readCodebook(temp('codes.json'));

    expect(result.code, result.err).toBe(0);
    expect(
      codebook.codes.map((code) => [code.name, code.definition, code.color]),
    ).toEqual([
      ['Staffing', '', '#1F77B4'],
      ['Tutors', 'Adults who tutor.', '#1B7837'],
      ['Volunteers', 'Unpaid adults.', '#FF7F0E'],
    ]);
  });

  it('converts a .qdc to CSV and that CSV to JSON with the same codes and sets', async () => {
    const toCsv = await run(
      'convert',
      join(STARTER, 'starter.qdc'),
      temp('starter.csv'),
    );
    const toJson = await run('convert', temp('starter.csv'), temp('back.json'));
    const expected = await readCodebook(join(STARTER, 'starter.codebook.json'));
    const back = await readCodebook(temp('back.json'));

    expect(toCsv).toEqual({
      code: 0,
      out: `Wrote 52 codes and 2 sets to ${temp('starter.csv')}.\n`,
      err: '',
    });
    expect(toJson).toEqual({
      code: 0,
      out: `Wrote 52 codes and 2 sets to ${temp('back.json')}.\n`,
      err: '',
    });
    expect(back.codes).toEqual(expected.codes);
    expect(back.sets).toEqual(expected.sets);
    const csv = await readFile(temp('starter.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'kind,guid,path,name,is_codable,retired,definition,include,exclude,' +
        'example,color,shortcut,sets,description',
    );
  });

  it('writes a TSV, with a byte-order mark when asked', async () => {
    const result = await run(
      'convert',
      join(STARTER, 'starter.codebook.json'),
      temp('starter.tsv'),
      '--bom',
    );
    const text = await readFile(temp('starter.tsv'), 'utf8');

    expect(result.code).toBe(0);
    expect(text.startsWith('\uFEFFkind\tguid\tpath\t')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(52 + 2 + 1);
  });

  it('refuses to write a table that would read back as another tree', async () => {
    const code = (n: number, name: string) => ({
      id: `00000000-0000-4000-8000-00000000000${n}`,
      name,
      parentId: null,
      definition: '',
      include: '',
      exclude: '',
      example: '',
      color: '#1F77B4',
      shortcut: null,
      isCodable: true,
      retired: false,
      order: n - 1,
    });
    await writeFile(
      temp('clash.json'),
      JSON.stringify({
        format: 'podscan-codebook',
        version: 1,
        codebook: {
          version: 1,
          codes: [code(1, 'Meals'), code(2, 'MEALS')],
          sets: [],
          aliases: {},
          history: [],
        },
      }),
    );
    const result = await run('convert', temp('clash.json'), temp('out.csv'));

    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `${temp('clash.json')}: warning CODE_NAME_DUPLICATE: Code "MEALS": ` +
        'another code with this name has the same parent; rename one so ' +
        'coders can tell them apart.\n' +
        `${temp('clash.json')}: error TABLE_NAME_CLASH: Codes "Meals" and ` +
        '"MEALS" have the same parent and names that differ only in letter ' +
        'case or spaces; a table tells codes apart by name, so rename one ' +
        'and export again.\n' +
        `podscan: ${temp('out.csv')} was not written; fix the problems above.\n`,
    );
    expect(await readdir(directory)).toEqual(['clash.json']);
  });

  it('writes nothing and exits 1 when rows have problems, listing them by row', async () => {
    const result = await run(
      'convert',
      fixture('bad-rows.csv'),
      temp('out.json'),
    );

    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'error TABLE_CODE_DUPLICATE (row 2): "Meals" is already defined',
    );
    expect(await readdir(directory)).toEqual([]);
  });

  it('refuses to write a .qdc for a codebook without codes', async () => {
    await writeFile(
      temp('empty.json'),
      JSON.stringify({
        format: 'podscan-codebook',
        version: 1,
        codebook: { version: 1, codes: [], sets: [], aliases: {}, history: [] },
      }),
    );
    const result = await run('convert', temp('empty.json'), temp('empty.qdc'));

    expect(result.code).toBe(1);
    expect(result.err).toContain('error QDC_NO_CODES');
    expect(await readdir(directory)).toEqual(['empty.json']);
  });

  it.each([
    [
      'codes.txt',
      'out.json',
      'cannot read a codebook as ".txt"; use a file ending in .qdc, .qde, .csv, .tsv, .xlsx, .json',
    ],
    [
      'codes.csv',
      'out.xlsx',
      'cannot write a codebook as ".xlsx"; use a file ending in .qdc, .json, .csv, .tsv',
    ],
  ])(
    'names the unknown format of %s → %s with exit 2',
    async (input, output, message) => {
      const result = await run('convert', temp(input), temp(output));

      expect(result.code).toBe(2);
      expect(result.err).toBe(`podscan: ${message}\n`);
    },
  );
});

describe('podscan codebook validate', () => {
  it('accepts the starter codebook', async () => {
    const result = await run(
      'validate',
      join(STARTER, 'starter.codebook.json'),
    );

    expect(result).toEqual({
      code: 0,
      out: `${join(STARTER, 'starter.codebook.json')}: valid codebook (52 codes, 2 sets).\n`,
      err: '',
    });
  });

  it('lists the problems of a .qdc and exits 1', async () => {
    const path = fixture('missing-iscodable.qdc');
    const result = await run('validate', path);

    expect(result.code).toBe(1);
    expect(result.out).toBe(
      `${path}: warning QDC_IS_CODABLE_MISSING: Code "Transportation" had no isCodable attribute; it was taken as codable.\n` +
        `${path}: 1 problem.\n`,
    );
  });

  it('names the file, the field and what it expects in a JSON codebook', async () => {
    const text = await readFile(join(STARTER, 'starter.codebook.json'), 'utf8');
    const data = JSON.parse(text) as {
      codebook: { codes: Record<string, unknown>[] };
    };
    const [first, second] = data.codebook.codes;
    first!.color = 'teal';
    second!.shortcut = 'j';
    await writeFile(temp('bad.json'), JSON.stringify(data));
    const result = await run('validate', temp('bad.json'));

    expect(result.code).toBe(1);
    expect(result.out).toBe(
      `${temp('bad.json')}: error CODEBOOK_JSON_SCHEMA: /codebook/codes/0/color ` +
        `(code "${String(first!.name)}"): "teal" is not a colour; write it ` +
        'as #RRGGBB, e.g. #1F77B4.\n' +
        `${temp('bad.json')}: error CODE_SHORTCUT_RESERVED: Code ` +
        `"${String(second!.name)}": key "j" is used by the coding loop.\n` +
        `${temp('bad.json')}: 2 problems.\n`,
    );
  });

  it('counts every problem when it lists only 20 of a kind', async () => {
    const data = await readStarter();
    for (const code of data.codebook.codes) code.color = 'teal';
    await writeFile(temp('many.json'), JSON.stringify(data));
    const text = await run('validate', temp('many.json'));
    const json = await run('validate', temp('many.json'), '--json');
    const report = JSON.parse(json.out) as {
      problems: { message: string; unlisted?: number }[];
    };

    expect(text.code).toBe(1);
    expect(text.out.split('\n').slice(-3)).toEqual([
      `${temp('many.json')}: error CODEBOOK_JSON_SCHEMA: … and 32 more like ` +
        'the above.',
      `${temp('many.json')}: 52 problems (20 listed).`,
      '',
    ]);
    expect(json.code).toBe(1);
    expect(report.problems).toHaveLength(21);
    expect(report.problems[20]).toMatchObject({
      message: '… and 32 more like the above.',
      unlisted: 32,
    });
  });

  it('caps the problems of a table codebook as those of a JSON one', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `Code ${i + 1},teal`);
    await writeFile(temp('codes.csv'), ['name,color', ...rows].join('\n'));
    const result = await run('validate', temp('codes.csv'));
    const lines = result.out.split('\n');

    expect(result.code).toBe(1);
    expect(lines.filter((line) => line.includes('TABLE_COLOR_'))).toHaveLength(
      21,
    );
    expect(lines.slice(-4)).toEqual([
      `${temp('codes.csv')}: warning TABLE_COLOR_INVALID: … and 5 more like ` +
        'the above.',
      `${temp('codes.csv')}: info COLOR_ASSIGNED: 25 code(s) had no colour; ` +
        'each got one from the default palette.',
      `${temp('codes.csv')}: 25 problems (20 listed).`,
      '',
    ]);
  });

  it('matches GUIDs whatever their letter case, as in a .qdc', async () => {
    const data = await readStarter();
    for (const code of data.codebook.codes) {
      code.id = code.id.toUpperCase();
      code.parentId = code.parentId?.toUpperCase() ?? null;
    }
    await writeFile(temp('upper.json'), JSON.stringify(data));
    const result = await run('validate', temp('upper.json'));

    expect(result).toEqual({
      code: 0,
      out: `${temp('upper.json')}: valid codebook (52 codes, 2 sets).\n`,
      err: '',
    });
  });

  it('accepts colours in lower-case hex and writes them in upper case', async () => {
    const data = await readStarter();
    for (const code of data.codebook.codes) {
      code.color = code.color.toLowerCase();
    }
    await writeFile(temp('lower.json'), JSON.stringify(data));
    const result = await run('convert', temp('lower.json'), temp('out.json'));
    const written = await readCodebook(temp('out.json'));

    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(written.codes[0]?.color).toBe('#8C2D04');
  });

  it('exits 0 when the only notes are harmless repairs', async () => {
    const result = await run('validate', fixture('bom.qdc'), '--json');

    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      valid: true,
      codes: 1,
      sets: 0,
      problems: [
        {
          row: null,
          column: null,
          code: 'QDC_BOM_REMOVED',
          message: 'A byte-order mark before <?xml was removed.',
          severity: 'info',
        },
      ],
    });
  });

  it('reports row problems of a table as JSON', async () => {
    const result = await run('validate', fixture('bad-rows.csv'), '--json');
    const report = JSON.parse(result.out) as {
      valid: boolean;
      codes: number | null;
      problems: { row: number | null; code: string }[];
    };

    expect(result.code).toBe(1);
    expect(report.valid).toBe(false);
    expect(report.codes).toBeNull();
    expect(report.problems.map((p) => [p.row, p.code])).toContainEqual([
      4,
      'TABLE_PATH_INVALID',
    ]);
  });

  it('exits 2 for a file that is not XML or does not exist', async () => {
    const malformed = await run('validate', fixture('malformed.qdc'));
    const missing = await run('validate', temp('nowhere.qdc'));

    expect(malformed.code).toBe(2);
    expect(malformed.err).toContain(
      'error QDC_NOT_XML: The file is not well-formed XML',
    );
    expect(missing).toEqual({
      code: 2,
      out: '',
      err:
        `podscan: cannot read ${temp('nowhere.qdc')}: no such file; ` +
        'check the path\n',
    });
  });
});

describe('podscan codebook: files that hold no codebook', () => {
  it('says a text file named .xlsx is not a workbook, in plain words', async () => {
    await writeFile(temp('codes.xlsx'), 'name,description\nMeals,Food\n');
    const result = await run('validate', temp('codes.xlsx'));

    expect(result).toEqual({
      code: 2,
      out: '',
      err:
        `${temp('codes.xlsx')}: error XLSX_UNREADABLE: ${temp('codes.xlsx')} ` +
        'is not an Excel workbook (.xlsx). If it is a CSV or TSV file, ' +
        'rename it to .csv or .tsv and import it again.\n',
    });
  });

  it('says a zip archive named .xlsx holds no workbook', async () => {
    await writeFile(temp('codes.xlsx'), zipSync({ 'a.txt': strToU8('a') }));
    const result = await run('validate', temp('codes.xlsx'));

    expect(result).toEqual({
      code: 2,
      out: '',
      err:
        `${temp('codes.xlsx')}: error XLSX_UNREADABLE: ${temp('codes.xlsx')} ` +
        'is a zip archive but not an Excel workbook: there is no workbook ' +
        'inside. Open the table it should hold in Excel or another ' +
        'spreadsheet program, save it as .xlsx or CSV and import that ' +
        'file.\n',
    });
  });

  it('says an empty CSV holds no codebook, not no scan', async () => {
    await writeFile(temp('codes.csv'), '');
    const result = await run('convert', temp('codes.csv'), temp('out.json'));

    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `${temp('codes.csv')}: error FILE_EMPTY: The file is empty: it has ` +
        'no header row and no codes. Choose the file that holds the ' +
        'codebook.\n',
    );
    expect(await readdir(directory)).toEqual(['codes.csv']);
  });

  it('reads a workbook as the app does and says when its sheet is empty', async () => {
    await writeFile(temp('codes.xlsx'), await makeSheetWorkbook('Codes', []));
    const result = await run('validate', temp('codes.xlsx'));

    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `${temp('codes.xlsx')}: error TABLE_EMPTY: The first sheet ("Codes") ` +
        'is empty; put the codes on the first sheet, under a header row.\n',
    );
  });
});
