import type { AuditEvent, FieldChange, NewAuditEvent } from '../model/audit';
import type { ProjectId, RecordKey } from '../model/ids';
import type { ProjectMeta } from '../model/project';
import type { ScanRecord } from '../model/scan';

/** Reports how much of a long operation is done, as a fraction 0–1. */
export type ProgressFn = (fraction: number) => void;

export type ProjectPatch = Partial<
  Pick<ProjectMeta, 'name' | 'layout' | 'settings'>
>;

/** A user edit of one record: the whole change is saved atomically. */
export type RecordEdit = {
  readonly recordKey: RecordKey;
  readonly changes: readonly FieldChange[];
};

/**
 * What a re-import writes: the new base values of every incoming record,
 * which user edits survive, and the records to append to the audit log.
 */
export type ReimportCommit = {
  readonly meta: ProjectMeta;
  /** Every record of the project after the re-import (missing ones kept). */
  readonly records: readonly ScanRecord[];
  /** Edited fields whose edit is dropped in favour of the incoming value. */
  readonly dropEdits: readonly {
    readonly recordKey: RecordKey;
    readonly column: string;
  }[];
  readonly event: NewAuditEvent;
};

/**
 * Where projects live. The renderer implements it over IndexedDB, tests and
 * the CLI over memory; one contract suite checks both. Every method that
 * writes is one transaction: it either happens whole or not at all.
 */
export type ProjectRepository = {
  listProjects(): Promise<ProjectMeta[]>;
  getProject(id: ProjectId): Promise<ProjectMeta | undefined>;
  /** Stores a new project with its records and the import event. */
  createProject(
    meta: ProjectMeta,
    records: readonly ScanRecord[],
    event: NewAuditEvent,
    onProgress?: ProgressFn,
  ): Promise<void>;
  updateProject(id: ProjectId, patch: ProjectPatch): Promise<ProjectMeta>;
  deleteProject(id: ProjectId): Promise<void>;
  /**
   * Records with every saved edit applied, in import order. Each record's
   * fields include the edited values.
   */
  loadRecords(id: ProjectId, onProgress?: ProgressFn): Promise<ScanRecord[]>;
  /**
   * Base (imported) values of the edited fields, per record; used to tell
   * user edits from source values on re-import.
   */
  loadEditedBase(
    id: ProjectId,
  ): Promise<Map<RecordKey, Readonly<Record<string, string>>>>;
  /** Saves edits and their audit events atomically. */
  saveEdits(
    id: ProjectId,
    edits: readonly RecordEdit[],
    event: Omit<NewAuditEvent, 'recordKey' | 'detail'> & {
      readonly via?: 'undo' | 'redo';
    },
  ): Promise<AuditEvent[]>;
  applyReimport(
    id: ProjectId,
    commit: ReimportCommit,
    onProgress?: ProgressFn,
  ): Promise<void>;
  listAudit(
    id: ProjectId,
    query?: { readonly recordKey?: RecordKey; readonly limit?: number },
  ): Promise<AuditEvent[]>;
};
