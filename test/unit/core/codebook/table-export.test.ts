import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asCodeSetId,
  exportCodebookTable,
  importCodebookCsv,
  parseCodebookJson,
  type Code,
  type Codebook,
  type CodeSet,
  validateCodebook,
} from '../../../../src/core/codebook';
import { codeId, guid, must, mustFail, testContext } from './support';

const STARTER = join(
  import.meta.dirname,
  '../../../../resources/codebooks/starter.codebook.json',
);

function starter(): Codebook {
  return must(parseCodebookJson(readFileSync(STARTER, 'utf8'))).codebook;
}

function code(n: number, overrides: Partial<Code> = {}): Code {
  return {
    id: codeId(n),
    name: `Code ${n}`,
    parentId: null,
    definition: '',
    include: '',
    exclude: '',
    example: '',
    color: '#1F77B4',
    shortcut: null,
    isCodable: true,
    retired: false,
    order: 0,
    ...overrides,
  };
}

function set(n: number, name: string, codes: number[], description = '') {
  const codeIds = codes.map(codeId);
  return { id: asCodeSetId(guid(n)), name, description, codeIds } as CodeSet;
}

function book(codes: Code[], sets: CodeSet[] = []): Codebook {
  return { version: 3, codes, sets, aliases: {}, history: [] };
}

/** Writes the table and reads it back as a CSV file would be. */
function roundTrip(codebook: Codebook, delimiter: ',' | '\t' = ',') {
  const { text, warnings } = must(exportCodebookTable(codebook, { delimiter }));
  const read = must(
    importCodebookCsv(new TextEncoder().encode(text), testContext()),
  );
  return { text, warnings, ...read };
}

/**
 * Every character a table has to survive: quotes, commas, line breaks,
 * accents, `>` and backslashes in names, formula-like and blank texts.
 */
function trickyCodebook(): Codebook {
  return book(
    [
      code(1, {
        name: 'Access, cost & "fees"',
        isCodable: false,
        definition: 'Line one,\r\nline "two".',
        color: '#8C2D04',
      }),
      code(2, {
        name: 'Age > 65',
        parentId: codeId(1),
        definition: '=SUM(A1:A3)',
        include: '-5 degrees',
        exclude: "'=already quoted",
        example: '@home',
        shortcut: '=',
      }),
      code(4, {
        name: 'Ünïcödé\nnaïve café',
        parentId: codeId(2),
        include: '+1',
        shortcut: 'ø',
      }),
      code(3, {
        name: 'C:\\Temp\\',
        parentId: codeId(1),
        order: 1,
        definition: '  ',
        include: '\tTabbed',
        exclude: '\rCarriage',
        retired: true,
      }),
      code(5, { name: '\\>x>\\', order: 1, shortcut: '"' }),
    ],
    [
      set(11, 'Equity', [2, 4], 'Who is served.\nAnd how; "why".'),
      set(12, 'A;B', [3, 5]),
      set(13, 'equity', [5], '  '),
      set(14, guid(11), [2]),
      set(15, 'Empty', []),
    ],
  );
}

