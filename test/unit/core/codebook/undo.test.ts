import { describe, expect, it } from 'vitest';
import {
  addCode,
  addSet,
  canUndoCodebookChange,
  createCodebook,
  deleteCode,
  mergeCodes,
  moveCode,
  reconstructCodebookVersions,
  undoCodebookChange,
  updateCode,
  type Codebook,
} from '../../../../src/core/codebook';
import { codeId, must, mustFail, testContext } from './support';

/** Meals (1), Devices (2), Transport (3); set Equity (4) = Meals, Devices. */
function threeCodes(): Codebook {
  const context = testContext('Setup');
  let book = createCodebook(context);
  for (const name of ['Meals', 'Devices', 'Transport']) {
    book = must(addCode(book, { name }, context)).codebook;
  }
  return must(
    addSet(book, { name: 'Equity', codeIds: [codeId(1), codeId(2)] }, context),
  ).codebook;
}

function lastChange(book: Codebook) {
  return book.history.at(-1)!;
}

describe('undoing codebook changes', () => {
  it('undoes an edit as a new version that edits the fields back', () => {
    const context = testContext();
    const before = threeCodes();
    const edited = must(
      updateCode(before, codeId(1), { definition: 'Food on site.' }, context),
    );

    const undone = must(
      undoCodebookChange(
        edited,
        { before, change: lastChange(edited) },
        context,
      ),
    );

    expect(undone.version).toBe(7);
    expect(undone.codes).toEqual(before.codes);
    expect(lastChange(undone)).toEqual({
      version: 7,
      at: '2021-03-01T09:01:00.000Z',
      actor: 'Ada Lead',
      detail: {
        kind: 'update_code',
        codeId: codeId(1),
        changes: [{ field: 'definition', before: 'Food on site.', after: '' }],
      },
    });
  });

  it('brings a deleted code back with its GUID, place and sets', () => {
    const context = testContext();
    const before = threeCodes();
    const deleted = must(deleteCode(before, codeId(1), () => false, context));

    const undone = must(
      undoCodebookChange(
        deleted,
        { before, change: lastChange(deleted) },
        context,
      ),
    );

    expect(undone.codes).toEqual(before.codes);
    expect(undone.sets).toEqual(before.sets);
    expect(lastChange(undone).detail).toEqual({
      kind: 'add_code',
      codeId: codeId(1),
      name: 'Meals',
      parentId: null,
    });
  });

  it('keeps the history rebuildable after undoing a move', () => {
    const context = testContext();
    const before = threeCodes();
    const moved = must(moveCode(before, codeId(3), codeId(1), 0, context));
    const undone = must(
      undoCodebookChange(moved, { before, change: lastChange(moved) }, context),
    );

    const rebuilt = reconstructCodebookVersions(undone).versions;

    expect(rebuilt.map((each) => each.codebook.version)).toEqual([
      7, 6, 5, 4, 3, 2, 1,
    ]);
    expect(rebuilt[1]!.codebook.codes).toEqual(moved.codes);
    expect(rebuilt[2]!.codebook.codes).toEqual(before.codes);
  });

  it('refuses to undo a merge, whose codings stay combined', () => {
    const context = testContext();
    const before = threeCodes();
    const merged = must(mergeCodes(before, codeId(2), codeId(1), context));

    expect(canUndoCodebookChange(lastChange(merged))).toBe(false);
    expect(canUndoCodebookChange(lastChange(before))).toBe(true);
    expect(
      mustFail(
        undoCodebookChange(
          merged,
          { before, change: lastChange(merged) },
          context,
        ),
      ).code,
    ).toBe('CODEBOOK_UNDO_UNSUPPORTED');
  });
});
