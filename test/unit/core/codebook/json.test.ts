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
      '/codebook/codes/0/extra: is not an allowed property.',
      '/codebook/codes/1: lacks required property "color".',
      '/codebook/history/0/detail: does not match any of the allowed forms.',
    ]);
  });

  it('lists 20 schema problems and counts the rest', () => {
    const data = readAsData(serializeCodebookJson(busyCodebook()));
    const codes: unknown[] = Array.from({ length: 23 }, (_, index) => index);
    data.codebook.codes = codes as Record<string, unknown>[];

    const problems = mustFail(parseCodebookJson(JSON.stringify(data)));

    expect(problems).toHaveLength(21);
    expect(problems[0]?.message).toBe(
      '/codebook/codes/0: must be object (it is number).',
    );
    expect(problems[20]).toMatchObject({
      code: 'CODEBOOK_JSON_SCHEMA',
      message: '… and 3 more like the above.',
    });
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
