import type { Codebook } from '../codebook/types';
import type { AuditEvent, NewAuditEvent } from '../model/audit';
import type {
  Coder,
  ConsensusDecision,
  RecordCoding,
  ReliabilitySample,
} from '../model/coding';
import type { CoderId, ProjectId, RecordKey } from '../model/ids';
import type { ProjectMeta } from '../model/project';
import type { ScanRecord } from '../model/scan';
import type { SnapshotParts } from './coding-types';
import { createRepositoryError, toRepositoryError } from './errors';
import type { ProgressFn } from './types';
import type { RecordOverlay } from './overlay';

/** The stores a memory write stages into; named for the test hook. */
export type MemoryTable =
  | 'projects'
  | 'records'
  | 'overlay'
  | 'audit'
  | 'settings'
  | 'codebooks'
  | 'coders'
  | 'codings'
  | 'consensus'
  | 'samples'
  | 'replaced';

export type StoredProject = {
  readonly meta: ProjectMeta;
  /** Base (imported) values, in import order. */
  readonly records: readonly ScanRecord[];
  readonly overlays: ReadonlyMap<RecordKey, RecordOverlay>;
  readonly audit: readonly AuditEvent[];
} & StoredCoding;

/** What a project holds beyond its records: see `createStoredCoding`. */
export type StoredCoding = {
  /** Null until a codebook is saved. */
  readonly codebook: Codebook | null;
  readonly coders: readonly Coder[];
  readonly layers: ReadonlyMap<CoderId, ReadonlyMap<RecordKey, RecordCoding>>;
  /** Keyed by `consensusKeyOf`. */
  readonly consensus: ReadonlyMap<string, ConsensusDecision>;
  readonly samples: readonly ReliabilitySample[];
  /** Before-states of the latest replacements, by their event's seq. */
  readonly replaced: ReadonlyMap<number, SnapshotParts>;
};

/** A new project's coding state: nothing coded yet. */
export function createStoredCoding(): StoredCoding {
  return {
    codebook: null,
    coders: [],
    layers: new Map(),
    consensus: new Map(),
    samples: [],
    replaced: new Map(),
  };
}

export type MemoryState = {
  readonly projects: ReadonlyMap<ProjectId, StoredProject>;
  /** JSON text, so no caller ever holds an object the store holds. */
  readonly settings: ReadonlyMap<string, string>;
  readonly nextSeq: number;
};

/** The state one write builds; thrown away if the write throws. */
export type MemoryTransaction = {
  readonly projects: Map<ProjectId, StoredProject>;
  readonly settings: Map<string, string>;
  nextSeq: number;
  /** Announces a write to `table`; the test hook may throw here. */
  readonly stage: (table: MemoryTable) => void;
};

export type MemoryStore = {
  readonly state: MemoryState;
  /**
   * Runs `build` on a copy of the state and swaps the copy in only when
   * `build` returns; a throw leaves the state untouched and rejects with a
   * RepositoryError.
   */
  readonly write: <T>(build: (tx: MemoryTransaction) => T) => Promise<T>;
};

/** Holds a memory repository's state and runs its writes whole or not. */
export function createMemoryStore(
  onWrite: (table: MemoryTable) => void,
): MemoryStore {
  let state: MemoryState = {
    projects: new Map(),
    settings: new Map(),
    nextSeq: 1,
  };

  const write = <T>(build: (tx: MemoryTransaction) => T): Promise<T> =>
    settle(() => {
      const tx: MemoryTransaction = {
        projects: new Map(state.projects),
        settings: new Map(state.settings),
        nextSeq: state.nextSeq,
        stage: onWrite,
      };
      try {
        const result = build(tx);
        const { projects, settings, nextSeq } = tx;
        state = { projects, settings, nextSeq };
        return result;
      } catch (error) {
        throw toRepositoryError(error);
      }
    });

  return {
    get state() {
      return state;
    },
    write,
  };
}

/**
 * Runs `work` now and reports its result or throw as a promise. Running
 * synchronously is what makes each memory write atomic: no other call can
 * interleave between reading the state and swapping it.
 */
export function settle<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}

/** The project, or PROJECT_NOT_FOUND. */
export function requireProject(
  state: Pick<MemoryState, 'projects'>,
  id: ProjectId,
): StoredProject {
  const project = state.projects.get(id);
  if (!project) throw createRepositoryError('PROJECT_NOT_FOUND', id);

  return project;
}

/** Numbers an event as IndexedDB would and stages its write. */
export function stageAudit(
  tx: MemoryTransaction,
  projectId: ProjectId,
  event: NewAuditEvent,
): AuditEvent {
  tx.stage('audit');
  const seq = tx.nextSeq;
  tx.nextSeq += 1;
  return copyJson({ ...event, seq, projectId });
}

/** Exact for the JSON-only shapes stored here (metadata, audit events). */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function copyRecord(record: ScanRecord): ScanRecord {
  const { key, batchId, sourceRow } = record;
  return { key, fields: { ...record.fields }, batchId, sourceRow };
}

/** Cheaper than JSON for the many codings of a layer. */
export function copyCoding(coding: RecordCoding): RecordCoding {
  return { ...coding, codes: [...coding.codes] };
}

/** Records between progress reports, as many as an IndexedDB chunk. */
const PROGRESS_STEP = 1000;

/** Copies records in, staging each write and reporting progress. */
export function stageRecords(
  tx: MemoryTransaction,
  records: readonly ScanRecord[],
  onProgress: ProgressFn | undefined,
): ScanRecord[] {
  const stored = records.map((record, index) => {
    tx.stage('records');
    if ((index + 1) % PROGRESS_STEP === 0) {
      onProgress?.((index + 1) / records.length);
    }
    return copyRecord(record);
  });

  if (records.length % PROGRESS_STEP !== 0 || records.length === 0) {
    onProgress?.(1);
  }
  return stored;
}
