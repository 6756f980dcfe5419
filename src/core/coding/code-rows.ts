import { buildCodeTree, remapCodeIds } from '../codebook';
import type { Code, Codebook, CodeTreeNode } from '../codebook';
import type { CodeId } from '../model/ids';
import { listNumberedCodes } from './keys';

/** One line of the code tree a coder codes a record with. */
export type CodeRow = {
  readonly code: Code;
  /** 0 = top level. */
  readonly depth: number;
  /** 1–9 when that number key toggles the code, else null. */
  readonly number: number | null;
  readonly isApplied: boolean;
  /** Codable and not retired: the coder may apply or remove it. */
  readonly isCheckable: boolean;
  /** Retired itself or below a retired code. */
  readonly isRetired: boolean;
};

/**
 * The code tree as the coding panel shows it for one record, flattened in
 * tree order with depths. Retired codes are left out unless the record
 * carries them (then they show, marked retired and locked, since a
 * retired code is never removed silently). Grouping nodes show only above
 * a code that shows. With a `query`, only codes whose name contains it
 * (ignoring case), or that sit below such a code, show, with their
 * ancestors for context. `applied` may hold merged-away GUIDs.
 */
export function listCodeRows(
  codebook: Codebook,
  applied: readonly CodeId[],
  query = '',
): CodeRow[] {
  const context: RowContext = {
    applied: new Set(remapCodeIds(applied, codebook.aliases)),
    numbers: new Map(
      listNumberedCodes(codebook).map((code, index) => [code.id, index + 1]),
    ),
    query: query.trim().toLowerCase(),
  };
  return collectRows(buildCodeTree(codebook), context, {
    depth: 0,
    isRetired: false,
    isMatched: context.query === '',
  });
}

/**
 * Codes by GUID for showing applied codes, with every merged-away GUID
 * pointing at the code it was merged into.
 */
export function indexCodes(codebook: Codebook): ReadonlyMap<string, Code> {
  const index = new Map<string, Code>(
    codebook.codes.map((code) => [code.id, code]),
  );
  for (const [alias, target] of Object.entries(codebook.aliases)) {
    const code = index.get(target);
    if (code !== undefined && !index.has(alias)) index.set(alias, code);
  }
  return index;
}

type RowContext = {
  readonly applied: ReadonlySet<CodeId>;
  readonly numbers: ReadonlyMap<CodeId, number>;
  readonly query: string;
};

type Position = {
  readonly depth: number;
  readonly isRetired: boolean;
  /** The query matched this code or one of its ancestors. */
  readonly isMatched: boolean;
};

function collectRows(
  nodes: readonly CodeTreeNode[],
  context: RowContext,
  position: Position,
): CodeRow[] {
  const rows: CodeRow[] = [];
  for (const { code, children } of nodes) {
    const isRetired = position.isRetired || code.retired;
    const isMatched =
      position.isMatched || code.name.toLowerCase().includes(context.query);
    const below = collectRows(children, context, {
      depth: position.depth + 1,
      isRetired,
      isMatched,
    });
    const isApplied = context.applied.has(code.id);
    const isShown = code.isCodable && isMatched && (!isRetired || isApplied);
    if (!isShown && below.length === 0) continue;

    rows.push({
      code,
      depth: position.depth,
      number: context.numbers.get(code.id) ?? null,
      isApplied,
      isCheckable: code.isCodable && !isRetired,
      isRetired,
    });
    rows.push(...below);
  }
  return rows;
}
