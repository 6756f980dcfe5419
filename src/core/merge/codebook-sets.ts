import { findCode } from '../codebook/tree';
import type { CodeSet } from '../codebook/types';
import { logEntry } from './choices';
import { addIncomingSet, addSetMembers } from './codebook-apply';
import { mapId, normaliseName, type SourceStep } from './codebook-step';
import { countOf } from '../scan/problems';

/**
 * Merges one set of the file: matched by GUID, else by name; a new set is
 * added under its GUID; members the project lacks are added (membership
 * is united, so a member removed on one side comes back).
 */
export function mergeSet(step: SourceStep, set: CodeSet): void {
  const { state, source, context } = step;
  const members = [
    ...new Set(
      set.codeIds
        .map((id) => mapId(step, id))
        .filter((id) => findCode(state.codebook, id) !== undefined),
    ),
  ];
  const same = state.codebook.sets.find((each) => each.id === set.id);
  const namesake = state.codebook.sets.find(
    (each) => normaliseName(each.name) === normaliseName(set.name),
  );
  const target = same ?? namesake;
  if (target === undefined) {
    state.codebook = addIncomingSet(state.codebook, set, members, context);
    state.sets.push({ kind: 'added', set, source: source.name });
    state.log.push(
      logEntry({
        action: 'set_added',
        source: source.name,
        detail: `Added set "${set.name}" with ${countOf(members.length, 'code')}.`,
      }),
    );
    return;
  }
  const missing = members.filter((id) => !target.codeIds.includes(id));
  if (same === undefined) {
    state.sets.push({ kind: 'mapped', set, into: target, source: source.name });
    state.log.push(
      logEntry({
        action: 'set_mapped',
        source: source.name,
        detail: `Set "${set.name}" (${set.id}) joined the project's set ${target.id} of the same name.`,
      }),
    );
  }
  if (missing.length === 0) return;

  state.codebook = addSetMembers(state.codebook, target, missing, context);
  state.sets.push({
    kind: 'members_added',
    set: target,
    codeIds: missing,
    source: source.name,
  });
  for (const codeId of missing) {
    state.log.push(
      logEntry({
        action: 'set_member_added',
        source: source.name,
        code: codeId,
        detail: `Added code ${codeId} to set "${target.name}".`,
      }),
    );
  }
}
