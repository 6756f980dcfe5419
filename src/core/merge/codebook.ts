import {
  createCodeIdResolver,
  keepCodeId,
  resolveCodeId,
} from '../codebook/merge';
import { findCode, sortCodesInTreeOrder } from '../codebook/tree';
import type { Code, Codebook } from '../codebook/types';
import type { CodeId } from '../model/ids';
import { chooseFor, logEntry } from './choices';
import {
  addIncomingCode,
  takeIncomingCode,
  takeIncomingMerge,
  type Applied,
  type MergeContext,
} from './codebook-apply';
import { listCodeDifferences, pickCodeWinner } from './code-difference';
import { findCodebookFork } from './codebook-history';
import { mergeSet } from './codebook-sets';
import {
  createState,
  mapParent,
  normaliseName,
  type State,
  type SourceStep,
} from './codebook-step';
import type {
  CodebookPlan,
  CodeDifference,
  MergeLogEntry,
  MergeResolutions,
  MergeSide,
  MergeSource,
  UnresolvedChoice,
} from './types';

export type CodebookOutcome = {
  readonly plan: CodebookPlan;
  readonly codebook: Codebook;
  /** Per source, in order: a code GUID of that file → its GUID now. */
  readonly remaps: readonly ((id: CodeId) => CodeId)[];
  readonly log: readonly MergeLogEntry[];
  readonly unresolved: readonly UnresolvedChoice[];
  readonly changed: boolean;
};

/**
 * Reconciles the files' codebooks with the project's, file by file,
 * matching codes by GUID and never by name. A new GUID is added, unless an
 * existing code has the same name: then `resolutions.sameName` maps it
 * onto that code or keeps it apart. A code both sides have but describe
 * differently (name, texts, colour, shortcut, parent, retired, merged
 * away) takes the side that changed it since the history both share; if
 * both or neither did, the newer codebook version; at equal versions
 * `resolutions.codebook` decides. Sets are matched by GUID, then name;
 * their members are united. Every change enters the codebook history.
 */
export function mergeCodebooks(
  base: Codebook,
  sources: readonly MergeSource[],
  resolutions: MergeResolutions | null,
  context: MergeContext,
): CodebookOutcome {
  const state = createState(base);
  const mappings = sources.map((source) =>
    mergeSource(state, source, resolutions, context),
  );
  const final = state.codebook;
  const resolveFinal = createCodeIdResolver(final.aliases);
  const remaps = sources.map((source, index) => {
    const resolveOwn = createCodeIdResolver(source.snapshot.codebook.aliases);
    const mapping = mappings[index] ?? new Map<CodeId, CodeId>();
    const isIdentity =
      mapping.size === 0 &&
      resolveOwn === keepCodeId &&
      resolveFinal === keepCodeId;
    if (isIdentity) return keepCodeId;

    return (id: CodeId): CodeId => {
      const local = resolveOwn(id);
      return resolveFinal(mapping.get(local) ?? local);
    };
  });
  return {
    plan: {
      added: state.added,
      differences: state.differences,
      sameName: state.sameName,
      sets: state.sets,
    },
    codebook: final,
    remaps,
    log: state.log,
    unresolved: state.unresolved,
    changed: final !== base,
  };
}

function mergeSource(
  state: State,
  source: MergeSource,
  resolutions: MergeResolutions | null,
  context: MergeContext,
): Map<CodeId, CodeId> {
  const incoming = source.snapshot.codebook;
  const step: SourceStep = {
    state,
    source,
    incoming,
    fork: findCodebookFork(state.codebook.history, incoming.history),
    mapping: new Map(),
    resolutions,
    context,
  };
  for (const code of sortCodesInTreeOrder(incoming.codes)) {
    mergeCode(step, code);
  }
  for (const [fromId, intoId] of Object.entries(incoming.aliases)) {
    mergeAlias(step, fromId as CodeId, intoId);
  }
  for (const set of incoming.sets) mergeSet(step, set);
  return step.mapping;
}

function mergeCode(step: SourceStep, code: Code): void {
  const { state } = step;
  const id = resolveCodeId(code.id, state.codebook.aliases);
  const existing = findCode(state.codebook, id);
  if (existing !== undefined && id !== code.id) {
    // The project merged this code away; its codings follow the target.
    step.mapping.set(code.id, id);
    return;
  }
  if (existing !== undefined) {
    reconcileCode(step, existing, code);
    return;
  }
  const namesake = findNamesake(state.codebook, code);
  if (namesake === undefined) {
    addCode(step, code);
    return;
  }
  settleNamesake(step, code, namesake);
}

function addCode(step: SourceStep, code: Code): void {
  const { state, source } = step;
  const applied = addIncomingCode(
    state.codebook,
    code,
    mapParent(step, code),
    step.context,
  );
  state.codebook = applied.codebook;
  state.added.push({ code, source: source.name });
  state.log.push(
    logEntry({
      action: 'code_added',
      source: source.name,
      code: code.id,
      detail: withNotes(`Added code "${code.name}".`, applied),
    }),
  );
}

