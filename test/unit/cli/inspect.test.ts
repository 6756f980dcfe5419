import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured, type Run } from './run-captured';
import type { CodedFileReport } from '../../../src/cli/commands/inspect-coded';
import { writeCodedFile } from '../../../src/core/exchange';
import { makeScanWorkbook } from '../../fixtures/scan/workbooks';
import { makeSnapshot, T2 } from '../core/exchange/snapshot-builder';

const FIXTURES = join(import.meta.dirname, '../../fixtures/scan');

function run(
  args: readonly string[],
  files: Readonly<Record<string, Uint8Array>> = {},
): Promise<Run> {
  return runCaptured(['inspect', ...args], {
    readBytes: async (path) =>
      files[path] ?? new Uint8Array(await readFile(join(FIXTURES, path))),
    writeAtomic: () => Promise.reject(new Error('no writes expected')),
  });
}

async function runJson(
  args: readonly string[],
  files: Readonly<Record<string, Uint8Array>> = {},
): Promise<unknown> {
  const result = await run([...args, '--json'], files);
  expect(result.err).toBe('');
  return JSON.parse(result.out) as unknown;
}

describe('podscan inspect --json', () => {
  it('prints exactly the fields of the contract', async () => {
    expect(await runJson(['crlf.csv'])).toEqual({
      encoding: 'utf-8',
      bom: false,
      delimiter: ',',
      lineEnding: '\r\n',
      columns: [
        { key: 'id', label: 'id' },
        { key: 'name', label: 'name' },
      ],
      rowCount: 2,
      problems: [],
    });
  });

  it('adds the rows keyed by column with --rows', async () => {
    const report = await runJson(['ragged.csv', '--rows']);

    expect(report).toMatchObject({
      columns: [
        { key: 'id', label: 'id' },
        { key: 'name', label: 'name' },
        { key: 'city', label: 'city' },
        { key: '_overflow', label: '(surplus fields)' },
      ],
      rowCount: 4,
      rows: [
        { id: '1', name: 'Ann', city: '', _overflow: '' },
        { id: '2', name: 'Bo', city: 'Oslo', _overflow: 'extra,"more, text"' },
        { id: '3', name: 'Cy', city: 'Rome', _overflow: '' },
        { id: '4', name: 'Di', city: 'Pisa', _overflow: '' },
      ],
    });
  });

  it('lists problems with row, column, code and message only', async () => {
    const report = (await runJson(['ragged.csv'])) as {
      problems: Record<string, unknown>[];
    };

    expect(report.problems[1]).toEqual({
      row: 1,
      column: 'city',
      code: 'CSV_ROW_TOO_SHORT',
      message:
        'Row 1 has 2 of 3 fields; the missing ones were left empty. Check ' +
        'the row for a lost delimiter or line break.',
    });
    expect(report.problems.map((problem) => problem.code)).toEqual([
      'CSV_TRAILING_EMPTY_FIELDS',
      'CSV_ROW_TOO_SHORT',
      'CSV_ROW_TOO_LONG',
    ]);
  });

  it('reports the encoding of a UTF-16 file with its BOM', async () => {
    expect(await runJson(['utf16be-bom.csv'])).toMatchObject({
      encoding: 'utf-16be',
      bom: true,
      lineEnding: '\r\n',
      rowCount: 2,
    });
  });

  it('reads with the encoding and delimiter given', async () => {
    const report = await runJson([
      'tab.tsv',
      '--encoding',
      'WINDOWS-1252',
      '--delimiter',
      'tab',
      '--rows',
    ]);

    expect(report).toMatchObject({
      encoding: 'windows-1252',
      delimiter: '\t',
      rows: [
        { id: '1', name: 'Ann', note: 'a, b; c' },
        { id: '2', name: 'Bo', note: '|' },
      ],
    });
  });
});

