import { resolveCodeId } from '../codebook/merge';
import { sortCodesInTreeOrder } from '../codebook/tree';
import type { Code, Codebook } from '../codebook/types';
import type { RecordCoding } from '../model/coding';
import type { CodeId, CoderId, RecordKey } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';

/** Whose codings an export reads: one coder's layer or the consensus. */
export type CodingSource =
  | { readonly kind: 'coder'; readonly coderId: CoderId }
  | { readonly kind: 'consensus' };

/**
 * The codes a done record is decided on: codable and not retired, in tree
 * order. A done record has a 1 or a 0 for each of them.
 */
export function listDecisionCodes(codebook: Codebook): Code[] {
  return sortCodesInTreeOrder(codebook.codes).filter(
    (code) => code.isCodable && !code.retired,
  );
}

/** One coder's codings by record key. */
export function indexLayer(
  snapshot: ProjectSnapshot,
  coderId: CoderId,
): Map<RecordKey, RecordCoding> {
  const byRecord = new Map<RecordKey, RecordCoding>();
  for (const coding of snapshot.layers) {
    if (coding.coderId === coderId) byRecord.set(coding.recordKey, coding);
  }
  return byRecord;
}

/**
 * A coding's applied codes as the codebook reads them now: merged-away
 * GUIDs become the code they were merged into; sorted, no duplicates.
 */
export function readAppliedCodes(
  coding: RecordCoding,
  codebook: Codebook,
): CodeId[] {
  const { aliases } = codebook;
  // Stored codes are nearly always sorted, distinct and unmerged already;
  // an export reads 100,000 of them, so that case is only checked.
  if (isSortedAndDistinct(coding.codes) && !hasAlias(coding.codes, aliases)) {
    return [...coding.codes];
  }

  const ids = coding.codes.map((id) => resolveCodeId(id, aliases));
  return [...new Set(ids)].sort();
}

/**
 * The decision codes plus every other code in `applied` (retired, a
 * grouping node, or unknown to the codebook), so no applied code is left
 * out of an export. `applied` holds GUIDs as readAppliedCodes gives them.
 * Codes the codebook lacks come last, by GUID, named by their GUID.
 */
export function listExportCodes(
  codebook: Codebook,
  applied: Iterable<readonly CodeId[]>,
): Pick<Code, 'id' | 'name'>[] {
  const decision = listDecisionCodes(codebook);
  const listed = new Set<string>(decision.map((code) => code.id));
  const others = new Set<CodeId>();
  for (const ids of applied) {
    for (const id of ids) if (!listed.has(id)) others.add(id);
  }
  const extra = sortCodesInTreeOrder(codebook.codes).filter((code) =>
    others.has(code.id),
  );
  const known = new Set<string>(codebook.codes.map((code) => code.id));
  const unknown = [...others]
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => ({ id, name: id }));
  return [...decision, ...extra, ...unknown];
}

/** The coder's name, else their id; for exports read by people. */
export function nameCoder(snapshot: ProjectSnapshot, coderId: string): string {
  return snapshot.coders.find((coder) => coder.id === coderId)?.name ?? coderId;
}

/** The code's name, else its GUID. */
export function nameCode(codebook: Codebook, codeId: string): string {
  return codebook.codes.find((code) => code.id === codeId)?.name ?? codeId;
}

function isSortedAndDistinct(ids: readonly string[]): boolean {
  for (let index = 1; index < ids.length; index += 1) {
    if (ids[index - 1]! >= ids[index]!) return false;
  }
  return true;
}

function hasAlias(
  ids: readonly string[],
  aliases: Readonly<Record<string, string>>,
): boolean {
  return ids.some((id) => Object.hasOwn(aliases, id));
}
