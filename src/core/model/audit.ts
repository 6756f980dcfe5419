import type {
  Coder,
  ConsensusDecision,
  RecordCoding,
  ReliabilitySample,
} from './coding';
import type { CodeId, CoderId, ColumnKey, ProjectId, RecordKey } from './ids';
import type { ProjectSettings } from './project';

/**
 * An append-only log entry. `kind` names the change; `detail` carries what
 * undo, history and the methods log need. Never holds more than the change.
 */
export type AuditEvent = {
  /** Assigned by the repository, increasing within a project. */
  readonly seq: number;
  readonly projectId: ProjectId;
  readonly at: string;
  readonly actor: string;
  /** Null for project-wide events. */
  readonly recordKey: RecordKey | null;
  readonly detail: AuditDetail;
};

export type NewAuditEvent = Omit<AuditEvent, 'seq' | 'projectId'>;

export type FieldChange = {
  readonly column: ColumnKey;
  readonly oldValue: string;
  readonly newValue: string;
};

export type AuditDetail =
  | {
      readonly kind: 'edit';
      readonly changes: readonly FieldChange[];
      /** Set when this edit reverts or reapplies an earlier one. */
      readonly via?: 'undo' | 'redo';
    }
  | {
      readonly kind: 'import';
      readonly batchId: string;
      readonly fileName: string;
      readonly recordCount: number;
    }
  | {
      readonly kind: 'reimport';
      readonly batchId: string;
      readonly fileName: string;
      readonly added: number;
      readonly changed: number;
      readonly unchanged: number;
      readonly missing: number;
      readonly conflictsKept: number;
      readonly conflictsReplaced: number;
    }
  | {
      readonly kind: 'rename';
      readonly oldName: string;
      readonly newName: string;
    }
  | {
      readonly kind: 'other';
      readonly action: string;
      readonly summary: string;
    }
  | CodingAuditDetail
  | {
      /** The codebook moved from one version to another. */
      readonly kind: 'codebook';
      readonly fromVersion: number;
      readonly toVersion: number;
      /** Codings rewritten with it (e.g. through a merged code's alias). */
      readonly remappedCodings: number;
    }
  | {
      /** A coder joined the project or changed name or initials. */
      readonly kind: 'coder';
      readonly before: Coder | null;
      readonly after: Coder;
    }
  | {
      /** Blind mode or the leads changed. */
      readonly kind: 'settings';
      readonly before: ProjectSettings;
      readonly after: ProjectSettings;
    }
  | {
      readonly kind: 'sample';
      readonly action: 'draw' | 'update' | 'delete';
      readonly before: ReliabilitySample | null;
      readonly after: ReliabilitySample | null;
    }
  | {
      readonly kind: 'adjudication';
      readonly decisions: readonly ConsensusChange[];
      readonly via?: 'undo' | 'redo';
    }
  | {
      /**
       * Records, codebook, coders, layers or consensus replaced as one
       * (a merge, or the revert of one). The repository keeps what was
       * replaced under this event's `seq` so it can be put back.
       */
      readonly kind: 'merge';
      /** Names of the files merged; empty for a revert. */
      readonly sources: readonly string[];
      readonly summary: string;
      readonly parts: readonly SnapshotPartName[];
      /** For an undo or redo: the `seq` of the event it reverts. */
      readonly reverts?: number;
      readonly via?: 'undo' | 'redo';
    };

/** One coder's change to one record: codes, memo or status. */
export type CodingAuditDetail = {
  readonly kind: 'code' | 'memo' | 'status';
  readonly coderId: CoderId;
  /** As stored before the change; null = no entry (not started). */
  readonly before: RecordCoding | null;
  readonly after: RecordCoding | null;
  readonly via?: 'undo' | 'redo';
};

/** One record × code decision of the consensus layer, before and after. */
export type ConsensusChange = {
  readonly recordKey: RecordKey;
  readonly codeId: CodeId;
  readonly before: ConsensusDecision | null;
  readonly after: ConsensusDecision | null;
};

/** Parts of a project a merge may replace in one transaction. */
export type SnapshotPartName =
  'meta' | 'records' | 'codebook' | 'coders' | 'layers' | 'consensus';
