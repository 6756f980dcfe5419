import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import {
  createDexieRepository,
  type DexieRepository,
  type DexieRepositoryOptions,
} from '../../../src/renderer/persistence/dexie-repository';

export const DB_NAME = 'podscan-test';

/** A fresh, private IndexedDB, as a new browser profile would have. */
export function createFakeIndexedDb(): IDBFactory {
  return new IDBFactory();
}

/** A repository on `indexedDB`, as one window of the workbench. */
export function openWindow(
  indexedDB: IDBFactory,
  options: Omit<DexieRepositoryOptions, 'indexedDB' | 'IDBKeyRange'> = {},
): DexieRepository {
  return createDexieRepository(DB_NAME, {
    ...options,
    indexedDB,
    IDBKeyRange,
  });
}

const WRITE_METHODS = ['put', 'add', 'delete', 'clear'] as const;

type WriteMethod = (typeof WRITE_METHODS)[number];
type StoreMethod = (this: IDBObjectStore, ...args: unknown[]) => unknown;

/**
 * Makes the `nth` object-store write from now on throw `error`, inside
 * whatever transaction issues it. Returns the undo.
 */
export function failNthWrite(nth: number, error: unknown): () => void {
  const prototype = IDBObjectStore.prototype as unknown as Record<
    WriteMethod,
    StoreMethod
  >;
  const originals = WRITE_METHODS.map((name) => [name, prototype[name]]);
  let remaining = nth;

  for (const [name, original] of originals as [WriteMethod, StoreMethod][]) {
    prototype[name] = function (this: IDBObjectStore, ...args: unknown[]) {
      remaining -= 1;
      if (remaining === 0) throw error;

      return original.apply(this, args);
    };
  }

  return () => {
    for (const [name, original] of originals as [WriteMethod, StoreMethod][]) {
      prototype[name] = original;
    }
  };
}
