import type { NewAuditEvent } from '../model/audit';
import type { RecordCoding } from '../model/coding';
import type { CoderId, ProjectId, RecordKey } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import {
  checkExpectedCodebook,
  compareCodings,
  compareDecisions,
  consensusKeyOf,
  createEmptyCodebook,
} from './coding-store';
import type { ReplaceOptions, SnapshotParts } from './coding-types';
import { KEPT_REPLACEMENTS } from './coding-types';
import { createRepositoryError } from './errors';
import { commitOne, listCodings } from './memory-coding';
import type {
  MemoryStore,
  MemoryTransaction,
  StoredProject,
} from './memory-store';
import {
  copyCoding,
  copyJson,
  copyRecord,
  requireProject,
  settle,
  stageRecords,
} from './memory-store';
import { applyOverlay } from './overlay';
import { splitEdits } from './replacement';
import type { ProjectRepository } from './types';

type SnapshotMethods = Pick<
  ProjectRepository,
  'loadSnapshot' | 'replaceSnapshotParts' | 'loadReplacedParts'
>;

/** Snapshot reads and whole-project replacement of the memory repository. */
export function createMemorySnapshotMethods(
  store: MemoryStore,
): SnapshotMethods {
  return {
    loadSnapshot: (id, onProgress) =>
      settle(() => {
        const snapshot = readSnapshot(requireProject(store.state, id));
        onProgress?.(1);
        return snapshot;
      }),
    replaceSnapshotParts: (id, parts, event, options) =>
      store.write((tx) => replaceParts(tx, id, parts, event, options)),
    loadReplacedParts: (id, seq) =>
      settle(() => {
        const parts = requireProject(store.state, id).replaced.get(seq);
        return parts && copyParts(parts);
      }),
  };
}

function readSnapshot(project: StoredProject): ProjectSnapshot {
  return {
    meta: copyJson(project.meta),
    records: readRecords(project),
    codebook: copyJson(project.codebook ?? createEmptyCodebook()),
    coders: copyJson(project.coders),
    layers: listCodings(project).sort(compareCodings),
    consensus: copyJson([...project.consensus.values()]).sort(compareDecisions),
  };
}

function readRecords(project: StoredProject) {
  return project.records.map((record) =>
    copyRecord(applyOverlay(record, project.overlays.get(record.key))),
  );
}

function replaceParts(
  tx: MemoryTransaction,
  id: ProjectId,
  parts: SnapshotParts,
  event: NewAuditEvent,
  options: ReplaceOptions = {},
): ReturnType<typeof commitOne> {
  const project = requireProject(tx, id);
  if (parts.meta && parts.meta.id !== id) {
    throw createRepositoryError('INVALID_ARGUMENT', 'project ids differ');
  }
  checkExpectedCodebook(
    project.codebook ?? createEmptyCodebook(),
    options.expectedCodebookVersion,
  );

  const before = captureParts(project, parts);
  const next = buildReplacement(tx, project, parts);
  const numbered = commitOne(tx, project, next, event);
  tx.stage('replaced');
  const replaced = new Map(project.replaced).set(numbered.seq, before);
  for (const seq of [...replaced.keys()].slice(0, -KEPT_REPLACEMENTS)) {
    replaced.delete(seq);
  }
  const stored = requireProject(tx, id);
  tx.projects.set(id, { ...stored, replaced });
  return numbered;
}

function buildReplacement(
  tx: MemoryTransaction,
  project: StoredProject,
  parts: SnapshotParts,
): Partial<StoredProject> {
  const next: {
    -readonly [K in keyof StoredProject]?: StoredProject[K];
  } = {};
  const meta = parts.meta ?? project.meta;
  if (parts.records) {
    const split = splitEdits(parts.records, project.overlays, parts.editedBase);
    next.records = stageRecords(tx, split.records, undefined);
    tx.stage('overlay');
    next.overlays = split.overlays;
    next.meta = copyJson({ ...meta, recordCount: parts.records.length });
  } else if (parts.meta) {
    next.meta = copyJson(meta);
  }
  if (parts.codebook) {
    tx.stage('codebooks');
    next.codebook = copyJson(parts.codebook);
  }
  if (parts.coders) {
    tx.stage('coders');
    next.coders = copyJson(parts.coders);
  }
  if (parts.layers) next.layers = indexLayers(tx, parts.layers);
  if (parts.consensus) {
    tx.stage('consensus');
    next.consensus = new Map(
      copyJson(parts.consensus).map((d) => [consensusKeyOf(d), d]),
    );
  }
  return next;
}

/** What the given parts held before, to keep for a revert. */
function captureParts(
  project: StoredProject,
  parts: SnapshotParts,
): SnapshotParts {
  const captured: { -readonly [K in keyof SnapshotParts]: SnapshotParts[K] } =
    {};
  if (parts.meta || parts.records) captured.meta = copyJson(project.meta);
  if (parts.records) {
    captured.records = readRecords(project);
    captured.editedBase = new Map(
      [...project.overlays].map(([key, { base }]) => [key, { ...base }]),
    );
  }
  if (parts.codebook) {
    captured.codebook = copyJson(project.codebook ?? createEmptyCodebook());
  }
  if (parts.coders) captured.coders = copyJson(project.coders);
  if (parts.layers) {
    captured.layers = listCodings(project).sort(compareCodings);
  }
  if (parts.consensus) {
    captured.consensus = copyJson([...project.consensus.values()]).sort(
      compareDecisions,
    );
  }
  return captured;
}

function indexLayers(
  tx: MemoryTransaction,
  codings: SnapshotParts['layers'] & object,
): Map<CoderId, Map<RecordKey, RecordCoding>> {
  const layers = new Map<CoderId, Map<RecordKey, RecordCoding>>();
  for (const coding of codings) {
    tx.stage('codings');
    const layer =
      layers.get(coding.coderId) ?? new Map<RecordKey, RecordCoding>();
    layer.set(coding.recordKey, copyCoding(coding));
    layers.set(coding.coderId, layer);
  }
  return layers;
}

function copyParts(parts: SnapshotParts): SnapshotParts {
  const { editedBase, records, layers, ...rest } = parts;
  return {
    ...copyJson(rest),
    ...(records ? { records: records.map(copyRecord) } : {}),
    ...(editedBase
      ? {
          editedBase: new Map(
            [...editedBase].map(([key, base]) => [key, { ...base }]),
          ),
        }
      : {}),
    ...(layers ? { layers: layers.map(copyCoding) } : {}),
  };
}
