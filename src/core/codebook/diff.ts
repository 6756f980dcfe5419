import type { CodeId } from '../model/ids';
import { listFieldChanges } from './code-fields';
import { resolveCodeId } from './merge';
import { diffSets, type SetDiff } from './set-diff';
import { listChildren } from './tree';
import type { Code, Codebook, CodeFieldChange } from './types';

export type CodeRename = {
  readonly codeId: CodeId;
  readonly before: string;
  readonly after: string;
};

export type CodeFieldDiff = {
  readonly codeId: CodeId;
  /** The name in the newer codebook. */
  readonly name: string;
  /** Changed fields other than the name (renames are listed apart). */
  readonly changes: readonly CodeFieldChange[];
};

export type CodeMove = {
  readonly codeId: CodeId;
  readonly name: string;
  readonly fromParentId: CodeId | null;
  readonly toParentId: CodeId | null;
};

/** Children of one parent whose relative order changed. */
export type SiblingReorder = {
  readonly parentId: CodeId | null;
  readonly before: readonly CodeId[];
  readonly after: readonly CodeId[];
};

export type CodeMergeDiff = {
  readonly fromId: CodeId;
  readonly fromName: string;
  readonly intoId: CodeId;
};

export type CodebookDiff = {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly added: readonly Code[];
  /** Gone from the newer codebook without being merged. */
  readonly removed: readonly Code[];
  readonly merged: readonly CodeMergeDiff[];
  readonly renamed: readonly CodeRename[];
  readonly changed: readonly CodeFieldDiff[];
  readonly moved: readonly CodeMove[];
  readonly reordered: readonly SiblingReorder[];
  readonly retired: readonly CodeId[];
  readonly unretired: readonly CodeId[];
  readonly sets: SetDiff;
};

/**
 * What changed from codebook `older` to `newer`, matching codes by GUID:
 * codes added, removed, merged (their GUID is an alias in `newer`),
 * renamed, edited, moved to another parent, reordered among the same
 * siblings, retired or restored, and every set change.
 */
export function diffCodebooks(older: Codebook, newer: Codebook): CodebookDiff {
  const newById = new Map(newer.codes.map((code) => [code.id, code]));
  const oldIds = new Set(older.codes.map((code) => code.id));
  const gone = older.codes.filter((code) => !newById.has(code.id));
  const kept = older.codes.flatMap((code): CodePair[] => {
    const now = newById.get(code.id);
    return now === undefined ? [] : [[code, now]];
  });
  return {
    fromVersion: older.version,
    toVersion: newer.version,
    added: newer.codes.filter((code) => !oldIds.has(code.id)),
    removed: gone.filter((code) => newer.aliases[code.id] === undefined),
    merged: listMerges(gone, newer),
    renamed: kept.flatMap(([before, after]) =>
      before.name === after.name
        ? []
        : [{ codeId: after.id, before: before.name, after: after.name }],
    ),
    changed: kept.flatMap(diffFields),
    moved: kept.flatMap(([before, after]) =>
      before.parentId === after.parentId
        ? []
        : [
            {
              codeId: after.id,
              name: after.name,
              fromParentId: before.parentId,
              toParentId: after.parentId,
            },
          ],
    ),
    reordered: listReorders(older, newer),
    retired: kept.flatMap(([b, a]) => (!b.retired && a.retired ? [a.id] : [])),
    unretired: kept.flatMap(([b, a]) =>
      b.retired && !a.retired ? [a.id] : [],
    ),
    sets: diffSets(older.sets, newer.sets),
  };
}

/** True when the two codebooks differ in nothing `diffCodebooks` lists. */
export function isDiffEmpty(diff: CodebookDiff): boolean {
  const { fromVersion: _from, toVersion: _to, sets, ...codes } = diff;
  return (
    Object.values(codes).every((list) => list.length === 0) &&
    Object.values(sets).every((list) => list.length === 0)
  );
}

type CodePair = readonly [before: Code, after: Code];

function listMerges(gone: readonly Code[], newer: Codebook): CodeMergeDiff[] {
  return gone.flatMap((code) =>
    newer.aliases[code.id] === undefined
      ? []
      : [
          {
            fromId: code.id,
            fromName: code.name,
            intoId: resolveCodeId(code.id, newer.aliases),
          },
        ],
  );
}

/** Field changes other than the name, which `renamed` lists. */
function diffFields([before, after]: CodePair): CodeFieldDiff[] {
  const { name: _name, ...rest } = after;
  const changes = listFieldChanges(before, rest);
  return changes.length === 0
    ? []
    : [{ codeId: after.id, name: after.name, changes }];
}

/**
 * Compares, parent by parent, the order of the children both codebooks
 * place under that parent; moves in and out do not count as reordering.
 */
function listReorders(older: Codebook, newer: Codebook): SiblingReorder[] {
  const parentOf = (codes: readonly Code[]) =>
    new Map(codes.map((code) => [code.id, code.parentId]));
  const oldParents = parentOf(older.codes);
  const newParents = parentOf(newer.codes);
  const stayed = (code: Code): boolean =>
    newParents.has(code.id) &&
    newParents.get(code.id) === oldParents.get(code.id);
  const parents = new Set<CodeId | null>(
    older.codes.map((code) => code.parentId),
  );
  return [...parents].flatMap((parentId) => {
    const before = listChildren(older.codes, parentId).filter(stayed);
    const beforeIds = before.map((code) => code.id);
    const afterIds = listChildren(newer.codes, parentId)
      .filter((code) => beforeIds.includes(code.id))
      .map((code) => code.id);
    const isSame = beforeIds.every((id, index) => afterIds[index] === id);
    return isSame ? [] : [{ parentId, before: beforeIds, after: afterIds }];
  });
}
