import type { CodeId } from '../model/ids';
import { fail, ok, type Result } from '../model/problem';
import { codeNotFound, codeProblem, commitChange } from './change';
import type { CodebookResult } from './code-operations';
import { findCode } from './tree';
import {
  asCodeSetId,
  type Codebook,
  type CodebookContext,
  type CodebookProblem,
  type CodeSet,
  type CodeSetId,
  type SetFieldChange,
} from './types';

export type NewCodeSet = {
  readonly name: string;
  readonly description?: string;
  readonly codeIds?: readonly CodeId[];
};

export type CodeSetPatch = {
  readonly name?: string;
  readonly description?: string;
};

/** Adds a set (theme) with a fresh GUID and optional first members. */
export function addSet(
  codebook: Codebook,
  input: NewCodeSet,
  context: CodebookContext,
): Result<{ codebook: Codebook; set: CodeSet }, CodebookProblem> {
  const name = checkSetName(codebook, null, input.name);
  if (!name.ok) return name;

  const codeIds = [...new Set(input.codeIds ?? [])];
  const missing = codeIds.find((id) => findCode(codebook, id) === undefined);
  if (missing !== undefined) return fail(codeNotFound(missing));

  const set: CodeSet = {
    id: asCodeSetId(context.newId()),
    name: name.value,
    description: input.description ?? '',
    codeIds,
  };
  const next = commitChange(
    codebook,
    { sets: [...codebook.sets, set] },
    { kind: 'add_set', setId: set.id, name: set.name, codeIds },
    context,
  );
  return ok({ codebook: next, set });
}

/** Renames a set or edits its description; no change, no new version. */
export function updateSet(
  codebook: Codebook,
  setId: CodeSetId,
  patch: CodeSetPatch,
  context: CodebookContext,
): CodebookResult {
  const set = codebook.sets.find((each) => each.id === setId);
  if (set === undefined) return fail(setNotFound(setId));

  const name =
    patch.name === undefined
      ? ok(set.name)
      : checkSetName(codebook, setId, patch.name);
  if (!name.ok) return name;

  const updated = { ...set, name: name.value, ...pickDescription(patch) };
  const changes = (['name', 'description'] as const).flatMap(
    (field): SetFieldChange[] =>
      set[field] === updated[field]
        ? []
        : [{ field, before: set[field], after: updated[field] }],
  );
  if (changes.length === 0) return ok(codebook);

  const sets = codebook.sets.map((each) =>
    each.id === setId ? updated : each,
  );
  return ok(
    commitChange(
      codebook,
      { sets },
      { kind: 'update_set', setId, changes },
      context,
    ),
  );
}

/** Removes a set; its codes stay in the codebook. */
export function removeSet(
  codebook: Codebook,
  setId: CodeSetId,
  context: CodebookContext,
): CodebookResult {
  const set = codebook.sets.find((each) => each.id === setId);
  if (set === undefined) return fail(setNotFound(setId));

  const sets = codebook.sets.filter((each) => each.id !== setId);
  return ok(
    commitChange(
      codebook,
      { sets },
      { kind: 'remove_set', removed: set },
      context,
    ),
  );
}

/** Makes a code a member of a set; already a member, nothing changes. */
export function addCodeToSet(
  codebook: Codebook,
  setId: CodeSetId,
  codeId: CodeId,
  context: CodebookContext,
): CodebookResult {
  const set = codebook.sets.find((each) => each.id === setId);
  if (set === undefined) return fail(setNotFound(setId));

  if (findCode(codebook, codeId) === undefined) {
    return fail(codeNotFound(codeId));
  }
  if (set.codeIds.includes(codeId)) return ok(codebook);

  const sets = codebook.sets.map((each) =>
    each.id === setId ? { ...each, codeIds: [...each.codeIds, codeId] } : each,
  );
  return ok(
    commitChange(
      codebook,
      { sets },
      { kind: 'add_set_member', setId, codeId },
      context,
    ),
  );
}

/** Takes a code out of a set; not a member, nothing changes. */
export function removeCodeFromSet(
  codebook: Codebook,
  setId: CodeSetId,
  codeId: CodeId,
  context: CodebookContext,
): CodebookResult {
  const set = codebook.sets.find((each) => each.id === setId);
  if (set === undefined) return fail(setNotFound(setId));

  if (!set.codeIds.includes(codeId)) return ok(codebook);

  const sets = codebook.sets.map((each) =>
    each.id === setId
      ? { ...each, codeIds: each.codeIds.filter((id) => id !== codeId) }
      : each,
  );
  return ok(
    commitChange(
      codebook,
      { sets },
      { kind: 'remove_set_member', setId, codeId },
      context,
    ),
  );
}

function checkSetName(
  codebook: Codebook,
  setId: CodeSetId | null,
  value: string,
): Result<string, CodebookProblem> {
  const name = value.trim();
  if (name === '') {
    return fail(codeProblem('SET_NAME_EMPTY', 'A set needs a name.'));
  }
  const clash = codebook.sets.find(
    (set) => set.id !== setId && set.name.toLowerCase() === name.toLowerCase(),
  );
  if (clash !== undefined) {
    return fail(
      codeProblem(
        'SET_NAME_DUPLICATE',
        `A set named "${clash.name}" already exists; choose another name.`,
      ),
    );
  }
  return ok(name);
}

function pickDescription(patch: CodeSetPatch): { description?: string } {
  return patch.description === undefined
    ? {}
    : { description: patch.description };
}

function setNotFound(setId: CodeSetId): CodebookProblem {
  return codeProblem(
    'SET_NOT_FOUND',
    `No set has the GUID ${setId}; reload the codebook and try again.`,
  );
}
