import type { CodeId } from '../model/ids';
import { fail, ok } from '../model/problem';
import { codeNotFound, codeProblem, commitChange } from './change';
import type { CodebookResult } from './code-operations';
import {
  findCode,
  listChildren,
  listDescendantIds,
  renumberSiblings,
} from './tree';
import type {
  Code,
  Codebook,
  CodebookContext,
  CodebookProblem,
  CodeSet,
} from './types';

/**
 * Merges code `fromId` into `intoId`: `from`'s children move under `into`,
 * its set memberships pass to `into`, and its GUID becomes an alias of
 * `into` so codings made with it count for `into` (see `remapCodeIds`).
 * Refuses merging into a grouping node, a retired code, or a code inside
 * `from`'s own branch.
 */
export function mergeCodes(
  codebook: Codebook,
  fromId: CodeId,
  intoId: CodeId,
  context: CodebookContext,
): CodebookResult {
  const from = findCode(codebook, fromId);
  if (from === undefined) return fail(codeNotFound(fromId));

  const into = findCode(codebook, intoId);
  if (into === undefined) return fail(codeNotFound(intoId));

  const refusal = checkMerge(codebook, from, into);
  if (refusal !== null) return fail(refusal);

  const aliases: Record<string, CodeId> = {};
  for (const [source, target] of Object.entries(codebook.aliases)) {
    aliases[source] = target === fromId ? intoId : target;
  }
  aliases[fromId] = intoId;

  return ok(
    commitChange(
      codebook,
      {
        codes: moveChildrenAndDrop(codebook.codes, from, into),
        sets: codebook.sets.map((set) => passMembership(set, fromId, intoId)),
        aliases,
      },
      { kind: 'merge_codes', intoId, merged: from },
      context,
    ),
  );
}

/**
 * The GUID a code is known by now: itself, or the code it was merged into.
 */
export function resolveCodeId(
  id: CodeId,
  aliases: Readonly<Record<string, CodeId>>,
): CodeId {
  let current = id;
  // Aliases are kept flat, but files from elsewhere may chain them; the
  // bound stops a malformed cycle.
  for (let step = 0; step < 64; step += 1) {
    const next = aliases[current];
    if (next === undefined || next === current) return current;

    current = next;
  }
  return current;
}

/**
 * resolveCodeId over `aliases`, as a function: `keepCodeId` when there
 * are no aliases, so mapping the codes of many codings looks nothing up
 * and callers can tell that nothing changes.
 */
export function createCodeIdResolver(
  aliases: Readonly<Record<string, CodeId>>,
): (id: CodeId) => CodeId {
  return Object.keys(aliases).length === 0
    ? keepCodeId
    : (id) => resolveCodeId(id, aliases);
}

/** The identity on code GUIDs: a mapping that changes nothing. */
export function keepCodeId(id: CodeId): CodeId {
  return id;
}

/**
 * Maps applied code GUIDs through the aliases of merged codes: the result
 * is sorted and without duplicates, as a coding stores them. Two codings
 * that used the two merged codes thus combine into one.
 */
export function remapCodeIds(
  codeIds: readonly CodeId[],
  aliases: Readonly<Record<string, CodeId>>,
): CodeId[] {
  const resolved = new Set(codeIds.map((id) => resolveCodeId(id, aliases)));
  return [...resolved].sort();
}

function checkMerge(
  codebook: Codebook,
  from: Code,
  into: Code,
): CodebookProblem | null {
  if (from.id === into.id) {
    return codeProblem(
      'CODE_MERGE_SELF',
      `"${from.name}" cannot be merged into itself; choose another code.`,
      from.id,
    );
  }
  if (listDescendantIds(codebook.codes, from.id).has(into.id)) {
    return codeProblem(
      'CODE_MERGE_INTO_DESCENDANT',
      `"${into.name}" is inside "${from.name}"; move it out of that ` +
        'branch first, then merge.',
      from.id,
    );
  }
  if (!into.isCodable && from.isCodable) {
    return codeProblem(
      'CODE_MERGE_INTO_GROUPING',
      `"${into.name}" is a grouping node and cannot hold codings; make it ` +
        'codable first or merge into a codable code.',
      into.id,
    );
  }
  if (into.retired) {
    return codeProblem(
      'CODE_MERGE_INTO_RETIRED',
      `"${into.name}" is retired; restore it first or merge into an active ` +
        'code.',
      into.id,
    );
  }
  return null;
}

function moveChildrenAndDrop(
  codes: readonly Code[],
  from: Code,
  into: Code,
): Code[] {
  const firstFree = listChildren(codes, into.id).length;
  const movedOrder = new Map(
    listChildren(codes, from.id).map((child, index) => [
      child.id,
      firstFree + index,
    ]),
  );
  const kept = codes
    .filter((code) => code.id !== from.id)
    .map((code) => {
      const order = movedOrder.get(code.id);
      return order === undefined ? code : { ...code, parentId: into.id, order };
    });
  return renumberSiblings(kept, from.parentId);
}

function passMembership(set: CodeSet, fromId: CodeId, intoId: CodeId): CodeSet {
  if (!set.codeIds.includes(fromId)) return set;

  const codeIds = set.codeIds.includes(intoId)
    ? set.codeIds.filter((id) => id !== fromId)
    : set.codeIds.map((id) => (id === fromId ? intoId : id));
  return { ...set, codeIds };
}