describe('podscan inspect exit codes', () => {
  it('exits 0 for a clean file', async () => {
    expect((await run(['crlf.csv', '--json'])).code).toBe(0);
  });

  it('exits 0 when only notes were reported', async () => {
    const result = await run(['blank-lines.csv', '--json']);

    expect(result.code).toBe(0);
    expect(result.out).toContain('CSV_BLANK_LINES_SKIPPED');
  });

  it('exits 1 when the file has problems', async () => {
    expect((await run(['ragged.csv', '--json'])).code).toBe(1);
    expect((await run(['windows-1252.csv', '--json'])).code).toBe(1);
  });

  it('exits 1 for an empty file, with the problem in the report', async () => {
    const result = await run(['empty.csv', '--json']);

    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toMatchObject({
      columns: [],
      rowCount: 0,
      problems: [{ row: null, column: null, code: 'FILE_EMPTY' }],
    });
  });

  it('exits 2 for a file that cannot be read', async () => {
    const result = await run(['no-such-file.csv']);

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(
      'podscan: cannot read no-such-file.csv: no such file; check the path\n',
    );
  });

  it('names a folder given instead of a file (exit 2)', async () => {
    const result = await run(['../scan']);

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(
      'podscan: ../scan is a folder, not a file; give a scan (.csv, .tsv ' +
        'or .xlsx) or a coded file (.podscan.json)\n',
    );
  });

  it('says when it may not read a file (exit 2)', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), {
      code: 'EACCES',
    });
    const { code, err } = await runCaptured(['inspect', 'locked.csv'], {
      readBytes: () => Promise.reject(denied),
    });

    expect(code).toBe(2);
    expect(err).toBe(
      'podscan: cannot read locked.csv: permission denied; check that you ' +
        'may read it, or copy it somewhere you can\n',
    );
  });

  it('exits 2 for an unknown encoding or delimiter', async () => {
    const encoding = await run(['crlf.csv', '--encoding', 'latin9']);
    const delimiter = await run(['crlf.csv', '--delimiter', '::']);

    expect([encoding.code, delimiter.code]).toEqual([2, 2]);
    expect(encoding.err).toBe(
      'podscan: unknown encoding "latin9": use utf-8, utf-16le, utf-16be, ' +
        'windows-1252\n',
    );
    expect(delimiter.err).toBe(
      'podscan: unknown delimiter "::": use , ; | or tab\n',
    );
  });

  it('exits 2 without a file', async () => {
    expect((await run([])).code).toBe(2);
  });

  it('reports a file that is not text, or not in the encoding given, and exits 2', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0, 0,
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x69, 0, 0x64, 0, 0x0a, 0]);
    const files = { 'logo.csv': png, 'utf16.csv': utf16 };

    const binary = await run(['logo.csv', '--json'], files);
    const misread = await run(
      ['utf16.csv', '--encoding', 'utf-8', '--json'],
      files,
    );

    expect(binary.code).toBe(2);
    expect(JSON.parse(binary.out)).toMatchObject({
      rowCount: 0,
      problems: [{ code: 'FILE_NOT_TEXT' }],
    });
    expect(misread.code).toBe(2);
    expect(JSON.parse(misread.out)).toMatchObject({
      encoding: 'utf-8',
      problems: [{ code: 'ENCODING_CHOICE_DIFFERS' }],
    });
  });
});

describe('podscan inspect without --json', () => {
  it('prints a readable summary with every problem', async () => {
    const result = await run(['ragged.csv']);

    expect(result.code).toBe(1);
    expect(result.out).toBe(
      [
        'ragged.csv',
        '  encoding     utf-8',
        '  delimiter    a comma',
        '  line ending  LF',
        '  rows         4',
        '  columns      4',
        '    id  "id"  number',
        '    name  "name"  text',
        '    city  "city"  text',
        '    _overflow  "(surplus fields)"  text',
        '  problems     0 errors, 2 warnings, 1 note',
        '    info CSV_TRAILING_EMPTY_FIELDS: 1 row ends with empty fields ' +
          'beyond the last column (first: row 3); they held nothing and ' +
          'were left out.',
        '    warning CSV_ROW_TOO_SHORT (row 1, city): Row 1 has 2 of 3 ' +
          'fields; the missing ones were left empty. Check the row for a ' +
          'lost delimiter or line break.',
        '    warning CSV_ROW_TOO_LONG (row 2, _overflow): Row 2 has 5 fields ' +
          'but the header has 3; the surplus fields were kept in the ' +
          '"_overflow" column. Check the row for an unquoted delimiter.',
        '',
      ].join('\n'),
    );
  });

  it('prints the rows as JSON lines with --rows', async () => {
    const result = await run(['crlf.csv', '--rows']);

    expect(result.out).toContain(
      '  problems     none\n  1  {"id":"1","name":"Ann"}\n' +
        '  2  {"id":"2","name":"Bo"}\n',
    );
  });
});

