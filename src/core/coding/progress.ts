import type { RecordCoding, ReliabilitySample } from '../model/coding';
import type { CoderId, RecordKey } from '../model/ids';
import { compareKeys } from './sampling';

/** How far one coder is: over all records and over their assigned ones. */
export type CodingProgress = {
  /** Records of the project. */
  readonly total: number;
  readonly done: number;
  readonly inProgress: number;
  readonly flagged: number;
  /** Records of the samples assigned to the coder (that still exist). */
  readonly assigned: number;
  /** Of those, the ones the coder marked done. */
  readonly assignedDone: number;
};

/** The samples a coder is assigned to, in the order given. */
export function listSamplesForCoder(
  samples: readonly ReliabilitySample[],
  coderId: CoderId,
): ReliabilitySample[] {
  return samples.filter((sample) => sample.coderIds.includes(coderId));
}

/**
 * The coder's "assigned to me" queue: every record of every sample
 * assigned to them, once, sorted by key.
 */
export function listAssignedRecords(
  samples: readonly ReliabilitySample[],
  coderId: CoderId,
): RecordKey[] {
  const keys = new Set<RecordKey>();
  for (const sample of listSamplesForCoder(samples, coderId)) {
    sample.recordKeys.forEach((key) => keys.add(key));
  }
  return [...keys].sort(compareKeys);
}

/**
 * Progress figures for the coder's progress bar: done / total and
 * assignedDone / assigned. Only records of the project count, so codings
 * left by records a re-import removed do not inflate them; codings of
 * other coders in `codings` are ignored.
 */
export function computeCodingProgress(input: {
  readonly coderId: CoderId;
  readonly recordKeys: readonly RecordKey[];
  readonly codings: Iterable<RecordCoding>;
  readonly samples: readonly ReliabilitySample[];
}): CodingProgress {
  const records = new Set(input.recordKeys);
  const assigned = listAssignedRecords(input.samples, input.coderId).filter(
    (key) => records.has(key),
  );
  const assignedSet = new Set(assigned);
  const counts = { done: 0, inProgress: 0, flagged: 0, assignedDone: 0 };

  for (const coding of input.codings) {
    if (coding.coderId !== input.coderId) continue;
    if (!records.has(coding.recordKey)) continue;

    if (coding.status === 'in_progress') counts.inProgress += 1;
    if (coding.status === 'flagged') counts.flagged += 1;
    if (coding.status !== 'done') continue;

    counts.done += 1;
    if (assignedSet.has(coding.recordKey)) counts.assignedDone += 1;
  }
  return { total: records.size, assigned: assigned.length, ...counts };
}
