import type { Codebook } from '../codebook/types';
import type { AuditEvent, FieldChange, NewAuditEvent } from '../model/audit';
import type {
  Coder,
  CodingChange,
  ConsensusDecision,
  RecordCoding,
  ReliabilitySample,
  SampleId,
} from '../model/coding';
import type { CoderId, ProjectId, RecordKey } from '../model/ids';
import type { ProjectMeta, ProjectSettings } from '../model/project';
import type { ProjectSnapshot } from '../model/snapshot';
import type { ScanRecord } from '../model/scan';
import type {
  ChangeInfo,
  CodebookSave,
  ConsensusKey,
  ReplaceOptions,
  SnapshotParts,
} from './coding-types';

export type * from './coding-types';

/** Reports how much of a long operation is done, as a fraction 0–1. */
export type ProgressFn = (fraction: number) => void;

/**
 * A change of metadata. `settings` is merged into the stored settings, so
 * turning blind mode on cannot drop the leads another window just added.
 */
export type ProjectPatch = Partial<Pick<ProjectMeta, 'name' | 'layout'>> & {
  readonly settings?: Partial<ProjectSettings>;
};

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
   * fields include the edited values. `onRecords` receives the same
   * records batch by batch, in order, as they are read (the first batch
   * small), so a window can show the first records while the rest load.
   */
  loadRecords(
    id: ProjectId,
    onProgress?: ProgressFn,
    onRecords?: (batch: readonly ScanRecord[]) => void,
  ): Promise<ScanRecord[]>;
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
  /** The project's coders, in the order they joined. */
  listCoders(id: ProjectId): Promise<Coder[]>;
  /**
   * Adds a coder, or updates the name and initials of the coder with the
   * same GUID, logging a `coder` event; nothing happens (and null is
   * returned) when the stored coder is identical.
   */
  saveCoder(
    id: ProjectId,
    coder: Coder,
    info: ChangeInfo,
  ): Promise<AuditEvent | null>;
  /** The codebook; an empty one at version 0 when none was saved yet. */
  loadCodebook(id: ProjectId): Promise<Codebook>;
  /**
   * Saves the codebook (and `save.codings`) with its event, refusing with
   * CODEBOOK_VERSION_CONFLICT when the stored version is not
   * `save.baseVersion`: another window changed it meanwhile.
   */
  saveCodebook(
    id: ProjectId,
    codebook: Codebook,
    save: CodebookSave,
  ): Promise<AuditEvent>;
  /** One coder's layer, sorted by record key. */
  loadLayer(id: ProjectId, coderId: CoderId): Promise<RecordCoding[]>;
  /** Every coder's layer, sorted by coder GUID, then record key. */
  loadLayers(id: ProjectId): Promise<RecordCoding[]>;
  /**
   * Writes coding changes in order (an `after` of null removes the entry)
   * with one event per change (kind = the change's kind), atomically. Each
   * event's `before` is the entry as stored, which differs from the
   * change's own `before` only when another window wrote meanwhile. Every
   * coder must be a coder of the project (INVALID_ARGUMENT otherwise), and
   * an `after` must belong to its change's coder and record.
   */
  saveCodings(
    id: ProjectId,
    changes: readonly CodingChange[],
    info: ChangeInfo,
  ): Promise<AuditEvent[]>;
  /** Consensus decisions, sorted by record key, then code GUID. */
  loadConsensus(id: ProjectId): Promise<ConsensusDecision[]>;
  /**
   * Adds or replaces decisions (one per record × code) with one
   * `adjudication` event holding each decision before and after.
   */
  saveConsensus(
    id: ProjectId,
    decisions: readonly ConsensusDecision[],
    info: ChangeInfo,
  ): Promise<AuditEvent>;
  /** Removes decisions, logged as one `adjudication` event. */
  deleteConsensus(
    id: ProjectId,
    keys: readonly ConsensusKey[],
    info: ChangeInfo,
  ): Promise<AuditEvent>;
  /** Reliability samples, oldest first. */
  listSamples(id: ProjectId): Promise<ReliabilitySample[]>;
  /** Adds a drawn sample or replaces one by id (e.g. new coders). */
  saveSample(
    id: ProjectId,
    sample: ReliabilitySample,
    info: ChangeInfo,
  ): Promise<AuditEvent>;
  /** Removes a sample; the event keeps it whole. Unknown ids do nothing. */
  deleteSample(
    id: ProjectId,
    sampleId: SampleId,
    info: ChangeInfo,
  ): Promise<AuditEvent | null>;
  /** Everything the project holds, read in one transaction. */
  loadSnapshot(
    id: ProjectId,
    onProgress?: ProgressFn,
  ): Promise<ProjectSnapshot>;
  /**
   * Replaces the given parts and appends `event` in ONE transaction, and
   * keeps what the parts held before under the event's `seq` (for the
   * latest KEPT_REPLACEMENTS replacements) so the whole can be reverted:
   * `replaceSnapshotParts(id, await loadReplacedParts(id, seq), undo)`.
   */
  replaceSnapshotParts(
    id: ProjectId,
    parts: SnapshotParts,
    event: NewAuditEvent,
    options?: ReplaceOptions,
  ): Promise<AuditEvent>;
  /** What the replacement logged as `seq` replaced, if still kept. */
  loadReplacedParts(
    id: ProjectId,
    seq: number,
  ): Promise<SnapshotParts | undefined>;
};
