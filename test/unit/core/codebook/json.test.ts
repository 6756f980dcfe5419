import { describe, expect, it } from 'vitest';
import {
  addCode,
  addCodeToSet,
  addSet,
  createCodebook,
  deleteCode,
  mergeCodes,
  moveCode,
  parseCodebookJson,
  removeCodeFromSet,
  removeSet,
  retireCode,
  serializeCodebookJson,
  unretireCode,
  updateCode,
  updateSet,
  type Codebook,
} from '../../../../src/core/codebook';
import { codeId, guid, must, mustFail, testContext } from './support';
import { asCodeSetId } from '../../../../src/core/codebook';

type LooseFile = {
  codebook: {
    codes: Record<string, unknown>[];
    sets: Record<string, unknown>[];
    aliases: Record<string, string>;
    history: { detail: unknown }[];
  };
};

const readAsData = (text: string) => JSON.parse(text) as LooseFile;

/** A codebook whose history holds an entry of every kind but import. */
function busyCodebook(): Codebook {
  const context = testContext();
  const setId = asCodeSetId(guid(5));
  let book = createCodebook(context);
  book = must(
    addCode(book, { name: 'Cost', isCodable: false }, context),
  ).codebook;
  book = must(
    addCode(book, { name: 'Free', parentId: codeId(1) }, context),
  ).codebook;
  book = must(
    addCode(book, { name: 'No fee', parentId: codeId(1) }, context),
  ).codebook;
  book = must(addCode(book, { name: 'Fee' }, context)).codebook;
  book = must(
    addSet(book, { name: 'Equity', codeIds: [codeId(2)] }, context),
  ).codebook;
  book = must(
    updateCode(
      book,
      codeId(2),
      { definition: 'Nothing to pay.', shortcut: '0' },
      context,
    ),
  );
  book = must(moveCode(book, codeId(4), codeId(1), 1, context));
  book = must(mergeCodes(book, codeId(3), codeId(2), context));
  book = must(retireCode(book, codeId(4), context));
  book = must(unretireCode(book, codeId(4), context));
  book = must(updateSet(book, setId, { description: 'Access.' }, context));
  book = must(addCodeToSet(book, setId, codeId(4), context));
  book = must(removeCodeFromSet(book, setId, codeId(4), context));
  book = must(addSet(book, { name: 'Spare' }, context)).codebook;
  book = must(removeSet(book, asCodeSetId(guid(6)), context));
  book = must(addCode(book, { name: 'Temporary' }, context)).codebook;
  return must(deleteCode(book, codeId(7), () => false, context));
}

/** Codes "Cost", "Free" and "Fee" (GUIDs 1–3), all at the top. */
function smallCodebook(): Codebook {
  const context = testContext();
  let book = createCodebook(context);
  for (const name of ['Cost', 'Free', 'Fee']) {
    book = must(addCode(book, { name }, context)).codebook;
  }
  return book;
}

