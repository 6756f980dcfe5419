import type { SettingsStore } from '../../core/repository/types';
import type { StorageInterruption } from './database';
import { DEFAULT_DATABASE_NAME } from './database';
import type { DexieRepository } from './dexie-repository';
import { createDexieRepository } from './dexie-repository';
import { requestPersistentStorage } from './storage';

export type {
  DexieRepository,
  DexieRepositoryOptions,
} from './dexie-repository';
export type { StorageInterruption } from './database';
export {
  createDexieRepository,
  DEFAULT_DATABASE_NAME,
  requestPersistentStorage,
};

/** The workbench's storage, opened and ready. */
export type Persistence = {
  readonly repository: DexieRepository;
  readonly settings: SettingsStore;
};

export type OpenPersistenceOptions = {
  readonly dbName?: string;
  /** See StorageInterruption: ask the user to reload or close windows. */
  readonly onInterruption?: (reason: StorageInterruption) => void;
};

/**
 * Opens the workbench's IndexedDB storage; rejects with a RepositoryError
 * when it cannot be opened. Also asks the browser not to evict the data.
 */
export async function openPersistence(
  options: OpenPersistenceOptions = {},
): Promise<Persistence> {
  const { dbName = DEFAULT_DATABASE_NAME, onInterruption } = options;
  const repository = createDexieRepository(dbName, {
    ...(onInterruption ? { onInterruption } : {}),
  });
  await repository.open();
  void requestPersistentStorage();
  return { repository, settings: repository.settings };
}
