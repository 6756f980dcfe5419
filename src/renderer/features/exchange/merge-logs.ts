import type { MergeLogEntry } from '../../../core/merge';

/** A merge applied in this window, with its log for the merge report. */
export type AppliedMerge = {
  readonly projectId: string;
  readonly seq: number;
  readonly sources: readonly string[];
  readonly log: readonly MergeLogEntry[];
};

/** How many applied merges keep their log in memory. */
const KEPT_LOGS = 5;

// Kept outside React: applying a merge reloads the project, which remounts
// the Exchange tab, and its report must still be there to save.
const applied: AppliedMerge[] = [];

/** Keeps the log of a merge just applied, dropping the oldest. */
export function rememberMergeLog(merge: AppliedMerge): void {
  applied.push(merge);
  if (applied.length > KEPT_LOGS) applied.shift();
}

/** The log of a merge applied in this window, if still kept. */
export function recallMergeLog(
  projectId: string,
  seq: number,
): AppliedMerge | undefined {
  return applied.find(
    (merge) => merge.projectId === projectId && merge.seq === seq,
  );
}
