import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { AuditEvent } from '../../core/model/audit';
import type { ProjectMeta } from '../../core/model/project';
import type { SettingValue } from '../../core/repository/types';
import { createLogger } from '../../shared/logger';
import type { ChunkRow } from './chunks';

/** Name of the IndexedDB database the workbench keeps its projects in. */
export const DEFAULT_DATABASE_NAME = 'podscan';

/**
 * Why this window's storage connection stopped or is waiting:
 * `versionchange` — another window opened a newer schema version or is
 * deleting the database, so this connection closed itself and the user
 * should reload; `blocked` — this window wants a newer schema version but
 * another window still holds the old one open and should be closed.
 */
export type StorageInterruption = 'versionchange' | 'blocked';

export type DatabaseOptions = {
  /** IndexedDB implementation; the browser's own when omitted. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** Tells the app to ask the user to reload or close other windows. */
  readonly onInterruption?: (reason: StorageInterruption) => void;
};

/** A user's edits of one record, beside its imported values. */
export type OverlayRow = {
  readonly projectId: string;
  readonly recordKey: string;
  readonly values: Readonly<Record<string, string>>;
  readonly base: Readonly<Record<string, string>>;
};

/** An audit event as stored; IndexedDB assigns `seq` on insert. */
export type AuditRow = Omit<AuditEvent, 'seq'> & { readonly seq?: number };

export type SettingRow = {
  readonly key: string;
  readonly value: SettingValue;
};

export type PodscanDatabase = Dexie & {
  readonly projects: Table<ProjectMeta, string>;
  readonly chunks: Table<ChunkRow, [string, number]>;
  readonly overlay: Table<OverlayRow, [string, string]>;
  readonly audit: Table<AuditRow, number>;
  readonly settings: Table<SettingRow, string>;
};

/**
 * Declares Podscan's IndexedDB schema and opens it lazily on first use.
 * Records are stored as chunks of about 1,000 (see chunks.ts) because one
 * IndexedDB value per record is over ten times slower to write.
 */
export function openPodscanDatabase(
  name: string,
  options: DatabaseOptions = {},
): PodscanDatabase {
  const db = new Dexie(name, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    // No live queries here; the cache would only hold copies of chunks.
    cache: 'disabled',
  }) as PodscanDatabase;

  // Shipped versions are never edited. A schema change adds version(n + 1)
  // with its stores and an .upgrade() step that converts existing rows.
  db.version(1).stores({
    projects: 'id',
    chunks: '[projectId+index]',
    overlay: '[projectId+recordKey]',
    audit: '++seq, projectId, [projectId+recordKey]',
    settings: 'key',
  });

  watchOtherWindows(db, options.onInterruption);
  return db;
}

function watchOtherWindows(
  db: PodscanDatabase,
  onInterruption: DatabaseOptions['onInterruption'],
): void {
  // Returning false stops Dexie's default handlers, which would reopen the
  // connection on the next call and let this window write under a schema
  // it predates.
  db.on('versionchange', () => {
    log.warn('storage closed for another window', { database: db.name });
    db.close();
    onInterruption?.('versionchange');
    return false;
  });
  db.on('blocked', () => {
    log.warn('storage upgrade waits for another window', {
      database: db.name,
    });
    onInterruption?.('blocked');
    return false;
  });
}

const log = createLogger('persistence');
