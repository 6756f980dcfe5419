import type { CodingChange, RecordCoding } from '../model/coding';
import type { CoderId, RecordKey } from '../model/ids';
import type { CodingProgress } from './progress';

/** What a coder's progress counts over: built once, used per change. */
export type ProgressScope = {
  readonly coderId: CoderId;
  /** The project's records. */
  readonly recordKeys: ReadonlySet<RecordKey>;
  /** The coder's assigned records that are records of the project. */
  readonly assigned: ReadonlySet<RecordKey>;
};

/**
 * The progress after `change`, from the progress before it, in constant
 * time: recounting 100,000 entries on every key press of the coding loop
 * would stall it. `change.before` must be the entry the progress counted.
 * Changes of other coders and of records outside the project change
 * nothing, as in `computeCodingProgress`.
 */
export function applyProgressChange(
  progress: CodingProgress,
  change: CodingChange,
  scope: ProgressScope,
): CodingProgress {
  if (change.coderId !== scope.coderId) return progress;
  if (!scope.recordKeys.has(change.recordKey)) return progress;

  const isAssigned = scope.assigned.has(change.recordKey);
  const before = countEntry(change.before, isAssigned);
  const after = countEntry(change.after, isAssigned);
  return {
    ...progress,
    done: progress.done - before.done + after.done,
    inProgress: progress.inProgress - before.inProgress + after.inProgress,
    flagged: progress.flagged - before.flagged + after.flagged,
    assignedDone:
      progress.assignedDone - before.assignedDone + after.assignedDone,
  };
}

type EntryCount = Pick<
  CodingProgress,
  'done' | 'inProgress' | 'flagged' | 'assignedDone'
>;

function countEntry(
  entry: RecordCoding | null,
  isAssigned: boolean,
): EntryCount {
  const status = entry?.status ?? 'not_started';
  const isDone = status === 'done';
  return {
    done: isDone ? 1 : 0,
    inProgress: status === 'in_progress' ? 1 : 0,
    flagged: status === 'flagged' ? 1 : 0,
    assignedDone: isDone && isAssigned ? 1 : 0,
  };
}
