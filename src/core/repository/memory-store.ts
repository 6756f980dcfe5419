import type { AuditEvent } from '../model/audit';
import type { ProjectId, RecordKey } from '../model/ids';
import type { ProjectMeta } from '../model/project';
import type { ScanRecord } from '../model/scan';
import { toRepositoryError } from './errors';
import type { RecordOverlay } from './overlay';

/** The stores a memory write stages into; named for the test hook. */
export type MemoryTable =
  'projects' | 'records' | 'overlay' | 'audit' | 'settings';

export type StoredProject = {
  readonly meta: ProjectMeta;
  /** Base (imported) values, in import order. */
  readonly records: readonly ScanRecord[];
  readonly overlays: ReadonlyMap<RecordKey, RecordOverlay>;
  readonly audit: readonly AuditEvent[];
};

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
