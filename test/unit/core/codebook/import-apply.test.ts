import { describe, expect, it } from 'vitest';
import {
  addCode,
  addSet,
  appendCodebook,
  createCodebook,
  replaceCodebook,
  type Code,
  type Codebook,
} from '../../../../src/core/codebook';
import { asCodeSetId } from '../../../../src/core/codebook/types';
import type { CodeId } from '../../../../src/core/model/ids';
import { codeId, guid, must, mustFail, testContext } from './support';

/** Version 4: Meals (1), Devices (2, key v); set Equity (3) = Meals. */
function baseCodebook(aliases: Record<string, CodeId> = {}): Codebook {
  const context = testContext('Setup');
  let book = createCodebook(context);
  book = must(addCode(book, { name: 'Meals' }, context)).codebook;
  book = must(
    addCode(book, { name: 'Devices', shortcut: 'v' }, context),
  ).codebook;
  book = must(
    addSet(book, { name: 'Equity', codeIds: [codeId(1)] }, context),
  ).codebook;
  return { ...book, aliases };
}

/**
 * A file's codebook: Meals again (1) > Breakfast (50); Laptops (51, key
 * v); sets "equity" (60) = Laptops and Architecture (61) = Breakfast.
 */
function fileCodebook(): Codebook {
  return {
    version: 1,
    codes: [
      code(1, 'Meals (file)', null, 0),
      code(50, 'Breakfast', 1, 0),
      code(51, 'Laptops', null, 1, 'v'),
    ],
    sets: [set(60, 'equity', [51]), set(61, 'Architecture', [50])],
    aliases: {},
    history: [],
  };
}

describe('replacing a codebook with an imported one', () => {
  it('takes the file as the next version and keeps aliases that still lead somewhere', () => {
    const base = baseCodebook({
      [guid(70)]: codeId(1),
      [guid(71)]: codeId(2),
    });

    const next = must(
      replaceCodebook(base, fileCodebook(), 'qdc', () => false, testContext()),
    );

    expect(next.version).toBe(5);
    expect(next.codes.map((each) => each.name)).toEqual([
      'Meals (file)',
      'Breakfast',
      'Laptops',
    ]);
    expect(next.sets.map((each) => each.name)).toEqual([
      'equity',
      'Architecture',
    ]);
    expect(next.aliases).toEqual({ [guid(70)]: codeId(1) });
    expect(next.history.at(-1)).toEqual({
      version: 5,
      at: '2021-03-01T09:00:00.000Z',
      actor: 'Ada Lead',
      detail: { kind: 'import', format: 'qdc', codeCount: 3, setCount: 2 },
    });
  });

  it('refuses to drop a code that has codings, directly or through a merged GUID', () => {
    const used = (id: CodeId) => id === codeId(2);
    const viaAlias = (id: CodeId) => id === codeId(71);
    const base = baseCodebook({ [guid(71)]: codeId(2) });

    const problems = mustFail(
      replaceCodebook(base, fileCodebook(), 'qdc', used, testContext()),
    );

    expect(problems.map((each) => [each.code, each.codeId])).toEqual([
      ['CODEBOOK_IMPORT_DROPS_USED_CODE', codeId(2)],
    ]);
    expect(problems[0]!.message).toMatch(/^"Devices" has codings/);
    expect(
      mustFail(
        replaceCodebook(base, fileCodebook(), 'qdc', viaAlias, testContext()),
      ),
    ).toHaveLength(1);
  });
});

describe('adding an imported codebook to the current one', () => {
  it('adds new codes after the existing ones and keeps codes it already has', () => {
    const read = must(
      appendCodebook(baseCodebook(), fileCodebook(), 'table', testContext()),
    );
    const book = read.codebook;

    expect(
      book.codes.map((each) => [each.name, each.parentId, each.order]),
    ).toEqual([
      ['Meals', null, 0],
      ['Breakfast', codeId(1), 0],
      ['Devices', null, 1],
      ['Laptops', null, 2],
    ]);
    expect(book.codes.find((each) => each.name === 'Laptops')!.shortcut).toBe(
      null,
    );
    expect(read.problems.map((each) => [each.code, each.severity])).toEqual([
      ['CODE_ALREADY_PRESENT', 'info'],
      ['CODE_SHORTCUT_DROPPED', 'warning'],
    ]);
    expect(book.history.at(-1)!.detail).toEqual({
      kind: 'import',
      format: 'table',
      codeCount: 2,
      setCount: 1,
    });
  });

  it('adds members to a set of the same name and adds sets that are new', () => {
    const book = must(
      appendCodebook(baseCodebook(), fileCodebook(), 'table', testContext()),
    ).codebook;

    expect(book.sets.map((each) => [each.name, each.codeIds])).toEqual([
      ['Equity', [codeId(1), codeId(51)]],
      ['Architecture', [codeId(50)]],
    ]);
  });

  it('refuses a file that adds nothing new', () => {
    const base = baseCodebook();
    const again = { ...base, version: 1, history: [] };

    expect(
      mustFail(appendCodebook(base, again, 'qdc', testContext()))[0]!.code,
    ).toBe('CODEBOOK_IMPORT_NOTHING_NEW');
  });
});

function code(
  n: number,
  name: string,
  parent: number | null,
  order: number,
  shortcut: string | null = null,
): Code {
  return {
    id: codeId(n),
    name,
    parentId: parent === null ? null : codeId(parent),
    definition: '',
    include: '',
    exclude: '',
    example: '',
    color: '#2CA02C',
    shortcut,
    isCodable: true,
    retired: false,
    order,
  };
}

function set(n: number, name: string, members: readonly number[]) {
  return {
    id: asCodeSetId(guid(n)),
    name,
    description: '',
    codeIds: members.map(codeId),
  };
}
