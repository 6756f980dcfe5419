import type { AuditEvent } from '../model/audit';
import type { ProjectId, RecordKey } from '../model/ids';
import { createRepositoryError } from './errors';
import type {
  MemoryStore,
  MemoryTable,
  MemoryTransaction,
  StoredProject,
} from './memory-store';
import {
  copyJson,
  copyRecord,
  createMemoryStore,
  createStoredCoding,
  requireProject,
  settle,
  stageAudit,
  stageRecords,
} from './memory-store';
import { createMemoryCodingMethods } from './memory-coding';
import { createMemorySnapshotMethods } from './memory-snapshot';
import { compareProjectsByCreation, patchProjectMeta } from './meta';
import type { RecordOverlay } from './overlay';
import {
  applyFieldChanges,
  applyOverlay,
  createEditEvent,
  groupDropEdits,
  rebaseOverlay,
} from './overlay';
import type {
  AuditQuery,
  EditEventInfo,
  ProgressFn,
  ProjectRepository,
  RecordEdit,
  ReimportCommit,
  SettingValue,
  SettingsStore,
} from './types';

export type { MemoryTable } from './memory-store';

export type MemoryRepositoryOptions = {
  /**
   * Called before each staged write with the store it goes to. A throw
   * fails the whole call as a failing storage write would; tests inject
   * failures here.
   */
  readonly onWrite?: (table: MemoryTable) => void;
};

/**
 * An in-memory ProjectRepository for tests and the CLI, with the same
 * transactional semantics as the IndexedDB one: each write builds the new
 * state aside and swaps it in only when every step succeeded. Values are
 * copied in and out, as IndexedDB's structured clone does.
 */
export function createMemoryRepository(
  options: MemoryRepositoryOptions = {},
): ProjectRepository {
  const store = createMemoryStore(options.onWrite ?? noop);
  const read = <T>(id: ProjectId, pick: (project: StoredProject) => T) =>
    settle(() => pick(requireProject(store.state, id)));

  return {
    settings: createMemorySettings(store),
    listProjects: () =>
      settle(() =>
        [...store.state.projects.values()]
          .map((project) => copyJson(project.meta))
          .sort(compareProjectsByCreation),
      ),
    getProject: (id) =>
      settle(() => {
        const project = store.state.projects.get(id);
        return project && copyJson(project.meta);
      }),
    createProject: (meta, records, event, onProgress) =>
      store.write((tx) => {
        if (tx.projects.has(meta.id)) {
          throw createRepositoryError('PROJECT_EXISTS', meta.id);
        }

        const stored = stageRecords(tx, records, onProgress);
        const audit = [stageAudit(tx, meta.id, event)];
        tx.stage('projects');
        const overlays = new Map<RecordKey, RecordOverlay>();
        const project = { meta: copyJson(meta), records: stored, overlays };
        tx.projects.set(meta.id, {
          ...project,
          audit,
          ...createStoredCoding(),
        });
      }),
    updateProject: (id, patch, event) =>
      store.write((tx) => {
        const project = requireProject(tx, id);
        const meta = copyJson(patchProjectMeta(project.meta, patch, event?.at));
        const audit = event
          ? [...project.audit, stageAudit(tx, id, event)]
          : project.audit;
        tx.stage('projects');
        tx.projects.set(id, { ...project, meta, audit });
        return copyJson(meta);
      }),
    deleteProject: (id) =>
      store.write((tx) => {
        if (!tx.projects.has(id)) return;

        STORED_TABLES.forEach(tx.stage);
        tx.projects.delete(id);
      }),
    loadRecords: (id, onProgress, onRecords) =>
      read(id, (project) => {
        const records = project.records.map((record) =>
          copyRecord(applyOverlay(record, project.overlays.get(record.key))),
        );
        if (records.length > 0) onRecords?.(records);
        onProgress?.(1);
        return records;
      }),
    loadEditedBase: (id) =>
      read(id, (project) => {
        const entries = [...project.overlays];
        return new Map(entries.map(([key, { base }]) => [key, { ...base }]));
      }),
    saveEdits: (id, edits, event) =>
      store.write((tx) => saveStoredEdits(tx, id, edits, event)),
    applyReimport: (id, commit, onProgress) =>
      store.write((tx) => reimportStoredProject(tx, id, commit, onProgress)),
    listAudit: (id, query) =>
      read(id, (project) => selectAudit(project.audit, query).map(copyJson)),
    ...createMemoryCodingMethods(store),
    ...createMemorySnapshotMethods(store),
  };
}

/** Every store a project has rows in, as a delete stages them. */
const STORED_TABLES: readonly MemoryTable[] = [
  'records',
  'overlay',
  'audit',
  'codebooks',
  'coders',
  'codings',
  'consensus',
  'samples',
  'replaced',
  'projects',
];

function createMemorySettings(store: MemoryStore): SettingsStore {
  return {
    get: (key) =>
      settle(() => {
        const text = store.state.settings.get(key);
        return text === undefined
          ? undefined
          : (JSON.parse(text) as SettingValue);
      }),
    set: (key, value) =>
      store.write((tx) => {
        tx.stage('settings');
        tx.settings.set(key, JSON.stringify(value));
      }),
  };
}

function saveStoredEdits(
  tx: MemoryTransaction,
  id: ProjectId,
  edits: readonly RecordEdit[],
  info: EditEventInfo,
): AuditEvent[] {
  const project = requireProject(tx, id);
  const overlays = new Map(project.overlays);
  const events: AuditEvent[] = [];

  for (const { recordKey, changes } of edits) {
    const result = applyFieldChanges(overlays.get(recordKey), changes);
    tx.stage('overlay');
    setOrDelete(overlays, recordKey, result.overlay);
    const event = createEditEvent(info, recordKey, result.changes);
    events.push(stageAudit(tx, id, event));
  }

  tx.stage('projects');
  const meta = { ...project.meta, updatedAt: info.at };
  const audit = [...project.audit, ...events];
  tx.projects.set(id, { ...project, meta, overlays, audit });
  return events.map(copyJson);
}

function reimportStoredProject(
  tx: MemoryTransaction,
  id: ProjectId,
  commit: ReimportCommit,
  onProgress: ProgressFn | undefined,
): void {
  if (commit.meta.id !== id) {
    throw createRepositoryError('INVALID_ARGUMENT', 'project ids differ');
  }

  const project = requireProject(tx, id);
  const records = stageRecords(tx, commit.records, onProgress);
  const fieldsByKey = new Map(records.map((r) => [r.key, r.fields]));
  const dropped = groupDropEdits(commit.dropEdits);
  const overlays = new Map<RecordKey, RecordOverlay>();
  for (const [key, overlay] of project.overlays) {
    const fields = fieldsByKey.get(key);
    const rebased = fields && rebaseOverlay(overlay, fields, dropped.get(key));
    tx.stage('overlay');
    setOrDelete(overlays, key, rebased);
  }

  const audit = [...project.audit, stageAudit(tx, id, commit.event)];
  tx.stage('projects');
  const meta = copyJson(commit.meta);
  tx.projects.set(id, { ...project, meta, records, overlays, audit });
}

function selectAudit(
  events: readonly AuditEvent[],
  query: AuditQuery = {},
): readonly AuditEvent[] {
  const { recordKey, limit } = query;
  const matching =
    recordKey === undefined
      ? events
      : events.filter((event) => event.recordKey === recordKey);
  if (limit === undefined) return matching;

  return matching.slice(Math.max(0, matching.length - Math.max(0, limit)));
}

function setOrDelete<K, V>(map: Map<K, V>, key: K, value: V | undefined) {
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}

function noop(): void {}
