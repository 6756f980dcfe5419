import type { Coder } from '../model/coding';
import type { ProjectSnapshot } from '../model/snapshot';
import { logEntry } from './choices';
import type {
  AddedCoder,
  CodersPlan,
  MergeLogEntry,
  MergeSource,
  MergeWarning,
  SharedCoder,
} from './types';

export type CodersOutcome = {
  readonly plan: CodersPlan;
  readonly coders: readonly Coder[];
  readonly log: readonly MergeLogEntry[];
  readonly warnings: readonly MergeWarning[];
  readonly changed: boolean;
};

/**
 * Coders by id: a new one is added after the project's; a known one keeps
 * the project's name and initials (a different name is warned about).
 */
export function mergeCoders(
  base: ProjectSnapshot,
  sources: readonly MergeSource[],
): CodersOutcome {
  const coders = [...base.coders];
  const byId = new Map(coders.map((coder) => [coder.id, coder]));
  const added: AddedCoder[] = [];
  const shared: SharedCoder[] = [];
  const log: MergeLogEntry[] = [];
  const warnings: MergeWarning[] = [];
  for (const source of sources) {
    const counts = countCodings(source);
    for (const coder of source.snapshot.coders) {
      const known = byId.get(coder.id);
      if (known === undefined) {
        coders.push(coder);
        byId.set(coder.id, coder);
        added.push({ coder, source: source.name });
        log.push(addedEntry(coder, source.name));
        continue;
      }
      const incomingCodings = counts.get(coder.id) ?? 0;
      shared.push({ coder: known, source: source.name, incomingCodings });
      if (known.name !== coder.name) {
        warnings.push(renamedWarning(known, coder, source.name));
      }
    }
  }
  const changed = coders.length > base.coders.length;
  return {
    plan: { added, shared },
    coders: changed ? coders : base.coders,
    log,
    warnings,
    changed,
  };
}

function countCodings(source: MergeSource): Map<string, number> {
  const counts = new Map<string, number>();
  for (const coding of source.snapshot.layers) {
    counts.set(coding.coderId, (counts.get(coding.coderId) ?? 0) + 1);
  }
  return counts;
}

function addedEntry(coder: Coder, source: string): MergeLogEntry {
  return logEntry({
    action: 'coder_added',
    source,
    coder: coder.id,
    detail: `Added coder "${coder.name}" (${coder.initials}).`,
  });
}

function renamedWarning(
  known: Coder,
  incoming: Coder,
  source: string,
): MergeWarning {
  return {
    code: 'MERGE_CODER_RENAMED',
    source,
    message:
      `Coder ${known.id} is "${known.name}" in the project and ` +
      `"${incoming.name}" in ${source}; the project's name is kept.`,
  };
}
