import type {
  AuditEvent,
  ConsensusChange,
  NewAuditEvent,
} from '../model/audit';
import type {
  CodingChange,
  ConsensusDecision,
  RecordCoding,
} from '../model/coding';
import type { CoderId, ProjectId, RecordKey } from '../model/ids';
import {
  applyStoredCodings,
  checkCodebookSave,
  checkCodingChanges,
  compareCodings,
  compareDecisions,
  compareSamples,
  consensusKeyOf,
  createAdjudicationEvent,
  createCoderEvent,
  createEmptyCodebook,
  createSampleEvent,
} from './coding-store';
import type { ChangeInfo, ConsensusKey } from './coding-types';
import type {
  MemoryStore,
  MemoryTransaction,
  StoredProject,
} from './memory-store';
import {
  copyCoding,
  copyJson,
  requireProject,
  settle,
  stageAudit,
} from './memory-store';
import type { ProjectRepository } from './types';

type CodingMethods = Pick<
  ProjectRepository,
  | 'listCoders'
  | 'saveCoder'
  | 'loadCodebook'
  | 'saveCodebook'
  | 'loadLayer'
  | 'loadLayers'
  | 'saveCodings'
  | 'loadConsensus'
  | 'saveConsensus'
  | 'deleteConsensus'
  | 'listSamples'
  | 'saveSample'
  | 'deleteSample'
>;

/** The coding half of the in-memory repository (see memory.ts). */
export function createMemoryCodingMethods(store: MemoryStore): CodingMethods {
  const read = <T>(id: ProjectId, pick: (project: StoredProject) => T) =>
    settle(() => pick(requireProject(store.state, id)));

  return {
    listCoders: (id) => read(id, (project) => copyJson([...project.coders])),
    saveCoder: (id, coder, info) =>
      store.write((tx) => {
        const project = requireProject(tx, id);
        const before = project.coders.find((each) => each.id === coder.id);
        const event = createCoderEvent(info, before ?? null, coder);
        if (event === null) return null;

        const { id: coderId, name, initials } = coder;
        const stored = { id: coderId, name, initials };
        const coders = before
          ? project.coders.map((each) => (each.id === coderId ? stored : each))
          : [...project.coders, stored];
        tx.stage('coders');
        return commitOne(tx, project, { coders }, event);
      }),
    loadCodebook: (id) =>
      read(id, (project) =>
        copyJson(project.codebook ?? createEmptyCodebook()),
      ),
    saveCodebook: (id, codebook, save) =>
      store.write((tx) => {
        const project = requireProject(tx, id);
        checkCodebookSave(
          project.codebook ?? createEmptyCodebook(),
          codebook,
          save.baseVersion,
        );
        checkCodingChanges(save.codings ?? [], project.coders);
        tx.stage('codebooks');
        const codings = save.codings ?? [];
        const { layers } = writeCodings(tx, project, codings, save.event);
        const parts = { codebook: copyJson(codebook), layers };
        return commitOne(tx, project, parts, save.event);
      }),
    loadLayer: (id, coderId) =>
      read(id, (project) =>
        [...(project.layers.get(coderId)?.values() ?? [])]
          .map(copyCoding)
          .sort(compareCodings),
      ),
    loadLayers: (id) =>
      read(id, (project) => listCodings(project).sort(compareCodings)),
    saveCodings: (id, changes, changeInfo) =>
      store.write((tx) => {
        const project = requireProject(tx, id);
        checkCodingChanges(changes, project.coders);
        const { layers, events } = writeCodings(
          tx,
          project,
          changes,
          changeInfo,
        );
        return commit(tx, project, { layers }, events, changeInfo.at);
      }),
    loadConsensus: (id) =>
      read(id, (project) =>
        copyJson([...project.consensus.values()]).sort(compareDecisions),
      ),
    saveConsensus: (id, decisions, changeInfo) =>
      store.write((tx) =>
        writeConsensus(
          tx,
          id,
          decisions.map((decision) => [decision, decision]),
          changeInfo,
        ),
      ),
    deleteConsensus: (id, keys, changeInfo) =>
      store.write((tx) =>
        writeConsensus(
          tx,
          id,
          keys.map((key) => [key, null]),
          changeInfo,
        ),
      ),
    listSamples: (id) =>
      read(id, (project) =>
        copyJson([...project.samples].sort(compareSamples)),
      ),
    saveSample: (id, sample, changeInfo) =>
      store.write((tx) => {
        const project = requireProject(tx, id);
        const before = project.samples.find((each) => each.id === sample.id);
        const stored = copyJson(sample);
        const samples = before
          ? project.samples.map((each) => (each === before ? stored : each))
          : [...project.samples, stored];
        tx.stage('samples');
        const event = createSampleEvent(changeInfo, before ?? null, sample);
        return commitOne(tx, project, { samples }, event);
      }),
    deleteSample: (id, sampleId, changeInfo) =>
      store.write((tx) => {
        const project = requireProject(tx, id);
        const before = project.samples.find((each) => each.id === sampleId);
        if (!before) return null;

        const samples = project.samples.filter((each) => each !== before);
        tx.stage('samples');
        const event = createSampleEvent(changeInfo, before, null);
        return commitOne(tx, project, { samples }, event);
      }),
  };
}

