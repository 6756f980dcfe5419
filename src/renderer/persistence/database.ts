import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { Codebook } from '../../core/codebook/types';
import type { AuditEvent } from '../../core/model/audit';
import type {
  Coder,
  ConsensusDecision,
  ReliabilitySample,
} from '../../core/model/coding';
import type { ProjectMeta } from '../../core/model/project';
import type { SettingValue, SnapshotParts } from '../../core/repository/types';
import { createLogger } from '../../shared/logger';
import type { ChunkRow } from './chunks';
import type { CodingBucketRow } from './coding-buckets';

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

export type CodebookRow = {
  readonly projectId: string;
  readonly codebook: Codebook;
};

/** The project's coders, in the order they joined: few, so one row. */
export type CodersRow = {
  readonly projectId: string;
  readonly coders: readonly Coder[];
};

export type ConsensusRow = ConsensusDecision & { readonly projectId: string };

export type SampleRow = ReliabilitySample & { readonly projectId: string };

/**
 * What a replacement (a merge) replaced, under its audit event's `seq`,
 * kept as stored: records as chunks with their edit overlays, layers as
 * buckets, so keeping them costs no re-encoding.
 */
export type ReplacedRow = {
  readonly projectId: string;
  readonly seq: number;
  readonly parts: StoredParts;
};

export type StoredParts = Pick<
  SnapshotParts,
  'meta' | 'codebook' | 'coders' | 'consensus'
> & {
  readonly recordChunks?: readonly ChunkRow[];
  readonly overlays?: readonly OverlayRow[];
  readonly layerBuckets?: readonly CodingBucketRow[];
};

export type PodscanDatabase = Dexie & {
  readonly projects: Table<ProjectMeta, string>;
  readonly chunks: Table<ChunkRow, [string, number]>;
  readonly overlay: Table<OverlayRow, [string, string]>;
  readonly audit: Table<AuditRow, number>;
  readonly settings: Table<SettingRow, string>;
  readonly codebooks: Table<CodebookRow, string>;
  readonly coders: Table<CodersRow, string>;
  readonly codings: Table<CodingBucketRow, [string, string, number]>;
  readonly consensus: Table<ConsensusRow, [string, string, string]>;
  readonly samples: Table<SampleRow, [string, string]>;
  readonly replaced: Table<ReplacedRow, [string, number]>;
};

/**
 * Declares Podscan's IndexedDB schema and opens it lazily on first use.
 * Records are stored as chunks of about 1,000 (see chunks.ts) because one
 * IndexedDB value per record is over ten times slower to write; coding
 * layers likewise as buckets of a coder's codings (see coding-buckets.ts).
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
    codebooks: 'projectId',
    coders: 'projectId',
    codings: '[projectId+coderId+bucket]',
    consensus: '[projectId+recordKey+codeId]',
    samples: '[projectId+id]',
    replaced: '[projectId+seq]',
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
