import {
  countDisagreements,
  type DisagreementQueue,
} from '../../../core/agreement';
import type { ConsensusDecision } from '../../../core/model/coding';

/** Which queued disagreements the lead is looking through. */
export type QueueFilter = {
  /** Null: every code. */
  readonly codeId: string | null;
  readonly undecidedOnly: boolean;
};

/** Identifies a record × code across queue and consensus. */
export function keyOfDecision(recordKey: string, codeId: string): string {
  return `${recordKey}\u0000${codeId}`;
}

export function keyOfItem(queue: DisagreementQueue, item: number): string {
  return keyOfDecision(
    queue.records[queue.recordIndex[item]!]!,
    queue.codes[queue.codeIndex[item]!]!,
  );
}

/** Consensus decisions by record × code. */
export function indexDecisions(
  decisions: readonly ConsensusDecision[],
): Map<string, ConsensusDecision> {
  return new Map(
    decisions.map((decision) => [
      keyOfDecision(decision.recordKey, decision.codeId),
      decision,
    ]),
  );
}

/** Queue items passing the filter, in queue order. */
export function listQueueItems(
  queue: DisagreementQueue,
  filter: QueueFilter,
  decided: ReadonlyMap<string, ConsensusDecision>,
): number[] {
  const code =
    filter.codeId === null
      ? -1
      : queue.codes.findIndex((id) => id === filter.codeId);
  const items: number[] = [];
  for (let item = 0; item < countDisagreements(queue); item += 1) {
    if (code >= 0 && queue.codeIndex[item] !== code) continue;
    if (filter.undecidedOnly && decided.has(keyOfItem(queue, item))) continue;

    items.push(item);
  }
  return items;
}

/**
 * The item to show after a decision on `current`: the next undecided one
 * after it, else the next one, else `current`.
 */
export function findNextItem(
  items: readonly number[],
  current: number,
  isDecided: (item: number) => boolean,
): number {
  const after = items.filter((item) => item > current);
  return after.find((item) => !isDecided(item)) ?? after[0] ?? current;
}