/** Every coding of the project, copied, in no particular order. */
export function listCodings(project: StoredProject): RecordCoding[] {
  const codings: RecordCoding[] = [];
  for (const layer of project.layers.values()) {
    for (const coding of layer.values()) codings.push(copyCoding(coding));
  }
  return codings;
}

/**
 * Stores the project with `parts` replaced and `events` appended; the
 * metadata's `updatedAt` becomes `at`. Returns the numbered events.
 */
export function commit(
  tx: MemoryTransaction,
  project: StoredProject,
  parts: Partial<StoredProject>,
  events: readonly NewAuditEvent[],
  at: string,
): AuditEvent[] {
  const id = project.meta.id;
  const audit = events.map((event) => stageAudit(tx, id, event));
  tx.stage('projects');
  tx.projects.set(id, {
    ...project,
    ...parts,
    meta: { ...(parts.meta ?? project.meta), updatedAt: at },
    audit: [...project.audit, ...audit],
  });
  return audit.map(copyJson);
}

/** `commit` with one event, at that event's time. */
export function commitOne(
  tx: MemoryTransaction,
  project: StoredProject,
  parts: Partial<StoredProject>,
  event: NewAuditEvent,
): AuditEvent {
  const [numbered] = commit(tx, project, parts, [event], event.at);
  if (!numbered) throw new Error('commit numbered no event');

  return numbered;
}

function writeCodings(
  tx: MemoryTransaction,
  project: StoredProject,
  changes: readonly CodingChange[],
  changeInfo: ChangeInfo,
) {
  const layers = new Map(project.layers);
  const copied = new Map<CoderId, Map<RecordKey, RecordCoding>>();
  const layerOf = ({ coderId }: CodingChange) => {
    let layer = copied.get(coderId);
    if (!layer) {
      layer = new Map(project.layers.get(coderId) ?? []);
      copied.set(coderId, layer);
      layers.set(coderId, layer);
    }
    tx.stage('codings');
    return layer;
  };
  const stored = changes.map((change) =>
    change.after ? { ...change, after: copyCoding(change.after) } : change,
  );
  const events = applyStoredCodings(stored, layerOf, changeInfo);
  return { layers, events };
}

/** A decision to store under a key, or null to remove the key's. */
type ConsensusWrite = readonly [ConsensusKey, ConsensusDecision | null];

function writeConsensus(
  tx: MemoryTransaction,
  id: ProjectId,
  writes: readonly ConsensusWrite[],
  changeInfo: ChangeInfo,
): AuditEvent {
  const project = requireProject(tx, id);
  const consensus = new Map(project.consensus);
  const changes: ConsensusChange[] = [];
  for (const [key, next] of writes) {
    const name = consensusKeyOf(key);
    tx.stage('consensus');
    const before = consensus.get(name) ?? null;
    if (next) consensus.set(name, copyJson(next));
    else consensus.delete(name);
    const { recordKey, codeId } = key;
    changes.push({ recordKey, codeId, before, after: next && copyJson(next) });
  }

  const event = createAdjudicationEvent(changeInfo, changes);
  return commitOne(tx, project, { consensus }, event);
}
