import { describe, expect, it } from 'vitest';
import {
  addCode,
  addCodeToSet,
  addSet,
  createCodebook,
  deleteCode,
  diffCodebooks,
  isDiffEmpty,
  mergeCodes,
  moveCode,
  retireCode,
  updateCode,
  updateSet,
  type Codebook,
  type CodebookContext,
} from '../../../../src/core/codebook';
import { codeId, guid, must, testContext } from './support';
import { asCodeSetId } from '../../../../src/core/codebook';

/** A (1) > B (2), C (3), D (4); E (5); set Equity (6) = {B}. */
function base(context: CodebookContext): Codebook {
  let book = createCodebook(context);
  for (const [name, parent] of [
    ['A', null],
    ['B', 1],
    ['C', 1],
    ['D', 1],
    ['E', null],
  ] as const) {
    const parentId = parent === null ? null : codeId(parent);
    book = must(addCode(book, { name, parentId }, context)).codebook;
  }
  return must(addSet(book, { name: 'Equity', codeIds: [codeId(2)] }, context))
    .codebook;
}

describe('diffCodebooks', () => {
  it('finds no difference between a version and itself', () => {
    const book = base(testContext());
    const diff = diffCodebooks(book, book);

    expect(isDiffEmpty(diff)).toBe(true);
    expect(diff.fromVersion).toBe(7);
  });

  it('lists every kind of change between two versions', () => {
    const context = testContext();
    const older = base(context);
    let newer = must(
      updateCode(older, codeId(2), { name: 'B2', definition: 'def' }, context),
    );
    newer = must(moveCode(newer, codeId(4), codeId(5), 0, context));
    newer = must(moveCode(newer, codeId(3), codeId(1), 0, context));
    newer = must(retireCode(newer, codeId(5), context));
    newer = must(mergeCodes(newer, codeId(3), codeId(2), context));
    newer = must(addCode(newer, { name: 'F' }, context)).codebook;
    newer = must(
      updateSet(
        newer,
        asCodeSetId(guid(6)),
        { name: 'Equity & access' },
        context,
      ),
    );
    newer = must(addCodeToSet(newer, asCodeSetId(guid(6)), codeId(5), context));
    newer = must(addSet(newer, { name: 'Staffing' }, context)).codebook;

    const diff = diffCodebooks(older, newer);

    expect(diff.added.map((code) => code.name)).toEqual(['F']);
    expect(diff.removed).toEqual([]);
    expect(diff.merged).toEqual([
      { fromId: codeId(3), fromName: 'C', intoId: codeId(2) },
    ]);
    expect(diff.renamed).toEqual([
      { codeId: codeId(2), before: 'B', after: 'B2' },
    ]);
    expect(diff.changed).toEqual([
      {
        codeId: codeId(2),
        name: 'B2',
        changes: [{ field: 'definition', before: '', after: 'def' }],
      },
    ]);
    expect(diff.moved).toEqual([
      {
        codeId: codeId(4),
        name: 'D',
        fromParentId: codeId(1),
        toParentId: codeId(5),
      },
    ]);
    expect(diff.reordered).toEqual([]);
    expect(diff.retired).toEqual([codeId(5)]);
    expect(diff.unretired).toEqual([]);
    expect(diff.sets.added.map((set) => set.name)).toEqual(['Staffing']);
    expect(diff.sets.renamed).toEqual([
      { setId: guid(6), before: 'Equity', after: 'Equity & access' },
    ]);
    expect(diff.sets.membersAdded).toEqual([
      { setId: guid(6), name: 'Equity & access', codeIds: [codeId(5)] },
    ]);
    expect(diff.sets.membersRemoved).toEqual([]);
  });

  it('reports a reorder among siblings once, not as a move of every sibling', () => {
    const context = testContext();
    const older = base(context);
    const newer = must(moveCode(older, codeId(4), codeId(1), 0, context));

    const diff = diffCodebooks(older, newer);

    expect(diff.moved).toEqual([]);
    expect(diff.reordered).toEqual([
      {
        parentId: codeId(1),
        before: [codeId(2), codeId(3), codeId(4)],
        after: [codeId(4), codeId(2), codeId(3)],
      },
    ]);
  });

  it('tells a deleted code from a merged one and lists removed set members', () => {
    const context = testContext();
    const older = base(context);
    const newer = must(deleteCode(older, codeId(2), () => false, context));

    const diff = diffCodebooks(older, newer);

    expect(diff.removed.map((code) => code.name)).toEqual(['B']);
    expect(diff.merged).toEqual([]);
    expect(diff.sets.membersRemoved).toEqual([
      { setId: guid(6), name: 'Equity', codeIds: [codeId(2)] },
    ]);
    expect(isDiffEmpty(diff)).toBe(false);
  });
});
