import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getCodePath,
  importCodebookCsv,
  importCodebookTable,
  importQdcBytes,
} from '../../../../src/core/codebook';
import { guid, must, mustFail, testContext } from './support';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/codebook');
const bytes = (name: string) =>
  new Uint8Array(readFileSync(join(FIXTURES, name)));

describe('codebook import from a table', () => {
  it('builds the tree from A>B>C paths, creating grouping codes for ancestors', () => {
    const { codebook, problems } = must(
      importCodebookCsv(bytes('paths.csv'), testContext()),
    );

    expect(
      codebook.codes.map((code) => [
        getCodePath(codebook, code.id).join('>'),
        code.isCodable,
      ]),
    ).toEqual([
      ['Equity', false],
      ['Equity>Cost', false],
      ['Equity>Cost>Free to families', true],
      ['Equity>Cost>Fee charged', true],
      ['Architecture', false],
      ['Architecture>Who leads', false],
      ['Architecture>Who leads>Volunteers', true],
    ]);
    expect(codebook.codes[2]).toMatchObject({
      definition: 'Families pay nothing.',
      include: '"free", "no cost".',
      color: '#2CA02C',
      shortcut: '0',
    });
    expect(codebook.codes[3]?.definition).toBe(
      'Families pay a fee to take part.',
    );
    expect(codebook.sets.map((set) => [set.name, set.codeIds.length])).toEqual([
      ['Equity', 3],
      ['Architecture', 1],
    ]);
    expect(problems.map((problem) => [problem.code, problem.row])).toEqual([
      ['TABLE_GROUP_CREATED', 1],
      ['TABLE_GROUP_CREATED', 1],
      ['TABLE_GROUP_CREATED', 3],
      ['TABLE_GROUP_CREATED', 3],
      ['COLOR_ASSIGNED', null],
    ]);
  });

  it('resolves parents by name even when the parent row comes later', () => {
    const { codebook, problems } = must(
      importCodebookCsv(bytes('parent-names.csv'), testContext()),
    );

    expect(
      codebook.codes.map((code) => [code.name, code.isCodable, code.order]),
    ).toEqual([
      ['Staff', false, 0],
      ['Tutors', true, 0],
      ['Certified teachers', true, 1],
    ]);
    expect(codebook.codes[1]?.id).toBe('0f0e0d0c-0b0a-4909-8807-060504030201');
    expect(codebook.codes[1]?.parentId).toBe(codebook.codes[0]?.id);
    expect(problems.map((problem) => [problem.code, problem.row])).toEqual([
      ['GUID_BRACES_REMOVED', 1],
      ['COLOR_ASSIGNED', null],
    ]);
  });

  it('fails with every row problem listed by row', () => {
    const problems = mustFail(
      importCodebookCsv(bytes('bad-rows.csv'), testContext()),
    );

    expect(
      problems
        .filter((problem) => problem.severity !== 'info')
        .map((problem) => [problem.row, problem.code, problem.severity]),
    ).toEqual([
      [2, 'TABLE_CODE_DUPLICATE', 'error'],
      [3, 'TABLE_NAME_MISSING', 'error'],
      [4, 'TABLE_PATH_INVALID', 'error'],
      [5, 'TABLE_COLOR_INVALID', 'warning'],
      [5, 'TABLE_SHORTCUT_DROPPED', 'warning'],
    ]);
    expect(problems.find((problem) => problem.row === 2)?.message).toBe(
      '"Meals" is already defined with the same parent on row 1; merge the two rows or rename one.',
    );
  });

  it('prefers definition, include, exclude and example columns over the description', () => {
    const { codebook } = must(
      importCodebookTable(
        [
          ['Name', 'Description', 'Definition', 'Exclude', 'Colour', 'Retired'],
          [
            'Meals',
            'Definition: packed\n\nInclude: packed include',
            'Own definition',
            'Own exclude',
            '#abc',
            'yes',
          ],
        ],
        testContext(),
      ),
    );

    expect(codebook.codes[0]).toMatchObject({
      id: guid(1),
      definition: 'Own definition',
      include: 'packed include',
      exclude: 'Own exclude',
      color: '#AABBCC',
      retired: true,
    });
  });

  it('creates a parent no row defines, as a top-level grouping code', () => {
    const { codebook, problems } = must(
      importCodebookTable(
        [
          ['name', 'parent'],
          ['Meals', 'Supports'],
        ],
        testContext(),
      ),
    );

    expect(codebook.codes.map((code) => [code.name, code.isCodable])).toEqual([
      ['Supports', false],
      ['Meals', true],
    ]);
    expect(problems[0]).toMatchObject({ code: 'TABLE_PARENT_CREATED', row: 1 });
  });

  it('refuses a parent name that matches two codes', () => {
    const problems = mustFail(
      importCodebookTable(
        [
          ['path', 'name', 'parent'],
          ['A>Tutors', '', ''],
          ['B>Tutors', '', ''],
          ['', 'Peer tutors', 'Tutors'],
        ],
        testContext(),
      ),
    );

    expect(
      problems
        .filter((p) => p.severity === 'error')
        .map((p) => [p.row, p.code]),
    ).toEqual([[3, 'TABLE_PARENT_AMBIGUOUS']]);
  });

  it('refuses a table without a name or path column', () => {
    expect(
      mustFail(
        importCodebookTable(
          [
            ['label', 'notes'],
            ['Meals', ''],
          ],
          testContext(),
        ),
      ).map((problem) => problem.code),
    ).toEqual(['TABLE_NAME_COLUMN_MISSING']);
  });

  it('reads a backslash-escaped > in a path as part of a name', () => {
    const { codebook } = must(
      importCodebookTable(
        [
          ['path'],
          ['Ages\\>5 \\> 65>Under \\\\ over\\'],
          ['Ages\\>5 \\> 65>C:\\Temp\\\\>x'],
        ],
        testContext(),
      ),
    );

    expect(codebook.codes.map((code) => [code.name, code.parentId])).toEqual([
      ['Ages>5 > 65', null],
      ['Under \\ over\\', guid(1)],
      ['C:\\Temp\\', guid(1)],
      ['x', guid(3)],
    ]);
  });

  it('takes GUID, name and description of sets from set rows, keeping their order and empty sets', () => {
    const { codebook, problems } = must(
      importCodebookTable(
        [
          ['kind', 'guid', 'path', 'name', 'sets', 'description'],
          ['code', guid(90), 'Meals', '', 'Equity;' + guid(81), ''],
          ['', '', 'Devices', '', 'equity | Outreach', ''],
          ['set', guid(80), '', 'Equity', '', 'Who is served.\n'],
          ['SET', guid(81), '', 'A;B', '', ''],
          ['set', '', '', 'Unused', '', ''],
        ],
        testContext(),
      ),
    );

    expect(codebook.sets).toEqual([
      {
        id: guid(80),
        name: 'Equity',
        description: 'Who is served.\n',
        codeIds: [guid(90), guid(2)],
      },
      { id: guid(81), name: 'A;B', description: '', codeIds: [guid(90)] },
      { id: guid(1), name: 'Unused', description: '', codeIds: [] },
      { id: guid(3), name: 'Outreach', description: '', codeIds: [guid(2)] },
    ]);
    expect(codebook.codes.map((code) => code.name)).toEqual([
      'Meals',
      'Devices',
    ]);
    expect(problems.map((problem) => problem.code)).toEqual(['COLOR_ASSIGNED']);
  });

  it('refuses rows of an unknown kind and set rows without a name', () => {
    const problems = mustFail(
      importCodebookTable(
        [
          ['kind', 'name', 'description'],
          ['theme', 'Equity', ''],
          ['set', '', 'A set with no name.'],
          ['code', 'Meals', ''],
        ],
        testContext(),
      ),
    );

    expect(
      problems
        .filter((problem) => problem.severity === 'error')
        .map((problem) => [problem.row, problem.code, problem.message]),
    ).toEqual([
      [
        1,
        'TABLE_KIND_INVALID',
        '"theme" in the "kind" column is neither "code" nor "set"; write ' +
          'one of them, or leave it empty for a code.',
      ],
      [
        2,
        'TABLE_SET_NAME_MISSING',
        'The set row has no name; fill in "name", or delete the row.',
      ],
    ]);
  });

  it('removes the apostrophe a CSV export put before a formula-like cell', () => {
    const { codebook } = must(
      importCodebookTable(
        [
          ['name', 'definition', 'include', 'example', 'shortcut'],
          ["'=Sum", "'-5 degrees", "''=quoted", "'plain", "'+"],
        ],
        testContext(),
      ),
    );

    expect(codebook.codes[0]).toMatchObject({
      name: '=Sum',
      definition: '-5 degrees',
      include: "'=quoted",
      example: "'plain",
      shortcut: '+',
    });
  });

  it('keeps a text of spaces as written when no description fills it', () => {
    const { codebook } = must(
      importCodebookTable(
        [
          ['name', 'definition', 'include', 'description'],
          ['Meals', '  ', ' ', 'Include: packed include'],
        ],
        testContext(),
      ),
    );

    expect(codebook.codes[0]).toMatchObject({
      definition: '  ',
      include: 'packed include',
    });
  });
});

describe('codebook import of a file that holds no codebook', () => {
  it('asks for the codebook, not the scan, when the file is empty', () => {
    const problems = mustFail(
      importCodebookCsv(new TextEncoder().encode(' \n'), testContext()),
    );

    expect(problems).toEqual([
      {
        row: null,
        column: null,
        code: 'FILE_EMPTY',
        severity: 'error',
        message:
          'The file is empty: it has no header row and no codes. Choose ' +
          'the file that holds the codebook.',
      },
    ]);
  });

  it('names the codebook file types when the file is binary', () => {
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2]);
    const table = mustFail(importCodebookCsv(zip, testContext()));
    const qdc = mustFail(importQdcBytes(zip, testContext()));
    const message =
      'The file holds binary data, not text. Choose the file that holds ' +
      'the codebook: a .qdc file, or a .csv, .tsv or .xlsx table (an ' +
      'Excel workbook must end in .xlsx).';

    expect(table.map((p) => [p.code, p.message])).toEqual([
      ['FILE_NOT_TEXT', message],
    ]);
    expect([qdc.code, qdc.message]).toEqual(['FILE_NOT_TEXT', message]);
  });
});
