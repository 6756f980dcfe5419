import { listDescendantIds, resolveCodeId } from '../codebook';
import type { Codebook } from '../codebook';
import type { CodingStatus, RecordCoding } from '../model/coding';
import type { CodeId } from '../model/ids';

/** Which records a coder wants to see, by one layer's codings. */
export type CodingFilter = {
  /**
   * Records carrying this code; for a code with codes below it (such as
   * a grouping node), records carrying it or any code below it.
   */
  readonly codeId: CodeId | null;
  readonly status: CodingStatus | null;
};

export const NO_CODING_FILTER: CodingFilter = { codeId: null, status: null };

/** A test of one record's entry (undefined = not started). */
export type CodingMatcher = (entry: RecordCoding | undefined) => boolean;

/**
 * The test `filter` describes, built once so that checking 100,000
 * records costs one set lookup per applied code; null when the filter
 * lets every record through. Merged-away GUIDs on an entry count as the
 * code they were merged into; a record without an entry is not started.
 */
export function createCodingMatcher(
  codebook: Codebook,
  filter: CodingFilter,
): CodingMatcher | null {
  const { codeId, status } = filter;
  if (codeId === null && status === null) return null;

  const wanted = codeId === null ? null : listWantedCodes(codebook, codeId);
  const { aliases } = codebook;
  return (entry) => {
    if (status !== null && (entry?.status ?? 'not_started') !== status) {
      return false;
    }
    if (wanted === null) return true;

    return (entry?.codes ?? []).some((id) =>
      wanted.has(resolveCodeId(id, aliases)),
    );
  };
}

function listWantedCodes(codebook: Codebook, codeId: CodeId): Set<CodeId> {
  const resolved = resolveCodeId(codeId, codebook.aliases);
  const wanted = listDescendantIds(codebook.codes, resolved);
  wanted.add(resolved);
  return wanted;
}
