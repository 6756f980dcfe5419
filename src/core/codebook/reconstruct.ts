import type { CodeId } from '../model/ids';
import { findCode, listChildren, renumberSiblings } from './tree';
import { sortCodesInTreeOrder } from './tree';
import type {
  Code,
  Codebook,
  CodebookChange,
  CodeFieldChange,
  CodeSet,
} from './types';

/**
 * An older version rebuilt from the history of a newer one. A code taken
 * out of a set comes back as the set's last member: the history does not
 * keep the order of members, which nothing but the display depends on.
 */
export type RebuiltVersion = {
  readonly codebook: Codebook;
  /**
   * False when a change between this version and the current one could
   * only be undone in part (a deletion: the history does not say which
   * sets held the deleted code), so set memberships may differ.
   */
  readonly isExact: boolean;
};

export type CodebookVersions = {
  /** Newest first: the current codebook, then each older version rebuilt. */
  readonly versions: readonly RebuiltVersion[];
  /**
   * The change the rebuild stopped at (a merge or an import, whose
   * earlier state the history does not hold), or null when every version
   * back to the first was rebuilt.
   */
  readonly stoppedAt: CodebookChange | null;
};

/**
 * Rebuilds the older versions of a codebook by undoing its history one
 * change at a time, newest first. Edits, moves, additions, retirements and
 * set changes undo exactly; a deletion undoes in part (see
 * `RebuiltVersion.isExact`); a merge, an import or the creation ends the
 * rebuild, and `stoppedAt` names that change.
 */
export function reconstructCodebookVersions(
  codebook: Codebook,
): CodebookVersions {
  const versions: RebuiltVersion[] = [{ codebook, isExact: true }];
  let current: RebuiltVersion = versions[0]!;
  for (;;) {
    const last = current.codebook.history.at(-1);
    if (last === undefined) return { versions, stoppedAt: null };

    const reverted = revertLastChange(current.codebook);
    if (reverted === null) return { versions, stoppedAt: last };

    current = {
      codebook: reverted.codebook,
      isExact: current.isExact && reverted.isExact,
    };
    versions.push(current);
  }
}

/**
 * The codebook as it was before the last entry of its history, or null
 * when that change cannot be undone from what the history records (a
 * merge, an import, the creation, or a history that does not match the
 * codebook).
 */
export function revertLastChange(codebook: Codebook): RebuiltVersion | null {
  const change = codebook.history.at(-1);
  if (change === undefined || change.version !== codebook.version) {
    return null;
  }
  const parts = revertParts(codebook, change);
  if (parts === null) return null;

  return {
    isExact: change.detail.kind !== 'delete_code',
    codebook: {
      version: codebook.version - 1,
      codes: sortCodesInTreeOrder(parts.codes ?? codebook.codes),
      sets: parts.sets ?? codebook.sets,
      aliases: parts.aliases ?? codebook.aliases,
      history: codebook.history.slice(0, -1),
    },
  };
}

type Parts = {
  readonly codes?: readonly Code[];
  readonly sets?: readonly CodeSet[];
  readonly aliases?: Readonly<Record<string, CodeId>>;
};

function revertParts(codebook: Codebook, change: CodebookChange): Parts | null {
  const detail = change.detail;
  switch (detail.kind) {
    case 'create':
    case 'import':
    case 'merge_codes':
      return null;
    case 'add_code':
      return removeAddedCode(codebook, detail.codeId);
    case 'update_code':
      return restoreFields(codebook, detail.codeId, detail.changes);
    case 'move_code':
      return moveBack(codebook, detail);
    case 'retire_code':
    case 'unretire_code':
      return setRetired(codebook, detail.codeId, detail.kind !== 'retire_code');
    case 'delete_code':
      return restoreDeleted(codebook, detail.deleted);
    case 'add_set':
      return { sets: codebook.sets.filter((set) => set.id !== detail.setId) };
    case 'update_set':
      return editSet(codebook, detail.setId, (set) =>
        detail.changes.reduce(
          (restored, each) => ({ ...restored, [each.field]: each.before }),
          set,
        ),
      );
    case 'remove_set':
      return { sets: [...codebook.sets, detail.removed] };
    case 'add_set_member':
      return editSet(codebook, detail.setId, (set) => ({
        ...set,
        codeIds: set.codeIds.filter((id) => id !== detail.codeId),
      }));
    case 'remove_set_member':
      return editSet(codebook, detail.setId, (set) => ({
        ...set,
        codeIds: [...set.codeIds, detail.codeId],
      }));
  }
}

