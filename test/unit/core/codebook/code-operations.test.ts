import { describe, expect, it } from 'vitest';
import {
  addCode,
  createCodebook,
  deleteCode,
  moveCode,
  retireCode,
  unretireCode,
  updateCode,
  listApplicableCodes,
  type Codebook,
  type CodebookContext,
} from '../../../../src/core/codebook';
import { codeId, must, mustFail, testContext } from './support';

/** Cost (1) > Free (2), Fee (3); Staff (4) > Teachers (5). */
function sampleCodebook(context: CodebookContext): Codebook {
  let book = createCodebook(context);
  const add = (name: string, parentId: number | null, isCodable = true) => {
    book = must(
      addCode(
        book,
        {
          name,
          parentId: parentId === null ? null : codeId(parentId),
          isCodable,
        },
        context,
      ),
    ).codebook;
  };
  add('Cost', null, false);
  add('Free', 1);
  add('Fee', 1);
  add('Staff', null, false);
  add('Teachers', 4);
  return book;
}

describe('codebook operations', () => {
  it('starts at version 1 with its creation on record', () => {
    const book = createCodebook(testContext());

    expect(book).toEqual({
      version: 1,
      codes: [],
      sets: [],
      aliases: {},
      history: [
        {
          version: 1,
          at: '2021-03-01T09:00:00.000Z',
          actor: 'Ada Lead',
          detail: { kind: 'create' },
        },
      ],
    });
  });

  it('adds a code with a fresh GUID, a palette colour and the next order', () => {
    const context = testContext();
    const { codebook, code } = must(
      addCode(createCodebook(context), { name: '  Free  ' }, context),
    );

    expect(code).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Free',
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
    });
    expect(codebook.version).toBe(2);
    expect(codebook.history.at(-1)).toEqual({
      version: 2,
      at: '2021-03-01T09:01:00.000Z',
      actor: 'Ada Lead',
      detail: {
        kind: 'add_code',
        codeId: code.id,
        name: 'Free',
        parentId: null,
      },
    });
  });

  it('bumps the version once per change and keeps every change in history', () => {
    const book = sampleCodebook(testContext());

    expect(book.version).toBe(6);
    expect(book.history.map((entry) => entry.version)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(book.codes.map((code) => code.name)).toEqual([
      'Cost',
      'Free',
      'Fee',
      'Staff',
      'Teachers',
    ]);
  });

  it('inserts a code at a given position among its siblings', () => {
    const context = testContext();
    const book = must(
      addCode(
        sampleCodebook(context),
        { name: 'Sliding scale', parentId: codeId(1), index: 1 },
        context,
      ),
    ).codebook;

    expect(
      book.codes
        .filter((code) => code.parentId === codeId(1))
        .map((code) => [code.name, code.order]),
    ).toEqual([
      ['Free', 0],
      ['Sliding scale', 1],
      ['Fee', 2],
    ]);
  });

  it('refuses a new code under a parent that does not exist', () => {
    const context = testContext();
    const error = mustFail(
      addCode(
        createCodebook(context),
        { name: 'X', parentId: codeId(99) },
        context,
      ),
    );

    expect(error.code).toBe('CODE_NOT_FOUND');
  });

  it('renames and edits fields, recording before and after', () => {
    const context = testContext();
    const book = must(
      updateCode(
        sampleCodebook(context),
        codeId(2),
        {
          name: 'Free to families',
          definition: 'No fee.',
          color: '#0a0',
          shortcut: 'Z',
        },
        context,
      ),
    );
    const code = book.codes.find((each) => each.id === codeId(2));

    expect(code).toMatchObject({
      name: 'Free to families',
      definition: 'No fee.',
      color: '#00AA00',
      shortcut: 'z',
    });
    expect(book.history.at(-1)?.detail).toEqual({
      kind: 'update_code',
      codeId: codeId(2),
      changes: [
        { field: 'name', before: 'Free', after: 'Free to families' },
        { field: 'definition', before: '', after: 'No fee.' },
        { field: 'color', before: '#FF7F0E', after: '#00AA00' },
        { field: 'shortcut', before: null, after: 'z' },
      ],
    });
  });

  it('leaves the codebook and its version alone when an edit changes nothing', () => {
    const context = testContext();
    const book = sampleCodebook(context);

    expect(must(updateCode(book, codeId(2), { name: 'Free' }, context))).toBe(
      book,
    );
  });

  it.each([
    [{ name: '   ' }, 'CODE_NAME_EMPTY'],
    [{ color: 'green' }, 'CODE_COLOR_INVALID'],
    [{ shortcut: 'ab' }, 'CODE_SHORTCUT_INVALID'],
    [{ shortcut: 'J' }, 'CODE_SHORTCUT_RESERVED'],
    [{ shortcut: '5' }, 'CODE_SHORTCUT_RESERVED'],
  ])('refuses the edit %j with %s', (patch, code) => {
    const context = testContext();
    const error = mustFail(
      updateCode(sampleCodebook(context), codeId(2), patch, context),
    );

    expect(error.code).toBe(code);
    expect(error.codeId).toBe(codeId(2));
  });

  it('refuses a shortcut another code already has', () => {
    const context = testContext();
    const book = must(
      updateCode(
        sampleCodebook(context),
        codeId(2),
        { shortcut: 'e' },
        context,
      ),
    );
    const error = mustFail(
      updateCode(book, codeId(3), { shortcut: 'E' }, context),
    );

    expect(error.code).toBe('CODE_SHORTCUT_DUPLICATE');
    expect(error.message).toBe(
      'The key "e" already belongs to "Free"; clear it there first or choose another key.',
    );
  });

  it('moves a code to another parent and renumbers both sibling lists', () => {
    const context = testContext();
    const book = must(
      moveCode(sampleCodebook(context), codeId(2), codeId(4), 0, context),
    );
    const place = (n: number) => {
      const code = book.codes.find((each) => each.id === codeId(n))!;
      return [code.name, code.parentId, code.order];
    };

    expect([place(2), place(3), place(5)]).toEqual([
      ['Free', codeId(4), 0],
      ['Fee', codeId(1), 0],
      ['Teachers', codeId(4), 1],
    ]);
    expect(book.codes.map((code) => code.name)).toEqual([
      'Cost',
      'Fee',
      'Staff',
      'Free',
      'Teachers',
    ]);
    expect(book.history.at(-1)?.detail).toEqual({
      kind: 'move_code',
      codeId: codeId(2),
      fromParentId: codeId(1),
      toParentId: codeId(4),
      fromOrder: 0,
      toOrder: 0,
    });
  });

  it('reorders a code among its siblings', () => {
    const context = testContext();
    const book = must(
      moveCode(sampleCodebook(context), codeId(3), codeId(1), 0, context),
    );

    expect(book.codes.map((code) => `${code.name}:${code.order}`)).toEqual([
      'Cost:0',
      'Fee:0',
      'Free:1',
      'Staff:1',
      'Teachers:0',
    ]);
  });

  it('refuses to move a code under itself or its own descendant', () => {
    const context = testContext();
    let book = sampleCodebook(context);
    book = must(
      addCode(book, { name: 'Deep', parentId: codeId(2) }, context),
    ).codebook;

    expect(
      mustFail(moveCode(book, codeId(1), codeId(1), 0, context)).code,
    ).toBe('CODE_MOVE_CYCLE');
    const error = mustFail(moveCode(book, codeId(1), codeId(6), 0, context));
    expect(error.code).toBe('CODE_MOVE_CYCLE');
    expect(error.message).toBe(
      '"Cost" cannot go under "Deep", which is inside it; choose a parent outside its branch.',
    );
  });

  it('retires a code: hidden from coding, kept in the codebook, and restorable', () => {
    const context = testContext();
    const retired = must(
      retireCode(sampleCodebook(context), codeId(1), context),
    );

    expect(retired.codes).toHaveLength(5);
    expect(listApplicableCodes(retired).map((code) => code.name)).toEqual([
      'Teachers',
    ]);
    expect(retired.history.at(-1)?.detail).toEqual({
      kind: 'retire_code',
      codeId: codeId(1),
    });

    const restored = must(unretireCode(retired, codeId(1), context));
    expect(listApplicableCodes(restored).map((code) => code.name)).toEqual([
      'Free',
      'Fee',
      'Teachers',
    ]);
    expect(restored.version).toBe(retired.version + 1);
  });

  it('refuses to delete a code with codings and says to merge or retire', () => {
    const context = testContext();
    const error = mustFail(
      deleteCode(
        sampleCodebook(context),
        codeId(2),
        (id) => id === codeId(2),
        context,
      ),
    );

    expect(error).toEqual({
      row: null,
      column: null,
      code: 'CODE_IN_USE',
      message:
        '"Free" has codings, so deleting it would lose them; merge it into another code or retire it instead.',
      severity: 'error',
      codeId: codeId(2),
    });
  });

  it('refuses to delete a code with children', () => {
    const context = testContext();
    const error = mustFail(
      deleteCode(sampleCodebook(context), codeId(1), () => false, context),
    );

    expect(error.code).toBe('CODE_HAS_CHILDREN');
  });

  it('deletes an unused leaf and renumbers its siblings', () => {
    const context = testContext();
    const book = must(
      deleteCode(sampleCodebook(context), codeId(2), () => false, context),
    );

    expect(book.codes.map((code) => `${code.name}:${code.order}`)).toEqual([
      'Cost:0',
      'Fee:0',
      'Staff:1',
      'Teachers:0',
    ]);
    expect(book.history.at(-1)?.detail).toMatchObject({
      kind: 'delete_code',
      deleted: { id: codeId(2), name: 'Free' },
    });
  });
});
