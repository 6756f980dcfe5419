import type { Code, Codebook } from '../../../core/codebook';
import { sortCodesInTreeOrder } from '../../../core/codebook';
import { indexCodes } from '../../../core/coding';
import type { CodeId } from '../../../core/model/ids';

/** Codes by GUID (merged-away GUIDs included) and their tree position. */
export type CodeLookup = {
  readonly byId: ReadonlyMap<string, Code>;
  readonly rank: ReadonlyMap<string, number>;
};

/** Built once per codebook version; chips read it for every cell. */
export function createCodeLookup(codebook: Codebook): CodeLookup {
  const byId = indexCodes(codebook);
  const rankOfCode = new Map(
    sortCodesInTreeOrder(codebook.codes).map((code, index) => [code, index]),
  );
  const rank = new Map<string, number>();
  for (const [id, code] of byId) rank.set(id, rankOfCode.get(code) ?? -1);
  return { byId, rank };
}

/** Applied codes in tree order, as the panel lists them; unknown last. */
export function orderCodes(
  lookup: CodeLookup,
  codes: readonly CodeId[],
): CodeId[] {
  const rankOf = (id: CodeId) => lookup.rank.get(id) ?? Infinity;
  return [...codes].sort((a, b) => rankOf(a) - rankOf(b));
}
