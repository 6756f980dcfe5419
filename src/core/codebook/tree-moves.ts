import type { CodeId } from '../model/ids';
import { listChildren, listDescendantIds } from './tree';
import type { Code } from './types';

/** Up/down among siblings; outdent = up a level; indent = down a level. */
export type CodeMoveDirection = 'up' | 'down' | 'outdent' | 'indent';

/** Where a drop puts the dragged code, relative to the code under it. */
export type CodeDropPosition = 'before' | 'after' | 'inside';

/** The arguments `moveCode` takes: new parent and index among siblings. */
export type CodeMoveTarget = {
  readonly parentId: CodeId | null;
  /** Position among the new siblings, the moved code left out. */
  readonly index: number;
};

/**
 * Where a keyboard move takes code `id`: up or down one place among its
 * siblings; outdent to just after its parent; indent to the end of the
 * children of its previous sibling. Null when the code cannot go that way
 * (first, last, already top level, no previous sibling, or unknown).
 */
export function planCodeMove(
  codes: readonly Code[],
  id: CodeId,
  direction: CodeMoveDirection,
): CodeMoveTarget | null {
  const code = codes.find((each) => each.id === id);
  if (code === undefined) return null;

  const siblings = listChildren(codes, code.parentId);
  const position = siblings.findIndex((each) => each.id === id);
  const parentId = code.parentId;
  switch (direction) {
    case 'up':
      return position <= 0 ? null : { parentId, index: position - 1 };
    case 'down':
      return position >= siblings.length - 1
        ? null
        : { parentId, index: position + 1 };
    case 'outdent':
      return planOutdent(codes, parentId);
    case 'indent': {
      const previous = siblings[position - 1];
      if (previous === undefined) return null;

      const index = listChildren(codes, previous.id).length;
      return { parentId: previous.id, index };
    }
  }
}

/**
 * Where dropping code `id` on code `targetId` puts it: just before or
 * after the target among the target's siblings, or last among the
 * target's children. Null for a drop on the code itself or inside its own
 * branch, which would make a cycle.
 */
export function planCodeDrop(
  codes: readonly Code[],
  id: CodeId,
  targetId: CodeId,
  position: CodeDropPosition,
): CodeMoveTarget | null {
  const target = codes.find((each) => each.id === targetId);
  if (target === undefined || !codes.some((each) => each.id === id)) {
    return null;
  }
  if (targetId === id || listDescendantIds(codes, id).has(targetId)) {
    return null;
  }

  if (position === 'inside') {
    const children = listChildren(codes, targetId).filter(
      (each) => each.id !== id,
    );
    return { parentId: targetId, index: children.length };
  }
  const others = listChildren(codes, target.parentId).filter(
    (each) => each.id !== id,
  );
  const at = others.findIndex((each) => each.id === targetId);
  return {
    parentId: target.parentId,
    index: position === 'before' ? at : at + 1,
  };
}

function planOutdent(
  codes: readonly Code[],
  parentId: CodeId | null,
): CodeMoveTarget | null {
  if (parentId === null) return null;

  const parent = codes.find((each) => each.id === parentId);
  if (parent === undefined) return null;

  const uncles = listChildren(codes, parent.parentId);
  const at = uncles.findIndex((each) => each.id === parentId);
  return { parentId: parent.parentId, index: at + 1 };
}
