import {
  addCode,
  addCodeToSet,
  addSet,
  mergeCodes,
  moveCode,
  retireCode,
  unretireCode,
  updateCode,
  type CodePatch,
} from '../codebook';
import { listChildren } from '../codebook/tree';
import type {
  Code,
  Codebook,
  CodebookContext,
  CodeSet,
} from '../codebook/types';
import { EDITABLE_CODE_FIELDS } from '../codebook/types';
import type { Clock, CodeId } from '../model/ids';

/** Who a merge acts as, and its time source (for codebook history). */
export type MergeContext = {
  readonly actor: string;
  readonly clock: Clock;
};

/** A codebook after a step, with what had to give way. */
export type Applied = {
  readonly codebook: Codebook;
  /** Sentences for the log, e.g. a shortcut dropped because taken. */
  readonly notes: readonly string[];
};

/**
 * Adds the file's code under its own GUID (history: add_code, then
 * retire_code if the file retired it). A shortcut already taken in the
 * project is dropped and noted rather than failing the merge.
 */
export function addIncomingCode(
  codebook: Codebook,
  code: Code,
  parentId: CodeId | null,
  context: MergeContext,
): Applied {
  const notes: string[] = [];
  const input = {
    ...editableFields(code),
    parentId,
    index: clampIndex(codebook, parentId, code.order),
  };
  const withId = { ...context, newId: () => code.id };
  let added = addCode(codebook, input, withId);
  if (!added.ok && input.shortcut !== null) {
    notes.push(shortcutNote(code));
    added = addCode(codebook, { ...input, shortcut: null }, withId);
  }
  if (!added.ok) throw new Error(added.error.message);

  let next = added.value.codebook;
  if (code.retired) next = expect(retireCode(next, code.id, asOps(context)));
  return { codebook: next, notes };
}

/**
 * Makes the project's code `current` read as the file's `incoming`:
 * edited fields, parent and retired state, each as its own history entry.
 */
export function takeIncomingCode(
  codebook: Codebook,
  current: Code,
  incoming: Code,
  parentId: CodeId | null,
  context: MergeContext,
): Applied {
  const ops = asOps(context);
  const notes: string[] = [];
  const patch = changedFields(current, incoming);
  let updated = updateCode(codebook, current.id, patch, ops);
  if (!updated.ok && patch.shortcut !== undefined) {
    notes.push(shortcutNote(incoming));
    const { shortcut: _dropped, ...rest } = patch;
    updated = updateCode(codebook, current.id, rest, ops);
  }
  let next = updated.ok ? updated.value : codebook;
  if (!updated.ok) notes.push(updated.error.message);

  if (parentId !== current.parentId) {
    const index = clampIndex(next, parentId, incoming.order);
    const moved = moveCode(next, current.id, parentId, index, ops);
    if (moved.ok) next = moved.value;
    else notes.push(moved.error.message);
  }
  if (incoming.retired !== current.retired) {
    const change = incoming.retired ? retireCode : unretireCode;
    next = expect(change(next, current.id, ops));
  }
  return { codebook: next, notes };
}

/** Merges `fromId` into `intoId` as the file did; refusals are noted. */
export function takeIncomingMerge(
  codebook: Codebook,
  fromId: CodeId,
  intoId: CodeId,
  context: MergeContext,
): Applied {
  const merged = mergeCodes(codebook, fromId, intoId, asOps(context));
  return merged.ok
    ? { codebook: merged.value, notes: [] }
    : { codebook, notes: [merged.error.message] };
}

/** Adds the file's set under its own GUID with the members given. */
export function addIncomingSet(
  codebook: Codebook,
  set: CodeSet,
  codeIds: readonly CodeId[],
  context: MergeContext,
): Codebook {
  const withId = { ...context, newId: () => set.id };
  const input = { name: set.name, description: set.description, codeIds };
  return expect(addSet(codebook, input, withId)).codebook;
}

/** Adds codes to a project set, one history entry each. */
export function addSetMembers(
  codebook: Codebook,
  set: CodeSet,
  codeIds: readonly CodeId[],
  context: MergeContext,
): Codebook {
  let next = codebook;
  for (const codeId of codeIds) {
    next = expect(addCodeToSet(next, set.id, codeId, asOps(context)));
  }
  return next;
}

/** The editable fields on which `incoming` differs from `current`. */
export function changedFields(current: Code, incoming: Code): CodePatch {
  const patch: Record<string, unknown> = {};
  for (const field of EDITABLE_CODE_FIELDS) {
    if (current[field] !== incoming[field]) patch[field] = incoming[field];
  }
  return patch;
}

function editableFields(code: Code): CodePatch & { name: string } {
  return {
    name: code.name,
    definition: code.definition,
    include: code.include,
    exclude: code.exclude,
    example: code.example,
    color: code.color,
    shortcut: code.shortcut,
    isCodable: code.isCodable,
  };
}

function clampIndex(
  codebook: Codebook,
  parentId: CodeId | null,
  order: number,
): number {
  return Math.min(order, listChildren(codebook.codes, parentId).length);
}

/** Merge steps never create GUIDs of their own; a call would be a bug. */
function asOps(context: MergeContext): CodebookContext {
  return {
    ...context,
    newId: () => {
      throw new Error('a merge keeps the GUIDs it is given');
    },
  };
}

function shortcutNote(code: Code): string {
  return (
    `Shortcut "${code.shortcut ?? ''}" of "${code.name}" is taken in the ` +
    'project, so it was not copied.'
  );
}

/** Steps that cannot fail on a checked codebook; failure is a bug. */
function expect<T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
