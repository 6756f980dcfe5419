import type { Codebook } from '../codebook/types';
import type { NewAuditEvent } from '../model/audit';
import type {
  Coder,
  CodingChange,
  ConsensusDecision,
  RecordCoding,
} from '../model/coding';
import type { CodeId, RecordKey } from '../model/ids';
import type { ProjectMeta } from '../model/project';
import type { ScanRecord } from '../model/scan';

/** Who made a change and when; `via` marks undo and redo. */
export type ChangeInfo = {
  readonly at: string;
  readonly actor: string;
  readonly via?: 'undo' | 'redo';
};

/** How a codebook save guards against overwriting a newer one. */
export type CodebookSave = {
  /**
   * The version the caller's codebook was derived from, as loaded (0 when
   * the project had none). The save is refused with
   * CODEBOOK_VERSION_CONFLICT when storage holds another version, and
   * with INVALID_ARGUMENT unless the new version is higher.
   */
  readonly baseVersion: number;
  /** Logged with the save; detail usually `{ kind: 'codebook', … }`. */
  readonly event: NewAuditEvent;
  /**
   * Codings to write in the same transaction, e.g. from
   * `listRemapChanges` after merging two codes. No per-coding events are
   * logged: the codebook event and history explain them.
   */
  readonly codings?: readonly CodingChange[];
};

/** One decision of the consensus layer, by what identifies it. */
export type ConsensusKey = {
  readonly recordKey: RecordKey;
  readonly codeId: CodeId;
};

/**
 * Parts of a project replaced together by `replaceSnapshotParts`; parts
 * left out stay as they are. Each given part replaces the stored one
 * whole: `layers` every coder's layer, `consensus` every decision.
 */
export type SnapshotParts = {
  /** Must keep the project's id; `updatedAt` becomes the event's time. */
  readonly meta?: ProjectMeta;
  /**
   * Every record of the project as it should read, with edits applied.
   * `meta.recordCount` is set to their number.
   */
  readonly records?: readonly ScanRecord[];
  /**
   * Imported values of the edited fields per record (as from
   * `loadEditedBase`), to restore exactly which values are user edits.
   * Without it, a saved edit survives where the new record still holds
   * the edited value and is dropped elsewhere.
   */
  readonly editedBase?: ReadonlyMap<
    RecordKey,
    Readonly<Record<string, string>>
  >;
  readonly codebook?: Codebook;
  readonly coders?: readonly Coder[];
  readonly layers?: readonly RecordCoding[];
  readonly consensus?: readonly ConsensusDecision[];
};

/** Options of `replaceSnapshotParts`. */
export type ReplaceOptions = {
  /**
   * When set, the replacement is refused with CODEBOOK_VERSION_CONFLICT
   * unless storage still holds this codebook version, so a merge computed
   * from an older codebook cannot overwrite a newer one.
   */
  readonly expectedCodebookVersion?: number;
};

/** How many replacements keep their before-state for a revert. */
export const KEPT_REPLACEMENTS = 5;