function settleNamesake(step: SourceStep, code: Code, namesake: Code): void {
  const { state, source } = step;
  state.sameName.push({
    incoming: code,
    existing: namesake,
    source: source.name,
  });
  const choice = chooseFor(step.resolutions?.sameName, code.id);
  if (choice === null) {
    state.unresolved.push({
      kind: 'same_name',
      key: code.id,
      source: source.name,
      message:
        `Code "${code.name}" in ${source.name} (${code.id}) has the name of ` +
        `the project's code ${namesake.id}; map it onto that code or keep ` +
        'both.',
    });
    return;
  }
  if (choice === 'map') {
    mapOntoNamesake(step, code, namesake);
    return;
  }
  addCode(step, code);
  state.log.push(
    logEntry({
      action: 'code_kept_apart',
      source: source.name,
      code: code.id,
      choice,
      detail: `Kept "${code.name}" apart from the project's ${namesake.id}.`,
    }),
  );
}

/**
 * Adds the file's code and merges it into its namesake, so its GUID
 * becomes an alias: later merges map it without asking, and the history
 * keeps its definition. Where the codebook refuses that merge (into a
 * grouping node or a retired code), only this merge maps it.
 */
function mapOntoNamesake(step: SourceStep, code: Code, namesake: Code): void {
  const { state, source } = step;
  const added = addIncomingCode(
    state.codebook,
    { ...code, retired: false },
    mapParent(step, code),
    step.context,
  );
  const merged = takeIncomingMerge(
    added.codebook,
    code.id,
    namesake.id,
    step.context,
  );
  const isAlias = merged.notes.length === 0;
  if (isAlias) state.codebook = merged.codebook;
  else step.mapping.set(code.id, namesake.id);
  state.log.push(
    logEntry({
      action: 'code_mapped',
      source: source.name,
      code: code.id,
      choice: 'map',
      kept: namesake.id,
      detail: [
        `Mapped "${code.name}" onto the project's code ${namesake.id}.`,
        ...added.notes,
        ...merged.notes,
      ].join(' '),
    }),
  );
}

function reconcileCode(step: SourceStep, current: Code, incoming: Code): void {
  const parentId = mapParent(step, incoming);
  const found = listCodeDifferences(current, incoming, parentId);
  if (found.kinds.length === 0) return;

  const pick = pickCodeWinner(current.id, step.fork, {
    base: step.state.codebook.version,
    incoming: step.incoming.version,
  });
  settleDifference(step, { ...found, ...pick, codeId: current.id }, (cb) =>
    takeIncomingCode(cb, current, incoming, parentId, step.context),
  );
}

function mergeAlias(step: SourceStep, fromId: CodeId, intoId: CodeId): void {
  const { codebook } = step.state;
  const from = findCode(codebook, fromId);
  if (from === undefined || codebook.aliases[fromId] !== undefined) return;

  const localInto = resolveCodeId(intoId, step.incoming.aliases);
  const into = resolveCodeId(
    step.mapping.get(localInto) ?? localInto,
    codebook.aliases,
  );
  if (into === fromId || findCode(codebook, into) === undefined) return;

  const pick = pickCodeWinner(fromId, step.fork, {
    base: codebook.version,
    incoming: step.incoming.version,
  });
  const difference = {
    kinds: ['merged' as const],
    fields: [{ field: 'mergedInto', base: null, incoming: into }],
    ...pick,
    codeId: fromId,
  };
  settleDifference(step, difference, (cb) =>
    takeIncomingMerge(cb, fromId, into, step.context),
  );
}

function settleDifference(
  step: SourceStep,
  found: Omit<CodeDifference, 'name' | 'source'>,
  take: (codebook: Codebook) => Applied,
): void {
  const { state, source } = step;
  const name = findCode(state.codebook, found.codeId)?.name ?? found.codeId;
  state.differences.push({ ...found, name, source: source.name });
  const choice: MergeSide | null =
    found.winner ?? chooseFor(step.resolutions?.codebook, found.codeId);
  if (choice === null) {
    state.unresolved.push({
      kind: 'codebook',
      key: found.codeId,
      source: source.name,
      message:
        `Code "${name}" differs in ${source.name} ` +
        `(${found.kinds.join(', ')}): ${found.reason}; keep the project's ` +
        "version or take the file's.",
    });
    return;
  }
  const how = found.winner === null ? choice : 'auto';
  const described = describeFields(found);
  if (choice === 'base') {
    state.log.push(
      logEntry({
        action: 'code_kept',
        source: source.name,
        code: found.codeId,
        choice: how,
        kept: described.base,
        replaced: described.incoming,
        detail: `Kept the project's "${name}" (${found.reason}).`,
      }),
    );
    return;
  }
  const applied = take(state.codebook);
  state.codebook = applied.codebook;
  state.log.push(
    logEntry({
      action: 'code_updated',
      source: source.name,
      code: found.codeId,
      choice: how,
      kept: described.incoming,
      replaced: described.base,
      detail: withNotes(
        `Took the file's "${name}" (${found.reason}).`,
        applied,
      ),
    }),
  );
}

function findNamesake(codebook: Codebook, code: Code): Code | undefined {
  const name = normaliseName(code.name);
  return codebook.codes.find((each) => normaliseName(each.name) === name);
}

function describeFields(found: Pick<CodeDifference, 'fields'>): {
  base: string;
  incoming: string;
} {
  const side = (pick: 'base' | 'incoming'): string =>
    found.fields
      .map((field) => `${field.field}: ${String(field[pick])}`)
      .join('; ');
  return { base: side('base'), incoming: side('incoming') };
}

function withNotes(sentence: string, applied: Applied): string {
  return [sentence, ...applied.notes].join(' ');
}