describe('podscan inspect of an .xlsx workbook', () => {
  it('reads the sheet given as the import does, naming every sheet', async () => {
    const files = { 'pods.xlsx': await makeScanWorkbook() };
    const result = await run(
      ['pods.xlsx', '--sheet', 'Pods', '--json', '--rows'],
      files,
    );

    expect(result.code).toBe(1);
    expect(result.err).toBe('');
    expect(JSON.parse(result.out)).toEqual({
      encoding: 'utf-8',
      bom: false,
      delimiter: ',',
      lineEnding: '\n',
      columns: [
        { key: 'id', label: 'ID' },
        { key: 'name', label: 'Name' },
        { key: 'opened', label: 'Opened' },
        { key: 'share', label: 'Share' },
        { key: '_overflow', label: '(surplus fields)' },
      ],
      rowCount: 2,
      problems: [
        {
          row: null,
          column: null,
          code: 'CSV_BLANK_LINES_SKIPPED',
          message:
            '1 blank or delimiter-only line was skipped: 1 before row 2.',
        },
        {
          row: 2,
          column: '_overflow',
          code: 'CSV_ROW_TOO_LONG',
          message:
            'Row 2 has 5 fields but the header has 4; the surplus fields ' +
            'were kept in the "_overflow" column. Check the row for an ' +
            'unquoted delimiter.',
        },
      ],
      sheet: 'Pods',
      sheets: ['Read me', 'Pods'],
      rows: [
        {
          id: 'P-1',
          name: 'Eastside YMCA Hub',
          opened: '2020-11-02',
          share: '25%',
          _overflow: '',
        },
        {
          id: 'P-2',
          name: 'Parks & Rec Pod',
          opened: '2021-03-15',
          share: '50%',
          _overflow: 'x',
        },
      ],
    });
  });

  it('reads the first sheet by default and names the sheets', async () => {
    const files = { 'pods.xlsx': await makeScanWorkbook() };
    const result = await run(['pods.xlsx'], files);

    expect(result.code).toBe(0);
    expect(result.out).toBe(
      [
        'pods.xlsx',
        '  sheet        "Read me" (sheets: "Read me", "Pods")',
        '  rows         0',
        '  columns      1',
        '    pods_are_on_the_next_sheet  "Pods are on the next sheet."  text',
        '  problems     none',
        '',
      ].join('\n'),
    );
  });

  it('names the sheets when the one asked for is missing (exit 2)', async () => {
    const files = { 'pods.xlsx': await makeScanWorkbook() };
    const result = await run(['pods.xlsx', '--sheet', 'Scan'], files);

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(
      'podscan: pods.xlsx has no sheet "Scan"; its sheets are "Read me", ' +
        '"Pods".\n',
    );
  });

  it('refuses a text file named .xlsx as the import does (exit 2)', async () => {
    const result = await run(['renamed-text.xlsx', '--json']);

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(
      'podscan: renamed-text.xlsx is not an Excel workbook (.xlsx). If it ' +
        'is a CSV or TSV file, rename it to .csv or .tsv and import it ' +
        'again.\n',
    );
  });

  it('reads a workbook saved under a .csv name as a workbook', async () => {
    const files = { 'pods.csv': await makeScanWorkbook() };
    const report = await runJson(['pods.csv', '--sheet', 'Pods'], files);

    expect(report).toMatchObject({ sheet: 'Pods', rowCount: 2 });
  });

  it('refuses options that do not fit the file (exit 2)', async () => {
    const files = { 'pods.xlsx': await makeScanWorkbook() };
    const sheet = await run(['crlf.csv', '--sheet', 'Pods']);
    const encoding = await run(['pods.xlsx', '--encoding', 'utf-8'], files);

    expect([sheet.code, encoding.code]).toEqual([2, 2]);
    expect(sheet.err).toBe(
      'podscan: --sheet applies to an .xlsx workbook only\n',
    );
    expect(encoding.err).toBe(
      'podscan: --encoding and --delimiter apply to CSV or TSV files, not ' +
        'to an .xlsx workbook\n',
    );
  });
});