function removeAddedCode(codebook: Codebook, id: CodeId): Parts | null {
  const code = findCode(codebook, id);
  if (code === undefined) return null;

  const rest = codebook.codes.filter((each) => each.id !== id);
  return {
    codes: renumberSiblings(rest, code.parentId),
    sets: codebook.sets.map((set) => ({
      ...set,
      codeIds: set.codeIds.filter((each) => each !== id),
    })),
    aliases: Object.fromEntries(
      Object.entries(codebook.aliases).filter(([, target]) => target !== id),
    ),
  };
}

function restoreFields(
  codebook: Codebook,
  id: CodeId,
  changes: readonly CodeFieldChange[],
): Parts | null {
  if (findCode(codebook, id) === undefined) return null;

  const before = Object.fromEntries(
    changes.map((change) => [change.field, change.before]),
  );
  return {
    codes: codebook.codes.map((code) =>
      code.id === id ? { ...code, ...before } : code,
    ),
  };
}

type MoveDetail = Extract<CodebookChange['detail'], { kind: 'move_code' }>;

function moveBack(codebook: Codebook, detail: MoveDetail): Parts | null {
  const code = findCode(codebook, detail.codeId);
  const parentId = detail.fromParentId;
  if (code === undefined) return null;
  if (parentId !== null && findCode(codebook, parentId) === undefined) {
    return null;
  }

  const moved = { ...code, parentId };
  const others = codebook.codes.map((each) =>
    each.id === code.id ? moved : each,
  );
  const placed = placeAt(others, moved, detail.fromOrder);
  return { codes: renumberSiblings(placed, code.parentId) };
}

function setRetired(
  codebook: Codebook,
  id: CodeId,
  retired: boolean,
): Parts | null {
  if (findCode(codebook, id) === undefined) return null;

  return {
    codes: codebook.codes.map((code) =>
      code.id === id ? { ...code, retired } : code,
    ),
  };
}

function restoreDeleted(codebook: Codebook, deleted: Code): Parts | null {
  const parentId = deleted.parentId;
  const isTaken = findCode(codebook, deleted.id) !== undefined;
  const hasParent =
    parentId === null || findCode(codebook, parentId) !== undefined;
  if (isTaken || !hasParent) return null;

  return {
    codes: placeAt([...codebook.codes, deleted], deleted, deleted.order),
  };
}

function editSet(
  codebook: Codebook,
  setId: CodeSet['id'],
  edit: (set: CodeSet) => CodeSet,
): Parts | null {
  if (!codebook.sets.some((set) => set.id === setId)) return null;

  return {
    sets: codebook.sets.map((set) => (set.id === setId ? edit(set) : set)),
  };
}

/**
 * Puts `code` (already in `codes` under its parent) at position `index`
 * among its siblings and renumbers them.
 */
function placeAt(codes: readonly Code[], code: Code, index: number): Code[] {
  const others = listChildren(codes, code.parentId).filter(
    (each) => each.id !== code.id,
  );
  const at = Math.max(0, Math.min(index, others.length));
  const ordered = [...others.slice(0, at), code, ...others.slice(at)];
  const orderOf = new Map(ordered.map((each, order) => [each.id, order]));
  return codes.map((each) => {
    const order = orderOf.get(each.id);
    return order === undefined || order === each.order
      ? each
      : { ...each, order };
  });
}