describe('codebook table export', () => {
  it('reads the starter codebook back with the same codes and sets, GUIDs included', () => {
    const codebook = starter();
    const { codebook: read, problems, warnings } = roundTrip(codebook);

    expect(warnings).toEqual([]);
    expect(problems).toEqual([]);
    expect(read.codes).toEqual(codebook.codes);
    expect(read.sets).toEqual(codebook.sets);
  });

  it('reads a TSV of the starter codebook back the same way', () => {
    const codebook = starter();
    const { codebook: read, text } = roundTrip(codebook, '\t');

    expect(text.split('\r\n')[0]).toBe(
      'kind\tguid\tpath\tname\tis_codable\tretired\tdefinition\tinclude\t' +
        'exclude\texample\tcolor\tshortcut\tsets\tdescription',
    );
    expect(read.codes).toEqual(codebook.codes);
    expect(read.sets).toEqual(codebook.sets);
  });

  it('writes one row per code in tree order, then one row per set', () => {
    const codebook = book(
      [
        code(1, { name: 'Supports', isCodable: false, color: '#393B79' }),
        code(2, {
          name: 'Meals',
          parentId: codeId(1),
          definition: 'Food is served.',
          shortcut: 'm',
        }),
      ],
      [set(9, 'Equity', [2], 'Who is served.')],
    );

    expect(must(exportCodebookTable(codebook)).text).toBe(
      'kind,guid,path,name,is_codable,retired,definition,include,exclude,' +
        'example,color,shortcut,sets,description\r\n' +
        `code,${guid(1)},Supports,,no,no,,,,,#393B79,,,\r\n` +
        `code,${guid(2)},Supports>Meals,,yes,no,Food is served.,,,,` +
        '#1F77B4,m,Equity,\r\n' +
        `set,${guid(9)},,Equity,,,,,,,,,,Who is served.`,
    );
  });

  it('escapes > and backslashes in paths and neutralises formula-like cells', () => {
    const rows = must(exportCodebookTable(trickyCodebook())).text;

    expect(rows).toContain(
      `code,${guid(2)},"Access, cost & ""fees"">Age \\> 65",,yes,no,` +
        `"'=SUM(A1:A3)","'-5 degrees","''=already quoted","'@home",` +
        `#1F77B4,"'=",Equity;${guid(14)},\r\n`,
    );
    expect(rows).toContain(
      `code,${guid(3)},"Access, cost & ""fees"">C:\\Temp\\\\",,yes,yes,` +
        `"  ","'\tTabbed","'\rCarriage",,#1F77B4,,${guid(12)},\r\n`,
    );
    expect(rows).toContain(
      `code,${guid(5)},\\\\\\>x\\>\\\\,,yes,no,,,,,#1F77B4,"""",` +
        `${guid(12)};${guid(13)},\r\n`,
    );
    expect(rows).toContain(
      `set,${guid(14)},,${guid(11)},,,,,,,,,,\r\n` +
        `set,${guid(15)},,Empty,,,,,,,,,,`,
    );
  });

  it('reads names with quotes, commas, line breaks, accents, > and backslashes back exactly', () => {
    const codebook = trickyCodebook();
    const { codebook: read, problems, warnings } = roundTrip(codebook);

    expect(warnings).toEqual([]);
    // Two sets called "Equity" and "equity" are allowed, with a warning.
    expect(problems).toEqual(validateCodebook(codebook));
    expect(problems.map((problem) => problem.code)).toEqual([
      'SET_NAME_DUPLICATE',
    ]);
    expect(read.codes).toEqual(codebook.codes);
    expect(read.sets).toEqual(codebook.sets);
  });

  it('gives back set members in tree order', () => {
    const codebook = book(
      [code(1, { name: 'First' }), code(2, { name: 'Second', order: 1 })],
      [set(9, 'Both', [2, 1])],
    );

    expect(roundTrip(codebook).codebook.sets[0]?.codeIds).toEqual([
      codeId(1),
      codeId(2),
    ]);
  });

  it('refuses sibling names that differ only in letter case or spaces', () => {
    const codebook = book([
      code(1, { name: 'Meals' }),
      code(2, { name: 'meals ', order: 1 }),
      code(3, { name: 'Meals', parentId: codeId(1) }),
    ]);

    expect(mustFail(exportCodebookTable(codebook))).toEqual([
      {
        row: null,
        column: null,
        code: 'TABLE_NAME_CLASH',
        message:
          'Codes "Meals" and "meals " have the same parent and names that ' +
          'differ only in letter case or spaces; a table tells codes apart ' +
          'by name, so rename one and export again.',
        severity: 'error',
        codeId: codeId(2),
      },
    ]);
  });

  it('refuses a codebook with blocking problems or a NUL character', () => {
    const codebook = book(
      [
        code(1, { color: 'red' }),
        code(2, { definition: 'a\u0000b', order: 1 }),
      ],
      [set(9, 'Broken \uD800', [])],
    );

    expect(
      mustFail(exportCodebookTable(codebook)).map((p) => [p.code, p.codeId]),
    ).toEqual([
      ['CODE_COLOR_INVALID', codeId(1)],
      ['TABLE_CHARACTER_INVALID', codeId(2)],
      ['TABLE_CHARACTER_INVALID', undefined],
    ]);
  });

  it('warns that names lose their edge spaces and aliases are not kept', () => {
    const codebook: Codebook = {
      ...book(
        [
          code(1, { name: ' Meals' }),
          code(2, { name: 'Cafe\u0301', order: 1 }),
        ],
        [set(9, 'Equity ', [1])],
      ),
      aliases: { [guid(7)]: codeId(1) },
    };
    const { warnings, codebook: read } = roundTrip(codebook);

    expect(warnings.map((w) => [w.code, w.severity])).toEqual([
      ['TABLE_NAME_CHANGED', 'warning'],
      ['TABLE_NAME_CHANGED', 'warning'],
      ['TABLE_SET_NAME_CHANGED', 'warning'],
      ['TABLE_ALIASES_NOT_KEPT', 'warning'],
    ]);
    expect(warnings[0]?.message).toBe(
      'Code " Meals": a table keeps no spaces around a name and stores ' +
        'accents in one standard form, so it will read back as "Meals".',
    );
    expect(read.codes.map((each) => each.name)).toEqual(['Meals', 'Café']);
    expect(read.sets.map((each) => [each.name, each.codeIds])).toEqual([
      ['Equity', [codeId(1)]],
    ]);
  });

  it('starts with a byte-order mark only when asked', () => {
    const codebook = book([code(1)]);

    expect(must(exportCodebookTable(codebook, { bom: true })).text).toMatch(
      /^\uFEFFkind,guid,/,
    );
    expect(must(exportCodebookTable(codebook)).text).toMatch(/^kind,guid,/);
  });
});
