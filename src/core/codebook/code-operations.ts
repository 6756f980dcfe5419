import { asCodeId, type CodeId } from '../model/ids';
import { fail, ok, type Result } from '../model/problem';
import { codeNotFound, codeProblem, commitChange } from './change';
import {
  listFieldChanges,
  normaliseCodePatch,
  type CodePatch,
} from './code-fields';
import { pickPaletteColor } from './fields';
import {
  findCode,
  listChildren,
  listDescendantIds,
  renumberSiblings,
} from './tree';
import type { Code, Codebook, CodebookContext, CodebookProblem } from './types';

export type CodebookResult = Result<Codebook, CodebookProblem>;

export type NewCode = CodePatch & {
  readonly name: string;
  readonly parentId?: CodeId | null;
  /** Position among the new siblings; default last. */
  readonly index?: number;
};

/**
 * Adds a code with a fresh GUID from `context.newId`. A code without a
 * colour gets the first unused palette colour. Returns the new codebook
 * and the code as stored.
 */
export function addCode(
  codebook: Codebook,
  input: NewCode,
  context: CodebookContext,
): Result<{ codebook: Codebook; code: Code }, CodebookProblem> {
  const parentId = input.parentId ?? null;
  if (parentId !== null && findCode(codebook, parentId) === undefined) {
    return fail(codeNotFound(parentId));
  }
  const patch = normaliseCodePatch(codebook.codes, null, input);
  if (!patch.ok) return patch;

  const siblings = listChildren(codebook.codes, parentId);
  const code: Code = {
    id: asCodeId(context.newId()),
    name: patch.value.name ?? input.name,
    parentId,
    definition: patch.value.definition ?? '',
    include: patch.value.include ?? '',
    exclude: patch.value.exclude ?? '',
    example: patch.value.example ?? '',
    color:
      patch.value.color ??
      pickPaletteColor(codebook.codes.map((each) => each.color)),
    shortcut: patch.value.shortcut ?? null,
    isCodable: patch.value.isCodable ?? true,
    retired: false,
    order: siblings.length,
  };
  const codes = placeAmongSiblings(
    [...codebook.codes, code],
    code,
    parentId,
    input.index ?? siblings.length,
  );
  const next = commitChange(
    codebook,
    { codes },
    { kind: 'add_code', codeId: code.id, name: code.name, parentId },
    context,
  );
  return ok({ codebook: next, code: findCode(next, code.id)! });
}

/**
 * Renames or edits a code's fields. Fields equal to the current values are
 * ignored; a patch that changes nothing returns the codebook unchanged.
 */
export function updateCode(
  codebook: Codebook,
  id: CodeId,
  patch: CodePatch,
  context: CodebookContext,
): CodebookResult {
  const code = findCode(codebook, id);
  if (code === undefined) return fail(codeNotFound(id));

  const normalised = normaliseCodePatch(codebook.codes, id, patch);
  if (!normalised.ok) return normalised;

  const changes = listFieldChanges(code, normalised.value);
  if (changes.length === 0) return ok(codebook);

  const codes = codebook.codes.map((each) =>
    each.id === id ? { ...each, ...normalised.value } : each,
  );
  return ok(
    commitChange(
      codebook,
      { codes },
      { kind: 'update_code', codeId: id, changes },
      context,
    ),
  );
}

/**
 * Moves a code (with its subtree) under `toParentId` (null = top level) at
 * position `toIndex` among its new siblings. Refuses to move a code below
 * itself or one of its descendants.
 */
export function moveCode(
  codebook: Codebook,
  id: CodeId,
  toParentId: CodeId | null,
  toIndex: number,
  context: CodebookContext,
): CodebookResult {
  const code = findCode(codebook, id);
  if (code === undefined) return fail(codeNotFound(id));

  if (toParentId !== null) {
    const parent = findCode(codebook, toParentId);
    if (parent === undefined) return fail(codeNotFound(toParentId));

    const isCycle =
      toParentId === id ||
      listDescendantIds(codebook.codes, id).has(toParentId);
    if (isCycle) return fail(cycleProblem(code, parent));
  }

  const moved = { ...code, parentId: toParentId };
  const others = codebook.codes.map((each) => (each.id === id ? moved : each));
  let codes = placeAmongSiblings(others, moved, toParentId, toIndex);
  codes = renumberSiblings(codes, code.parentId);
  const toOrder = findCode({ codes }, id)!.order;
  if (toParentId === code.parentId && toOrder === code.order) {
    return ok(codebook);
  }

  const detail = {
    kind: 'move_code',
    codeId: id,
    fromParentId: code.parentId,
    toParentId,
    fromOrder: code.order,
    toOrder,
  } as const;
  return ok(commitChange(codebook, { codes }, detail, context));
}

