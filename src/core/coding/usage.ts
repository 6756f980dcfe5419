import { resolveCodeId } from '../codebook';
import type { ConsensusDecision, RecordCoding } from '../model/coding';
import type { CodeId } from '../model/ids';

/**
 * Every code GUID that any coding or consensus decision holds, exactly as
 * stored (not mapped through aliases), for `deleteCode`'s `isUsed`: the
 * codebook checks merged-away GUIDs itself.
 */
export function listUsedCodeIds(
  codings: Iterable<RecordCoding>,
  consensus: Iterable<ConsensusDecision> = [],
): Set<CodeId> {
  const used = new Set<CodeId>();
  for (const coding of codings) coding.codes.forEach((id) => used.add(id));
  for (const decision of consensus) used.add(decision.codeId);
  return used;
}

/** What merging code `from` into code `into` does to the codings. */
export type MergeEffect = {
  /** Codings (record × coder) that apply `from`; they will apply `into`. */
  readonly withFrom: number;
  /** Of those, the ones that apply `into` too: the two become one. */
  readonly withBoth: number;
  /** Codings that apply `into` already. */
  readonly withInto: number;
};

/**
 * Counts the codings a merge of `fromId` into `intoId` touches, reading
 * stored GUIDs through `aliases` (earlier merges) first.
 */
export function countMergeEffect(
  codings: Iterable<RecordCoding>,
  fromId: CodeId,
  intoId: CodeId,
  aliases: Readonly<Record<string, CodeId>>,
): MergeEffect {
  let withFrom = 0;
  let withBoth = 0;
  let withInto = 0;
  for (const coding of codings) {
    const codes = new Set(coding.codes.map((id) => resolveCodeId(id, aliases)));
    const hasFrom = codes.has(fromId);
    const hasInto = codes.has(intoId);
    if (hasFrom) withFrom += 1;
    if (hasInto) withInto += 1;
    if (hasFrom && hasInto) withBoth += 1;
  }
  return { withFrom, withBoth, withInto };
}
