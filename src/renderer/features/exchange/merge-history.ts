import type { AuditEvent } from '../../../core/model/audit';
import { asProjectId } from '../../../core/model/ids';
import type { ProjectRepository } from '../../../core/repository/types';

/** A merge as the audit log recorded it. */
export type MergeEntry = {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly sources: readonly string[];
  readonly summary: string;
};

/**
 * Whether the latest merge still standing can be undone. It can while
 * nothing else changed the project after it: putting back what the merge
 * replaced would silently drop those later changes.
 */
export type MergeHistory =
  | { readonly kind: 'none' }
  | { readonly kind: 'undoable'; readonly merge: MergeEntry }
  | {
      readonly kind: 'blocked';
      readonly merge: MergeEntry;
      /** Changes logged after the merge. */
      readonly changesSince: number;
    };

/** How many of the latest audit events are searched for a merge. */
export const MERGE_HISTORY_DEPTH = 200;

/**
 * Finds the latest merge that has not been undone, newest first: a merge
 * and the revert of it cancel out, so after one undo the merge before it
 * can be undone too. Any other event after the merge blocks the undo.
 * `events` are oldest first, as `listAudit` returns them.
 */
export function findMergeHistory(events: readonly AuditEvent[]): MergeHistory {
  const reverted = new Set<number>();
  let changesSince = 0;
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!;
    const { detail } = event;
    if (detail.kind !== 'merge') {
      changesSince += 1;
      continue;
    }
    if (detail.reverts !== undefined) {
      reverted.add(detail.reverts);
      continue;
    }
    if (reverted.has(event.seq)) continue;
    // A replacement without files (e.g. a restore) is not a merge.
    if (detail.sources.length === 0) {
      changesSince += 1;
      continue;
    }

    const merge = toEntry(event, detail);
    return changesSince === 0
      ? { kind: 'undoable', merge }
      : { kind: 'blocked', merge, changesSince };
  }
  return { kind: 'none' };
}

/** Whether the project's latest merge can be undone (see MergeHistory). */
export async function readMergeHistory(
  repository: ProjectRepository,
  projectId: string,
): Promise<MergeHistory> {
  const events = await repository.listAudit(asProjectId(projectId), {
    limit: MERGE_HISTORY_DEPTH,
  });
  return findMergeHistory(events);
}

function toEntry(
  event: AuditEvent,
  detail: Extract<AuditEvent['detail'], { kind: 'merge' }>,
): MergeEntry {
  return {
    seq: event.seq,
    at: event.at,
    actor: event.actor,
    sources: detail.sources,
    summary: detail.summary,
  };
}