describe('Podscan codebook JSON', () => {
  it('starts with the format and version and ends with a newline', () => {
    const text = serializeCodebookJson(busyCodebook());

    expect(
      text.startsWith('{\n  "format": "podscan-codebook",\n  "version": 1,\n'),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads back exactly what it wrote, history of every kind included', () => {
    const book = busyCodebook();
    const read = must(parseCodebookJson(serializeCodebookJson(book)));

    expect(read.codebook).toEqual(book);
    expect(read.problems).toEqual([]);
    expect(new Set(book.history.map((entry) => entry.detail.kind)).size).toBe(
      13,
    );
  });

  it('accepts a byte-order mark', () => {
    const text = `\uFEFF${serializeCodebookJson(busyCodebook())}`;

    expect(must(parseCodebookJson(text)).codebook.version).toBe(18);
  });

  it('names the place where the file breaks the schema', () => {
    const data = readAsData(serializeCodebookJson(busyCodebook()));
    delete data.codebook.codes[1]!.color;
    data.codebook.codes[0]!.extra = 1;
    data.codebook.history[0]!.detail = { kind: 'rename_everything' };

    expect(
      mustFail(parseCodebookJson(JSON.stringify(data))).map((p) => p.message),
    ).toEqual([
      '/codebook/codes/0/extra (code "Cost"): "extra" is not a property of ' +
        'a code; remove it or correct its spelling (a code has id, name, ' +
        'parentId, definition, include, exclude, example, color, ' +
        'shortcut, isCodable, retired, order).',
      '/codebook/codes/1 (code "Free") has no "color"; add it (a colour ' +
        'written #RRGGBB, e.g. #1F77B4).',
      '/codebook/history/0/detail: kind "rename_everything" is not a kind ' +
        'of change; use one of create, import, add_code, update_code, ' +
        'move_code, merge_codes, retire_code, unretire_code, delete_code, ' +
        'add_set, update_set, remove_set, add_set_member, remove_set_member.',
    ]);
  });

  it('names the fields of a change whose kind is right', () => {
    const data = readAsData(serializeCodebookJson(busyCodebook()));
    data.codebook.history[1]!.detail = { kind: 'retire_code' };

    expect(
      mustFail(parseCodebookJson(JSON.stringify(data))).map((p) => p.message),
    ).toEqual([
      '/codebook/history/1/detail: a change of kind "retire_code" has ' +
        'exactly the fields kind, codeId; check that each is there and of ' +
        'the right type.',
    ]);
  });

  it('lists 20 schema problems and counts the rest', () => {
    const data = readAsData(serializeCodebookJson(busyCodebook()));
    const codes: unknown[] = Array.from({ length: 23 }, (_, index) => index);
    data.codebook.codes = codes as Record<string, unknown>[];

    const problems = mustFail(parseCodebookJson(JSON.stringify(data)));

    expect(problems).toHaveLength(21);
    expect(problems[0]?.message).toBe(
      '/codebook/codes/0: expected a code (an object), not the number 0.',
    );
    expect(problems[20]).toMatchObject({
      code: 'CODEBOOK_JSON_SCHEMA',
      message: '… and 3 more like the above.',
      unlisted: 3,
    });
  });

  it('lists 20 problems of one code past the schema too', () => {
    const data = readAsData(serializeCodebookJson(smallCodebook()));
    const missing = Array.from({ length: 25 }, (_, index) => guid(100 + index));
    data.codebook.sets = [
      { id: guid(9), name: 'Equity', description: '', codeIds: missing },
    ];

    const problems = mustFail(parseCodebookJson(JSON.stringify(data)));

    expect(problems).toHaveLength(21);
    expect(problems[19]?.message).toBe(
      `Set "Equity" lists code ${guid(119)}, which does not exist.`,
    );
    expect(problems[20]).toEqual({
      row: null,
      column: null,
      code: 'SET_MEMBER_MISSING',
      message: '… and 5 more like the above.',
      severity: 'error',
      unlisted: 5,
    });
  });

  it('finds parents, set members and merged codes in any letter case', () => {
    const data = readAsData(serializeCodebookJson(smallCodebook()));
    const id = (n: number) => `abcdef0${n}-0000-4000-8000-00000000000${n}`;
    const [cost, free, fee] = data.codebook.codes;
    cost!.id = id(1).toUpperCase();
    free!.id = id(2).toUpperCase();
    free!.parentId = id(1);
    fee!.id = id(3);
    data.codebook.sets = [
      {
        id: guid(9),
        name: 'Equity',
        description: '',
        codeIds: [id(2), id(2).toUpperCase(), id(3).toUpperCase()],
      },
    ];
    data.codebook.aliases = { [guid(8)]: id(3).toUpperCase() };

    const { codebook, problems } = must(
      parseCodebookJson(JSON.stringify(data)),
    );

    expect(problems).toEqual([]);
    expect(codebook.codes.map((code) => [code.id, code.parentId])).toEqual([
      [id(1).toUpperCase(), null],
      [id(2).toUpperCase(), id(1).toUpperCase()],
      [id(3), null],
    ]);
    expect(codebook.sets[0]?.codeIds).toEqual([id(2).toUpperCase(), id(3)]);
    expect(codebook.aliases).toEqual({ [guid(8)]: id(3) });
  });

  it('reads a colour in lower-case hex as the upper case it stores', () => {
    const data = readAsData(serializeCodebookJson(smallCodebook()));
    data.codebook.codes[1]!.color = '#abcdef';

    const { codebook, problems } = must(
      parseCodebookJson(JSON.stringify(data)),
    );

    expect(problems).toEqual([]);
    expect(codebook.codes[1]?.color).toBe('#ABCDEF');
  });

  it('says what a GUID, a colour and a shortcut look like', () => {
    const data = readAsData(serializeCodebookJson(smallCodebook()));
    const [first, second] = data.codebook.codes;
    first!.id = 'meals';
    first!.color = 'red';
    second!.shortcut = 5;
    second!.isCodable = 'yes';
    (data.codebook as Record<string, unknown>).aliases = { old: guid(2) };

    expect(
      mustFail(parseCodebookJson(JSON.stringify(data))).map((p) => p.message),
    ).toEqual([
      '/codebook/codes/0/id (code "Cost"): "meals" is not a GUID; write ' +
        '8-4-4-4-12 hex digits, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301.',
      '/codebook/codes/0/color (code "Cost"): "red" is not a colour; ' +
        'write it as #RRGGBB, e.g. #1F77B4.',
      '/codebook/codes/1/shortcut (code "Free"): expected one lower-case ' +
        'key such as "a", or null for none, not the number 5.',
      '/codebook/codes/1/isCodable (code "Free"): expected true or false, ' +
        'not the text "yes".',
      '/codebook/aliases: key "old" is not a GUID; each alias maps the ' +
        'GUID of a code merged away to the GUID of the code it was merged ' +
        'into.',
    ]);
  });

  it('also reports cycles and reserved keys when the schema fails', () => {
    const data = readAsData(serializeCodebookJson(smallCodebook()));
    const [cost, free, fee] = data.codebook.codes;
    cost!.parentId = guid(2);
    free!.parentId = guid(1);
    free!.shortcut = 'j';
    fee!.parentId = guid(4);
    (data.codebook.history[0] as Record<string, unknown>).at = 3;

    expect(
      mustFail(parseCodebookJson(JSON.stringify(data))).map((p) => p.code),
    ).toEqual([
      'CODEBOOK_JSON_SCHEMA',
      'CODE_CYCLE',
      'CODE_CYCLE',
      'CODE_PARENT_MISSING',
      'CODE_SHORTCUT_RESERVED',
    ]);
  });

  it('does not call a code missing that the schema check left out', () => {
    const data = readAsData(serializeCodebookJson(smallCodebook()));
    const [cost, free] = data.codebook.codes;
    cost!.color = 'red';
    free!.parentId = guid(1);
    free!.shortcut = 'j';

    expect(
      mustFail(parseCodebookJson(JSON.stringify(data))).map((p) => p.code),
    ).toEqual(['CODEBOOK_JSON_SCHEMA', 'CODE_SHORTCUT_RESERVED']);
  });

  it('reports codebook problems the schema cannot see', () => {
    const data = readAsData(serializeCodebookJson(busyCodebook()));
    data.codebook.codes[1]!.shortcut = 'j';

    expect(
      mustFail(parseCodebookJson(JSON.stringify(data))).map((p) => p.code),
    ).toEqual(['CODE_SHORTCUT_RESERVED']);
  });

  it.each([
    ['{ "codes": [', 'CODEBOOK_JSON_INVALID'],
    ['{ "format": "podscan-project", "version": 1 }', 'CODEBOOK_JSON_FORMAT'],
    ['{ "format": "podscan-codebook", "version": 2 }', 'CODEBOOK_JSON_VERSION'],
    ['[]', 'CODEBOOK_JSON_FORMAT'],
  ])('refuses %s with %s', (text, code) => {
    expect(mustFail(parseCodebookJson(text)).map((p) => p.code)).toEqual([
      code,
    ]);
  });
});
