import { buildCodeTree, type CodeTreeNode } from '../../../core/codebook';
import type { Code, Codebook } from '../../../core/codebook';
import type { CodeId } from '../../../core/model/ids';

/** One line of the code tree as shown: collapsed branches left out. */
export type TreeRow = {
  readonly code: Code;
  /** 1 for top-level codes, as aria-level counts. */
  readonly level: number;
  readonly hasChildren: boolean;
  readonly isExpanded: boolean;
  /** 1-based position among its siblings, and their number. */
  readonly position: number;
  readonly siblingCount: number;
};

/** The rows of the tree in display order, below expanded codes only. */
export function listTreeRows(
  codebook: Codebook,
  collapsed: ReadonlySet<CodeId>,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (nodes: readonly CodeTreeNode[], level: number) => {
    nodes.forEach((node, index) => {
      const hasChildren = node.children.length > 0;
      const isExpanded = hasChildren && !collapsed.has(node.code.id);
      rows.push({
        code: node.code,
        level,
        hasChildren,
        isExpanded,
        position: index + 1,
        siblingCount: nodes.length,
      });
      if (isExpanded) visit(node.children, level + 1);
    });
  };
  visit(buildCodeTree(codebook), 1);
  return rows;
}

/** What a navigation key does in the tree. */
export type TreeKeyAction =
  | { readonly kind: 'select'; readonly id: CodeId }
  | { readonly kind: 'expand' | 'collapse'; readonly id: CodeId }
  | null;

/**
 * The tree pattern's keys: ↑/↓ previous and next row, Home/End first and
 * last, → opens a closed branch or goes to the first child, ← closes an
 * open branch or goes to the parent.
 */
export function resolveTreeKey(
  rows: readonly TreeRow[],
  selectedId: CodeId | null,
  key: string,
): TreeKeyAction {
  const at = rows.findIndex((row) => row.code.id === selectedId);
  const row = rows[at];
  const pick = (index: number): TreeKeyAction => {
    const target = rows[index];
    return target === undefined ? null : { kind: 'select', id: target.code.id };
  };
  if (row === undefined) return key.startsWith('Arrow') ? pick(0) : null;

  switch (key) {
    case 'ArrowDown':
      return pick(at + 1);
    case 'ArrowUp':
      return pick(at - 1);
    case 'Home':
      return pick(0);
    case 'End':
      return pick(rows.length - 1);
    case 'ArrowRight':
      if (!row.hasChildren) return null;
      return row.isExpanded
        ? pick(at + 1)
        : { kind: 'expand', id: row.code.id };
    case 'ArrowLeft':
      if (row.isExpanded) return { kind: 'collapse', id: row.code.id };
      return row.code.parentId === null
        ? null
        : { kind: 'select', id: row.code.parentId };
    default:
      return null;
  }
}
