import type { ProjectId } from '../../core/model/ids';
import { compareProjectsByCreation } from '../../core/repository/meta';
import type {
  ProgressFn,
  ProjectRepository,
  SettingsStore,
} from '../../core/repository/types';
import type { ImportTable } from '../../core/scan';
import { createLogger } from '../../shared/logger';
import { countChunks } from './chunks';
import type { DatabaseOptions, PodscanDatabase } from './database';
import { DEFAULT_DATABASE_NAME, openPodscanDatabase } from './database';
import { toStorageError } from './errors';
import { readAudit, readEditedBase, readRecords } from './project-reads';
import {
  removeProject,
  writeEdits,
  writeNewProject,
  writeNewProjectTable,
  writeProjectPatch,
  writeReimport,
} from './project-writes';
import { createCodingMethods } from './coding-methods';

export type DexieRepositoryOptions = DatabaseOptions;

export type DexieRepository = ProjectRepository & {
  /**
   * createProject for an import kept as rows (see ImportTable): the
   * import worker stores 100,000 rows without a record object per row.
   */
  readonly createProjectFromTable: (
    table: ImportTable,
    onProgress?: ProgressFn,
  ) => Promise<void>;
  /** Opens the database now rather than on the first call. */
  readonly open: () => Promise<void>;
  /** Closes the connection; later calls reject with STORAGE_CLOSED. */
  readonly close: () => void;
};

/**
 * The workbench's ProjectRepository over IndexedDB (Dexie). Opens the
 * database lazily on the first call. Every failure rejects with a
 * RepositoryError; see DatabaseOptions.onInterruption for other windows.
 */
export function createDexieRepository(
  dbName: string = DEFAULT_DATABASE_NAME,
  options: DexieRepositoryOptions = {},
): DexieRepository {
  const db = openPodscanDatabase(dbName, options);

  return {
    settings: createDexieSettings(db),
    listProjects: () =>
      guard('listProjects', async () =>
        (await db.projects.toArray()).sort(compareProjectsByCreation),
      ),
    getProject: (id) => guard('getProject', () => db.projects.get(id)),
    createProject: (meta, records, event, onProgress) =>
      timed('createProject', meta.id, records.length, () =>
        writeNewProject(db, meta, records, event, onProgress),
      ),
    createProjectFromTable: (table, onProgress) =>
      timed('createProject', table.meta.id, table.rows.length, () =>
        writeNewProjectTable(db, table, onProgress),
      ),
    updateProject: (id, patch, event) =>
      guard('updateProject', () => writeProjectPatch(db, id, patch, event)),
    deleteProject: (id) => guard('deleteProject', () => removeProject(db, id)),
    loadRecords: async (id, onProgress, onRecords) => {
      const started = performance.now();
      const records = await guard('loadRecords', () =>
        readRecords(db, id, onProgress, onRecords),
      );
      logTiming('loadRecords', id, records.length, started);
      return records;
    },
    loadEditedBase: (id) =>
      guard('loadEditedBase', () => readEditedBase(db, id)),
    saveEdits: (id, edits, event) =>
      guard('saveEdits', () => writeEdits(db, id, edits, event)),
    applyReimport: (id, commit, onProgress) =>
      timed('applyReimport', id, commit.records.length, () =>
        writeReimport(db, id, commit, onProgress),
      ),
    listAudit: (id, query) =>
      guard('listAudit', () => readAudit(db, id, query)),
    ...createCodingMethods(db, guard),
    open: () =>
      guard('open', async () => {
        await db.open();
      }),
    close: () => db.close(),
  };
}

const log = createLogger('persistence');

function createDexieSettings(db: PodscanDatabase): SettingsStore {
  return {
    get: (key) =>
      guard('getSetting', async () => (await db.settings.get(key))?.value),
    set: (key, value) =>
      guard('setSetting', async () => {
        await db.settings.put({ key, value });
      }),
  };
}

/** Runs a storage call and turns whatever it throws into a RepositoryError. */
export async function guard<T>(
  action: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const mapped = toStorageError(error);
    log.warn('storage call failed', { action, code: mapped.code });
    throw mapped;
  }
}

async function timed(
  action: string,
  id: ProjectId,
  records: number,
  work: () => Promise<void>,
): Promise<void> {
  const started = performance.now();
  await guard(action, work);
  logTiming(action, id, records, started);
}

function logTiming(
  action: string,
  id: ProjectId,
  records: number,
  started: number,
): void {
  const ms = Math.round(performance.now() - started);
  log.info(`${action} done`, {
    project: id,
    records,
    chunks: countChunks(records),
    ms,
  });
}
