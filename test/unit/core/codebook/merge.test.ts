import { describe, expect, it } from 'vitest';
import {
  addCode,
  addSet,
  createCodebook,
  deleteCode,
  mergeCodes,
  remapCodeIds,
  resolveCodeId,
  retireCode,
  validateCodebook,
  type Codebook,
  type CodebookContext,
} from '../../../../src/core/codebook';
import { codeId, must, mustFail, testContext } from './support';

/** Supports (1) > Meals (2), Food (3) > Snacks (4); Devices (5). */
function sampleCodebook(context: CodebookContext): Codebook {
  let book = createCodebook(context);
  const add = (name: string, parentId: number | null) => {
    book = must(
      addCode(
        book,
        { name, parentId: parentId === null ? null : codeId(parentId) },
        context,
      ),
    ).codebook;
  };
  add('Supports', null);
  add('Meals', 1);
  add('Food', 1);
  add('Snacks', 3);
  add('Devices', 1);
  return must(
    addSet(book, { name: 'Equity', codeIds: [codeId(3), codeId(5)] }, context),
  ).codebook;
}

describe('merging codes', () => {
  it('removes the merged code, remembers its GUID as an alias and moves its children', () => {
    const context = testContext();
    const book = must(
      mergeCodes(sampleCodebook(context), codeId(3), codeId(2), context),
    );

    expect(book.codes.map((code) => `${code.name}:${code.order}`)).toEqual([
      'Supports:0',
      'Meals:0',
      'Snacks:0',
      'Devices:1',
    ]);
    expect(book.codes.find((code) => code.id === codeId(4))?.parentId).toBe(
      codeId(2),
    );
    expect(book.aliases).toEqual({ [codeId(3)]: codeId(2) });
    expect(book.sets[0]?.codeIds).toEqual([codeId(2), codeId(5)]);
    expect(book.history.at(-1)?.detail).toMatchObject({
      kind: 'merge_codes',
      intoId: codeId(2),
      merged: { id: codeId(3), name: 'Food' },
    });
    expect(validateCodebook(book)).toEqual([]);
  });

  it('keeps aliases flat when a code that absorbed another is merged in turn', () => {
    const context = testContext();
    let book = must(
      mergeCodes(sampleCodebook(context), codeId(3), codeId(2), context),
    );
    book = must(mergeCodes(book, codeId(2), codeId(5), context));

    expect(book.aliases).toEqual({
      [codeId(3)]: codeId(5),
      [codeId(2)]: codeId(5),
    });
  });

  it('combines codings made with both codes into one sorted list', () => {
    const aliases = { [codeId(3)]: codeId(2) };

    expect(remapCodeIds([codeId(5), codeId(3), codeId(2)], aliases)).toEqual([
      codeId(2),
      codeId(5),
    ]);
    expect(remapCodeIds([], aliases)).toEqual([]);
  });

  it('follows a chain of aliases written by another tool and stops on a cycle', () => {
    const chain = { [codeId(1)]: codeId(2), [codeId(2)]: codeId(3) };
    const loop = { [codeId(1)]: codeId(2), [codeId(2)]: codeId(1) };

    expect(resolveCodeId(codeId(1), chain)).toBe(codeId(3));
    expect(resolveCodeId(codeId(9), chain)).toBe(codeId(9));
    expect([codeId(1), codeId(2)]).toContain(resolveCodeId(codeId(1), loop));
  });

  it.each([
    [3, 3, 'CODE_MERGE_SELF'],
    [1, 4, 'CODE_MERGE_INTO_DESCENDANT'],
    [9, 2, 'CODE_NOT_FOUND'],
  ])('refuses merging %i into %i (%s)', (from, into, problem) => {
    const context = testContext();
    const error = mustFail(
      mergeCodes(sampleCodebook(context), codeId(from), codeId(into), context),
    );

    expect(error.code).toBe(problem);
  });

  it('refuses merging a codable code into a grouping node', () => {
    const context = testContext();
    let book = createCodebook(context);
    book = must(
      addCode(book, { name: 'Group', isCodable: false }, context),
    ).codebook;
    book = must(addCode(book, { name: 'Leaf' }, context)).codebook;

    expect(mustFail(mergeCodes(book, codeId(2), codeId(1), context)).code).toBe(
      'CODE_MERGE_INTO_GROUPING',
    );
  });

  it('refuses merging into a retired code', () => {
    const context = testContext();
    const book = must(retireCode(sampleCodebook(context), codeId(5), context));

    expect(mustFail(mergeCodes(book, codeId(2), codeId(5), context)).code).toBe(
      'CODE_MERGE_INTO_RETIRED',
    );
  });

  it('treats codings under a merged-away GUID as codings of the survivor when deleting', () => {
    const context = testContext();
    const merged = must(
      mergeCodes(sampleCodebook(context), codeId(4), codeId(5), context),
    );
    const used = new Set([codeId(4)]);

    expect(
      mustFail(deleteCode(merged, codeId(5), (id) => used.has(id), context))
        .code,
    ).toBe('CODE_IN_USE');

    const deleted = must(deleteCode(merged, codeId(5), () => false, context));
    expect(deleted.aliases).toEqual({});
    expect(deleted.sets[0]?.codeIds).toEqual([codeId(3)]);
  });
});
