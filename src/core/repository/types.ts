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

/** Who made a batch of edits and when; `via` marks undo and redo. */
export type EditEventInfo = Omit<NewAuditEvent, 'recordKey' | 'detail'> & {
  readonly via?: 'undo' | 'redo';
};

/**
 * What a re-import writes: the new base values of every incoming record,
 * which user edits survive, and the records to append to the audit log.
 * Surviving edits are rebased: their base becomes the incoming value, and
 * an edit whose value now equals its base stops being an edit.
 */
export type ReimportCommit = {
  readonly meta: ProjectMeta;
  /**
   * Every record of the project after the re-import, with base (source)
   * values, not edited ones. A record missing from the new file is kept by
   * passing its previous base values; edits of records left out are
   * dropped.
   */
  readonly records: readonly ScanRecord[];
  /** Edited fields whose edit is dropped in favour of the incoming value. */
  readonly dropEdits: readonly {
    readonly recordKey: RecordKey;
    readonly column: string;
  }[];
  readonly event: NewAuditEvent;
};

/** A machine-level setting: any JSON value. */
export type SettingValue =
  | string
  | number
  | boolean
  | null
  | readonly SettingValue[]
  | { readonly [key: string]: SettingValue };

/**
 * Settings of this machine rather than of a project, such as the local user
 * name. Stored beside the projects; `set` is one transaction.
 */
export type SettingsStore = {
  get(key: string): Promise<SettingValue | undefined>;
  set(key: string, value: SettingValue): Promise<void>;
};

/** Which audit events `listAudit` returns. */
export type AuditQuery = {
  /** Only this record's events. */
  readonly recordKey?: RecordKey;
  /** Only the latest this many events (still oldest first). */
  readonly limit?: number;
};

/**
 * Where projects live. The renderer implements it over IndexedDB, tests and
 * the CLI over memory; one contract suite checks both. Every method that
 * writes is one transaction: it either happens whole or not at all.
 * Failures reject with a RepositoryError (see errors.ts); a method given
 * the id of a project that does not exist rejects with PROJECT_NOT_FOUND,
 * except `getProject` (undefined) and `deleteProject` (nothing to do).
 */
export type ProjectRepository = {
  readonly settings: SettingsStore;
  /** Every project, oldest first. */
  listProjects(): Promise<ProjectMeta[]>;
  getProject(id: ProjectId): Promise<ProjectMeta | undefined>;
  /**
   * Stores a new project with its records and the import event. Rejects
   * with PROJECT_EXISTS when the id is taken.
   */
  createProject(
    meta: ProjectMeta,
    records: readonly ScanRecord[],
    event: NewAuditEvent,
    onProgress?: ProgressFn,
  ): Promise<void>;
  /**
   * Changes name, layout or settings. With an event (e.g. a rename), the
   * event is appended in the same transaction and `updatedAt` becomes its
   * time.
   */
  updateProject(
    id: ProjectId,
    patch: ProjectPatch,
    event?: NewAuditEvent,
  ): Promise<ProjectMeta>;
  /** Removes the project with its records, edits and audit log. */
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
  /**
   * Saves edits and their audit events (one per record edit, in order)
   * atomically, reading the record's saved edits inside the transaction so
   * concurrent edits of other fields are kept. A change's `oldValue` is the
   * caller's view of the value; when the field already holds a saved edit,
   * the event records that saved value instead. An edit back to the base
   * value removes the field's edit. `updatedAt` becomes the event's time.
   */
  saveEdits(
    id: ProjectId,
    edits: readonly RecordEdit[],
    event: EditEventInfo,
  ): Promise<AuditEvent[]>;
  /** Replaces the records and drops the named edits (see ReimportCommit). */
  applyReimport(
    id: ProjectId,
    commit: ReimportCommit,
    onProgress?: ProgressFn,
  ): Promise<void>;
  /** Audit events, oldest first. */
  listAudit(id: ProjectId, query?: AuditQuery): Promise<AuditEvent[]>;
};
