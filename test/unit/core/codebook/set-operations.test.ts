import { describe, expect, it } from 'vitest';
import {
  addCode,
  addCodeToSet,
  addSet,
  createCodebook,
  removeCodeFromSet,
  removeSet,
  updateSet,
  type Codebook,
  type CodebookContext,
} from '../../../../src/core/codebook';
import { codeId, guid, must, mustFail, testContext } from './support';

function twoCodes(context: CodebookContext): Codebook {
  let book = createCodebook(context);
  book = must(addCode(book, { name: 'Meals' }, context)).codebook;
  return must(addCode(book, { name: 'Tutors' }, context)).codebook;
}

describe('code sets', () => {
  it('adds a set with a GUID and lets a code belong to several sets', () => {
    const context = testContext();
    let book = twoCodes(context);
    book = must(
      addSet(book, { name: 'Equity', codeIds: [codeId(1)] }, context),
    ).codebook;
    const { codebook, set } = must(
      addSet(
        book,
        { name: 'Architecture of schooling', description: 'Who, where, when.' },
        context,
      ),
    );
    book = must(addCodeToSet(codebook, set.id, codeId(1), context));

    expect(book.sets).toEqual([
      { id: guid(3), name: 'Equity', description: '', codeIds: [codeId(1)] },
      {
        id: guid(4),
        name: 'Architecture of schooling',
        description: 'Who, where, when.',
        codeIds: [codeId(1)],
      },
    ]);
    expect(book.history.slice(-3).map((entry) => entry.detail.kind)).toEqual([
      'add_set',
      'add_set',
      'add_set_member',
    ]);
  });

  it('renames a set and records before and after', () => {
    const context = testContext();
    const { codebook, set } = must(
      addSet(twoCodes(context), { name: 'Equity' }, context),
    );
    const book = must(
      updateSet(codebook, set.id, { name: 'Equity and access' }, context),
    );

    expect(book.sets[0]?.name).toBe('Equity and access');
    expect(book.history.at(-1)?.detail).toEqual({
      kind: 'update_set',
      setId: set.id,
      changes: [
        { field: 'name', before: 'Equity', after: 'Equity and access' },
      ],
    });
  });

  it('refuses a second set with the same name, whatever the case', () => {
    const context = testContext();
    const { codebook } = must(
      addSet(twoCodes(context), { name: 'Equity' }, context),
    );

    expect(mustFail(addSet(codebook, { name: 'EQUITY' }, context)).code).toBe(
      'SET_NAME_DUPLICATE',
    );
  });

  it('removes members and sets without touching codes', () => {
    const context = testContext();
    const { codebook, set } = must(
      addSet(
        twoCodes(context),
        { name: 'Equity', codeIds: [codeId(1), codeId(2)] },
        context,
      ),
    );
    const fewer = must(removeCodeFromSet(codebook, set.id, codeId(1), context));
    const none = must(removeSet(fewer, set.id, context));

    expect(fewer.sets[0]?.codeIds).toEqual([codeId(2)]);
    expect(none.sets).toEqual([]);
    expect(none.codes).toHaveLength(2);
    expect(none.version).toBe(codebook.version + 2);
  });

  it('changes nothing when a member is added twice', () => {
    const context = testContext();
    const { codebook, set } = must(
      addSet(
        twoCodes(context),
        { name: 'Equity', codeIds: [codeId(1)] },
        context,
      ),
    );

    expect(must(addCodeToSet(codebook, set.id, codeId(1), context))).toBe(
      codebook,
    );
  });
});
