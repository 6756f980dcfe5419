import type { ConsensusDecision } from '../model/coding';
import type { CodeId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import { chooseFor, logEntry } from './choices';
import type {
  ConsensusConflict,
  ConsensusPlan,
  MergeLogEntry,
  MergeResolutions,
  MergeSource,
  UnresolvedChoice,
} from './types';

export type ConsensusOutcome = {
  readonly plan: ConsensusPlan;
  readonly consensus: readonly ConsensusDecision[];
  readonly log: readonly MergeLogEntry[];
  readonly unresolved: readonly UnresolvedChoice[];
  readonly changed: boolean;
};

/**
 * Merges consensus decisions (record × code, code GUIDs mapped through
 * `remaps`): a decision only a file has is added; one that both sides
 * made with the same value and rationale is the same decision; otherwise
 * `resolutions.consensus` (by conflict id, else for all) picks a side,
 * and the other decision with its rationale goes to the log.
 */
export function mergeConsensus(
  base: ProjectSnapshot,
  sources: readonly MergeSource[],
  remaps: readonly ((id: CodeId) => CodeId)[],
  resolutions: MergeResolutions | null,
): ConsensusOutcome {
  const current = new Map<string, ConsensusDecision>();
  for (const decision of base.consensus) current.set(idOf(decision), decision);
  const state: State = {
    current,
    conflicts: [],
    log: [],
    unresolved: [],
    added: [],
    identical: 0,
    replaced: new Map(),
  };
  sources.forEach((source, index) => {
    const remap = remaps[index] ?? ((id: CodeId) => id);
    for (const decision of source.snapshot.consensus) {
      const mapped = { ...decision, codeId: remap(decision.codeId) };
      mergeDecision(state, source.name, mapped, resolutions);
    }
  });
  return finish(state, base);
}

type State = {
  readonly current: Map<string, ConsensusDecision>;
  readonly conflicts: ConsensusConflict[];
  readonly log: MergeLogEntry[];
  readonly unresolved: UnresolvedChoice[];
  readonly added: ConsensusDecision[];
  /** Base decision id → the decision taken over it. */
  readonly replaced: Map<string, ConsensusDecision>;
  identical: number;
};

function mergeDecision(
  state: State,
  source: string,
  incoming: ConsensusDecision,
  resolutions: MergeResolutions | null,
): void {
  const id = idOf(incoming);
  const existing = state.current.get(id);
  if (existing === undefined) {
    state.current.set(id, incoming);
    state.added.push(incoming);
    state.log.push(
      logEntry({
        action: 'consensus_added',
        source,
        record: incoming.recordKey,
        code: incoming.codeId,
        kept: describeDecision(incoming),
        detail: 'Added the consensus decision.',
      }),
    );
    return;
  }
  const isSame =
    existing.value === incoming.value &&
    existing.rationale === incoming.rationale;
  if (isSame) {
    state.identical += 1;
    return;
  }
  settleConflict(state, source, { id, base: existing, incoming }, resolutions);
}

function settleConflict(
  state: State,
  source: string,
  conflict: Omit<ConsensusConflict, 'source'>,
  resolutions: MergeResolutions | null,
): void {
  state.conflicts.push({ ...conflict, source });
  const choice = chooseFor(resolutions?.consensus, conflict.id);
  if (choice === null) {
    state.unresolved.push({
      kind: 'consensus',
      key: conflict.id,
      source,
      message:
        `Record "${conflict.base.recordKey}", code ${conflict.base.codeId}: ` +
        `the project decided "${conflict.base.value}" and ${source} ` +
        `"${conflict.incoming.value}"; keep one decision.`,
    });
    return;
  }
  const [kept, replaced] =
    choice === 'incoming'
      ? [conflict.incoming, conflict.base]
      : [conflict.base, conflict.incoming];
  if (choice === 'incoming') {
    state.current.set(conflict.id, conflict.incoming);
    state.replaced.set(conflict.id, conflict.incoming);
  }
  state.log.push(
    logEntry({
      action: choice === 'incoming' ? 'consensus_taken' : 'consensus_kept',
      source,
      record: conflict.base.recordKey,
      code: conflict.base.codeId,
      choice,
      kept: describeDecision(kept),
      replaced: describeDecision(replaced),
      detail:
        choice === 'incoming'
          ? "Took the file's consensus decision."
          : "Kept the project's consensus decision.",
    }),
  );
}

function finish(state: State, base: ProjectSnapshot): ConsensusOutcome {
  const changed = state.added.length > 0 || state.replaced.size > 0;
  const consensus = changed
    ? [
        ...base.consensus.map(
          (decision) => state.replaced.get(idOf(decision)) ?? decision,
        ),
        ...state.added.map((decision) => state.current.get(idOf(decision))!),
      ]
    : base.consensus;
  return {
    plan: {
      added: state.added.length,
      identical: state.identical,
      conflicts: state.conflicts,
    },
    consensus,
    log: state.log,
    unresolved: state.unresolved,
    changed,
  };
}

function idOf(decision: ConsensusDecision): string {
  return `${decision.recordKey} ${decision.codeId}`;
}

/** A decision in one line for the log: value, who, when, why. */
function describeDecision(decision: ConsensusDecision): string {
  return (
    `${decision.value} by ${decision.decidedBy} at ${decision.decidedAt}: ` +
    decision.rationale
  );
}
