import type { CodeId } from '../model/ids';
import type { Code, Codebook } from './types';

export type CodeTreeNode = {
  readonly code: Code;
  readonly children: readonly CodeTreeNode[];
};

/** The code with this GUID, or undefined. */
export function findCode(
  codebook: Pick<Codebook, 'codes'>,
  id: CodeId,
): Code | undefined {
  return codebook.codes.find((code) => code.id === id);
}

/** Direct children of `parentId` (null = top level), by sibling order. */
export function listChildren(
  codes: readonly Code[],
  parentId: CodeId | null,
): Code[] {
  return codes
    .filter((code) => code.parentId === parentId)
    .sort((a, b) => a.order - b.order);
}

/**
 * Codes with every parent before its children and siblings by order.
 * Codes unreachable from the top (missing parent, cycle) follow at the end
 * in their original order, so nothing is ever dropped.
 */
export function sortCodesInTreeOrder(codes: readonly Code[]): Code[] {
  const byParent = groupByParent(codes);
  const sorted: Code[] = [];
  const expanded = new Set<CodeId | null>();
  const visit = (parentId: CodeId | null): void => {
    // A duplicated GUID must not list the same children twice.
    if (expanded.has(parentId)) return;

    expanded.add(parentId);
    for (const code of byParent.get(parentId) ?? []) {
      sorted.push(code);
      visit(code.id);
    }
  };
  visit(null);

  if (sorted.length === codes.length) return sorted;

  const placed = new Set(sorted);
  return [...sorted, ...codes.filter((code) => !placed.has(code))];
}

/** The nested tree of codes, for display. */
export function buildCodeTree(codebook: Codebook): CodeTreeNode[] {
  const byParent = groupByParent(codebook.codes);
  const build = (parentId: CodeId | null): CodeTreeNode[] =>
    (byParent.get(parentId) ?? []).map((code) => ({
      code,
      children: build(code.id),
    }));
  return build(null);
}

/** GUIDs of every code below `id` (not including `id`). */
export function listDescendantIds(
  codes: readonly Code[],
  id: CodeId,
): Set<CodeId> {
  const byParent = groupByParent(codes);
  const found = new Set<CodeId>();
  const pending: CodeId[] = [id];
  while (pending.length > 0) {
    for (const child of byParent.get(pending.pop()!) ?? []) {
      if (found.has(child.id)) continue;

      found.add(child.id);
      pending.push(child.id);
    }
  }
  return found;
}

/** Names from the top-level ancestor down to the code itself. */
export function getCodePath(codebook: Codebook, id: CodeId): string[] {
  const byId = new Map(codebook.codes.map((code) => [code.id, code]));
  const path: string[] = [];
  const seen = new Set<CodeId>();
  let current = byId.get(id);
  while (current !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current.name);
    current =
      current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}

/** True when the code or any of its ancestors is retired. */
export function isCodeHidden(codebook: Codebook, id: CodeId): boolean {
  const byId = new Map(codebook.codes.map((code) => [code.id, code]));
  const seen = new Set<CodeId>();
  let current = byId.get(id);
  while (current !== undefined && !seen.has(current.id)) {
    if (current.retired) return true;

    seen.add(current.id);
    current =
      current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return false;
}

/** Codes a coder may apply now: codable and not hidden, in tree order. */
export function listApplicableCodes(codebook: Codebook): Code[] {
  return sortCodesInTreeOrder(codebook.codes).filter(
    (code) => code.isCodable && !isCodeHidden(codebook, code.id),
  );
}

/** The applicable code bound to a key, if any (keys compare lower-case). */
export function findCodeByShortcut(
  codebook: Codebook,
  key: string,
): Code | undefined {
  const wanted = key.toLowerCase();
  return listApplicableCodes(codebook).find((code) => code.shortcut === wanted);
}

/** Gives the children of `parentId` the orders 0, 1, 2… in current order. */
export function renumberSiblings(
  codes: readonly Code[],
  parentId: CodeId | null,
): Code[] {
  const siblings = listChildren(codes, parentId);
  const orderOf = new Map(siblings.map((code, index) => [code.id, index]));
  return codes.map((code) => {
    const order = orderOf.get(code.id);
    return order === undefined || order === code.order
      ? code
      : { ...code, order };
  });
}

function groupByParent(codes: readonly Code[]): Map<CodeId | null, Code[]> {
  const byParent = new Map<CodeId | null, Code[]>();
  for (const code of codes) {
    const siblings = byParent.get(code.parentId) ?? [];
    siblings.push(code);
    byParent.set(code.parentId, siblings);
  }
  for (const siblings of byParent.values()) {
    siblings.sort((a, b) => a.order - b.order);
  }
  return byParent;
}