function codedFile(edit?: (file: Record<string, unknown>) => void) {
  const written = writeCodedFile(makeSnapshot(), {
    exportedAt: T2,
    exportedBy: 'Ana',
  });
  if (!written.ok) throw new Error(JSON.stringify(written.error));
  if (edit === undefined) return new TextEncoder().encode(written.value);

  const file = JSON.parse(written.value) as Record<string, unknown>;
  edit(file);
  return new TextEncoder().encode(JSON.stringify(file));
}

describe('podscan inspect of a coded file', () => {
  it('describes the project and says it passes the checks', async () => {
    const files = { 'pods.podscan.json': codedFile() };
    const result = await run(['pods.podscan.json'], files);

    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toBe(
      [
        'pods.podscan.json',
        '  format       Podscan coded file',
        '  project      "Pods scan" (project-1)',
        `  exported     ${T2} by Ana`,
        '  records      3',
        '  coders       3 (Ana, Ben, Lead)',
        '  codebook     5 codes',
        '  codings      4',
        '  checks       passed',
        '',
      ].join('\n'),
    );
  });

  it('knows a coded file by its content under another name', async () => {
    const files = { 'pods.json': codedFile() };
    const result = await run(['pods.json', '--json'], files);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      format: 'podscan-coded-file',
      accepted: true,
      project: { id: 'project-1', name: 'Pods scan' },
      exportedAt: T2,
      exportedBy: 'Ana',
      coders: ['Ana', 'Ben', 'Lead'],
      recordCount: 3,
      codeCount: 5,
      codingCount: 4,
      problemCount: 0,
      problems: [],
    });
  });

  it('lists why a changed file is refused, naming what it holds', async () => {
    const changed = codedFile((file) => {
      const records = file.records as { fields: Record<string, string> }[];
      records[1]!.fields.name = 'Parks and Rec Pod';
    });
    const result = await run(['changed.json'], { 'changed.json': changed });

    expect(result.code).toBe(2);
    expect(result.err).toBe('');
    expect(result.out).toContain('  project      "Pods scan" (project-1)\n');
    expect(result.out).toContain(
      '  checks       refused (2 problems); Podscan will not open or merge ' +
        'it\n' +
        "    error CODED_FILE_CHECKSUM (/checksum): The file's checksum does " +
        'not match its content',
    );
    expect(result.out).toContain(
      '    error CODED_FILE_RECORD_HASH (/records/1): Record "P-2"',
    );
  });

  it('counts every problem but lists 20 of one kind', async () => {
    const broken = codedFile((file) => {
      file.records = Array.from({ length: 25 }, (_, index) => index);
      delete file.coders;
    });
    const files = { 'broken.json': broken };
    const text = await run(['broken.json'], files);
    const json = await run(['broken.json', '--json'], files);
    const report = JSON.parse(json.out) as CodedFileReport;
    const schema = report.problems.filter(
      (problem) => problem.code === 'CODED_FILE_SCHEMA',
    );

    expect([text.code, json.code]).toEqual([2, 2]);
    expect(report.coders).toBeNull();
    expect(report.recordCount).toBe(25);
    // 25 records that are not objects, and no coders: 26 in all.
    expect(report.problemCount).toBe(26);
    expect(schema).toHaveLength(21);
    expect(schema[20]).toEqual({
      severity: 'error',
      code: 'CODED_FILE_SCHEMA',
      path: '',
      message: '… and 6 more like the above.',
      unlisted: 6,
    });
    expect(text.out).not.toContain('  coders ');
    expect(text.out).toContain(
      '  checks       refused (26 problems, 20 of them listed); Podscan ' +
        'will not open or merge it\n',
    );
  });

  it('says what to do about a checksum in upper case', async () => {
    const upper = codedFile((file) => {
      file.checksum = String(file.checksum).toUpperCase();
    });
    const result = await run(['upper.json', '--json'], { 'upper.json': upper });

    expect(result.code).toBe(2);
    expect(JSON.parse(result.out)).toMatchObject({
      accepted: false,
      recordCount: 3,
      problems: [
        {
          severity: 'error',
          code: 'CODED_FILE_SCHEMA',
          path: '/checksum',
          message:
            '/checksum is written with upper-case hex digits, but hashes ' +
            'in a coded file must be 64 lower-case hex digits (0-9, a-f). ' +
            'Have the tool that wrote this file write its hashes in lower ' +
            'case, then export the file again.',
        },
      ],
    });
  });

  it('reports a cut-off file named .podscan.json as refused', async () => {
    const cut = codedFile().slice(0, 200);
    const result = await run(['cut.podscan.json', '--json'], {
      'cut.podscan.json': cut,
    });

    expect(result.code).toBe(2);
    expect(JSON.parse(result.out)).toMatchObject({
      accepted: false,
      project: null,
      recordCount: null,
      problems: [{ code: 'CODED_FILE_TRUNCATED', path: '' }],
    });
  });

  it('does not call a .podscan.json that holds none a coded file', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const files = {
      'a.podscan.json': encode('[]'),
      'b.podscan.json': encode('{}'),
      'c.podscan.json': encode('null'),
    };
    const texts = await Promise.all(
      Object.keys(files).map((name) => run([name], files)),
    );
    const json = await run(['b.podscan.json', '--json'], files);

    expect(texts.map((result) => result.out.split('\n')[1])).toEqual([
      '  format       not a Podscan coded file',
      '  format       not a Podscan coded file',
      '  format       not a Podscan coded file',
    ]);
    expect([...texts, json].map((result) => result.code)).toEqual([2, 2, 2, 2]);
    expect(JSON.parse(json.out)).toMatchObject({
      format: null,
      accepted: false,
      problems: [{ code: 'CODED_FILE_FORMAT', path: '/format' }],
    });
  });

  it('still calls a damaged coded file one', async () => {
    const files = { 'cut.podscan.json': codedFile().slice(0, 200) };
    const result = await run(['cut.podscan.json'], files);

    expect(result.out.split('\n')[1]).toBe('  format       Podscan coded file');
  });

  it('refuses other JSON named .json, saying what it reads (exit 2)', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const files = {
      'other.json': encode('{"a":1}'),
      'list.json': encode('[1,2]\n'),
      'codes.json': encode('{"format":"podscan-codebook","version":1}'),
    };
    const results = await Promise.all(
      Object.keys(files).map((name) => run([name], files)),
    );

    expect(results.map((result) => [result.code, result.out])).toEqual([
      [2, ''],
      [2, ''],
      [2, ''],
    ]);
    expect(results.map((result) => result.err)).toEqual([
      'podscan: other.json is JSON but neither a Podscan coded file nor a ' +
        'scan table; inspect reads scans (CSV, TSV or .xlsx) and coded ' +
        'files (.podscan.json, with "format": "podscan-coded-file")\n',
      'podscan: list.json is JSON but neither a Podscan coded file nor a ' +
        'scan table; inspect reads scans (CSV, TSV or .xlsx) and coded ' +
        'files (.podscan.json, with "format": "podscan-coded-file")\n',
      'podscan: codes.json is a Podscan codebook file, not a scan or a ' +
        'coded file; check it with podscan codebook validate codes.json\n',
    ]);
  });

  it('reads a text table named .json as a scan', async () => {
    const files = { 'pods.json': new TextEncoder().encode('id,name\n1,A\n') };
    const report = await runJson(['pods.json'], files);

    expect(report).toMatchObject({ rowCount: 1, problems: [] });
  });

  it('reads other JSON as a scan, as the import does', async () => {
    const files = { 'notes.csv': new TextEncoder().encode('{"format":1}\n') };
    const report = await runJson(['notes.csv'], files);

    expect(report).toMatchObject({ rowCount: 0, delimiter: ',' });
  });

  it('refuses options only a scan takes (exit 2)', async () => {
    const files = { 'pods.podscan.json': codedFile() };
    const result = await run(
      ['pods.podscan.json', '--rows', '--encoding', 'utf-8'],
      files,
    );

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(
      'podscan: --encoding, --rows apply to a scan, not to a coded file; ' +
        'leave them out\n',
    );
  });
});
