import type { ColumnKey, ProjectId, RecordKey } from './ids';

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
    };