/** Hides a code from coding; its codings and history stay. */
export function retireCode(
  codebook: Codebook,
  id: CodeId,
  context: CodebookContext,
): CodebookResult {
  return setRetired(codebook, id, true, context);
}

/** Makes a retired code available for coding again. */
export function unretireCode(
  codebook: Codebook,
  id: CodeId,
  context: CodebookContext,
): CodebookResult {
  return setRetired(codebook, id, false, context);
}

/**
 * Deletes a code that was never used and has no children. `isUsed` tells
 * whether any coding applies a GUID; codings under a GUID merged into this
 * code count too. A used code must be merged or retired instead.
 */
export function deleteCode(
  codebook: Codebook,
  id: CodeId,
  isUsed: (codeId: CodeId) => boolean,
  context: CodebookContext,
): CodebookResult {
  const code = findCode(codebook, id);
  if (code === undefined) return fail(codeNotFound(id));

  const refusal = checkDeletable(codebook, code, isUsed);
  if (refusal !== null) return fail(refusal);

  const remaining = codebook.codes.filter((each) => each.id !== id);
  const aliases = Object.fromEntries(
    Object.entries(codebook.aliases).filter(([, target]) => target !== id),
  );
  const sets = codebook.sets.map((set) =>
    set.codeIds.includes(id)
      ? { ...set, codeIds: set.codeIds.filter((each) => each !== id) }
      : set,
  );
  return ok(
    commitChange(
      codebook,
      { codes: renumberSiblings(remaining, code.parentId), sets, aliases },
      { kind: 'delete_code', deleted: code },
      context,
    ),
  );
}

function checkDeletable(
  codebook: Codebook,
  code: Code,
  isUsed: (codeId: CodeId) => boolean,
): CodebookProblem | null {
  if (listChildren(codebook.codes, code.id).length > 0) {
    return codeProblem(
      'CODE_HAS_CHILDREN',
      `"${code.name}" has child codes; move or delete them first, or ` +
        'retire the code to hide it from coding.',
      code.id,
    );
  }
  const mergedIn = Object.keys(codebook.aliases).filter(
    (source) => codebook.aliases[source] === code.id,
  );
  if ([code.id, ...mergedIn.map(asCodeId)].some(isUsed)) {
    return codeProblem(
      'CODE_IN_USE',
      `"${code.name}" has codings, so deleting it would lose them; merge ` +
        'it into another code or retire it instead.',
      code.id,
    );
  }
  return null;
}

function setRetired(
  codebook: Codebook,
  id: CodeId,
  retired: boolean,
  context: CodebookContext,
): CodebookResult {
  const code = findCode(codebook, id);
  if (code === undefined) return fail(codeNotFound(id));

  if (code.retired === retired) return ok(codebook);

  const codes = codebook.codes.map((each) =>
    each.id === id ? { ...each, retired } : each,
  );
  const kind = retired ? 'retire_code' : 'unretire_code';
  return ok(commitChange(codebook, { codes }, { kind, codeId: id }, context));
}

/**
 * Puts `code` at `index` among the children of `parentId` (clamped to the
 * valid range) and renumbers those children.
 */
function placeAmongSiblings(
  codes: readonly Code[],
  code: Code,
  parentId: CodeId | null,
  index: number,
): Code[] {
  const others = listChildren(codes, parentId).filter(
    (each) => each.id !== code.id,
  );
  const wanted = Number.isFinite(index) ? Math.trunc(index) : others.length;
  const at = Math.max(0, Math.min(wanted, others.length));
  const ordered = [...others.slice(0, at), code, ...others.slice(at)];
  const orderOf = new Map(ordered.map((each, order) => [each.id, order]));
  return codes.map((each) => {
    const order = orderOf.get(each.id);
    return order === undefined || order === each.order
      ? each
      : { ...each, order };
  });
}

function cycleProblem(code: Code, parent: Code): CodebookProblem {
  return codeProblem(
    'CODE_MOVE_CYCLE',
    `"${code.name}" cannot go under "${parent.name}", which is inside it; ` +
      'choose a parent outside its branch.',
    code.id,
  );
}
