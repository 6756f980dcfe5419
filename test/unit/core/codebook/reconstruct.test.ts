import { describe, expect, it } from 'vitest';
import {
  addCode,
  addCodeToSet,
  addSet,
  createCodebook,
  deleteCode,
  mergeCodes,
  moveCode,
  reconstructCodebookVersions,
  removeCodeFromSet,
  removeSet,
  retireCode,
  revertLastChange,
  unretireCode,
  updateCode,
  updateSet,
  type Codebook,
  type CodebookContext,
} from '../../../../src/core/codebook';
import { asCodeSetId } from '../../../../src/core/codebook/types';
import { codeId, guid, must, testContext } from './support';

/** Applies each step in turn and keeps every version along the way. */
function buildVersions(
  context: CodebookContext,
  steps: readonly ((book: Codebook) => Codebook)[],
): Codebook[] {
  const versions = [createCodebook(context)];
  for (const step of steps) versions.push(step(versions.at(-1)!));
  return versions;
}

/** Set members in GUID order: a rebuild does not keep their order. */
function sortMembers(book: Codebook): Codebook {
  return {
    ...book,
    sets: book.sets.map((set) => ({
      ...set,
      codeIds: [...set.codeIds].sort(),
    })),
  };
}

function add(name: string, parent: number | null, context: CodebookContext) {
  return (book: Codebook) =>
    must(
      addCode(
        book,
        { name, parentId: parent === null ? null : codeId(parent) },
        context,
      ),
    ).codebook;
}

describe('rebuilding older codebook versions', () => {
  it('rebuilds every version exactly, back to the creation', () => {
    const context = testContext();
    const set = asCodeSetId(guid(4));
    const versions = buildVersions(context, [
      add('Supports', null, context),
      add('Meals', 1, context),
      add('Devices', null, context),
      (book) =>
        must(addSet(book, { name: 'Equity', codeIds: [codeId(2)] }, context))
          .codebook,
      (book) =>
        must(
          updateCode(
            book,
            codeId(2),
            { definition: 'Food served on site.', shortcut: 'm' },
            context,
          ),
        ),
      (book) => must(moveCode(book, codeId(3), codeId(1), 0, context)),
      (book) => must(retireCode(book, codeId(2), context)),
      (book) => must(addCodeToSet(book, set, codeId(3), context)),
      (book) => must(removeCodeFromSet(book, set, codeId(2), context)),
      (book) => must(updateSet(book, set, { name: 'Access' }, context)),
      (book) => must(unretireCode(book, codeId(2), context)),
      (book) => must(moveCode(book, codeId(3), null, 5, context)),
      (book) => must(removeSet(book, set, context)),
    ]);
    const current = versions.at(-1)!;

    const rebuilt = reconstructCodebookVersions(current);

    expect(rebuilt.stoppedAt).toEqual(current.history[0]);
    expect(rebuilt.versions.map((each) => each.isExact)).toEqual(
      versions.map(() => true),
    );
    expect(rebuilt.versions.map((each) => sortMembers(each.codebook))).toEqual(
      [...versions].reverse().map(sortMembers),
    );
  });

  it('stops at a merge, which the history cannot undo, and names it', () => {
    const context = testContext();
    const versions = buildVersions(context, [
      add('Meals', null, context),
      add('Food', null, context),
      (book) => must(mergeCodes(book, codeId(2), codeId(1), context)),
      (book) =>
        must(updateCode(book, codeId(1), { name: 'Meals and food' }, context)),
    ]);

    const rebuilt = reconstructCodebookVersions(versions[4]!);

    expect(rebuilt.versions.map((each) => each.codebook.version)).toEqual([
      5, 4,
    ]);
    expect(rebuilt.versions[1]!.codebook).toEqual(versions[3]);
    expect(rebuilt.stoppedAt?.version).toBe(4);
    expect(rebuilt.stoppedAt?.detail.kind).toBe('merge_codes');
  });

  it('brings a deleted code back in place but marks the result as not exact', () => {
    const context = testContext();
    const versions = buildVersions(context, [
      add('Meals', null, context),
      add('Devices', null, context),
      add('Transport', null, context),
      (book) =>
        must(addSet(book, { name: 'Equity', codeIds: [codeId(2)] }, context))
          .codebook,
      (book) => must(deleteCode(book, codeId(2), () => false, context)),
    ]);

    const rebuilt = reconstructCodebookVersions(versions[5]!);
    const beforeDeletion = rebuilt.versions[1]!;

    expect(beforeDeletion.isExact).toBe(false);
    expect(beforeDeletion.codebook.codes).toEqual(versions[4]!.codes);
    // The history does not say which sets held the deleted code.
    expect(beforeDeletion.codebook.sets[0]!.codeIds).toEqual([]);
    expect(versions[4]!.sets[0]!.codeIds).toEqual([codeId(2)]);
    expect(rebuilt.versions.map((each) => each.isExact)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuses to revert a history that does not match the codebook', () => {
    const context = testContext();
    const book = must(
      addCode(createCodebook(context), { name: 'Meals' }, context),
    ).codebook;

    expect(revertLastChange({ ...book, version: 7 })).toBeNull();
    expect(revertLastChange({ ...book, history: [] })).toBeNull();
  });
});
