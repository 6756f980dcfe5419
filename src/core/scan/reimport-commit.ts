import type { ColumnKey, RecordKey } from '../model/ids';
import type { ProjectMeta } from '../model/project';
import type { ImportBatch } from '../model/scan';
import type { ReimportCommit } from '../repository/types';
import type { ReimportConflict, ReimportPlan } from './reimport';

export type ConflictChoice = 'keep-edit' | 'take-incoming';

/** How conflicts are settled: one choice for all, and exceptions. */
export type ConflictResolution = {
  readonly defaultChoice: ConflictChoice;
  /** conflictId(recordKey, column) → choice. */
  readonly overrides?: Readonly<Record<string, ConflictChoice>>;
};

/** Identifies one conflict in a ConflictResolution's overrides. */
export function conflictId(recordKey: RecordKey, column: ColumnKey): string {
  return `${recordKey}\u0000${column}`;
}

/**
 * Turns a re-import plan and the user's conflict choices into what the
 * repository writes. "keep-edit" keeps the edit on top of the new source
 * value; "take-incoming" drops it. Edits the new file already agrees with
 * are dropped either way. The batch is appended to the project's batches;
 * its time and user are the event's.
 */
export function buildReimportCommit(
  plan: ReimportPlan,
  resolution: ConflictResolution,
  context: { readonly meta: ProjectMeta; readonly batch: ImportBatch },
): ReimportCommit {
  const { meta, batch } = context;
  const replaced = plan.conflicts.filter(
    (conflict) => choiceFor(conflict, resolution) === 'take-incoming',
  );
  const dropEdits = [
    ...plan.settledEdits,
    ...replaced.map(({ recordKey, column }) => ({ recordKey, column })),
  ];

  return {
    meta: {
      ...meta,
      columns: plan.columns,
      recordCount: plan.records.length,
      batches: [...meta.batches, batch],
      updatedAt: batch.importedAt,
    },
    records: plan.records,
    dropEdits,
    event: {
      at: batch.importedAt,
      actor: batch.importedBy,
      recordKey: null,
      detail: {
        kind: 'reimport',
        batchId: batch.id,
        fileName: batch.fileName,
        added: plan.added.length,
        changed: plan.changed.length,
        unchanged: plan.unchanged,
        missing: plan.missing.length,
        conflictsKept: plan.conflicts.length - replaced.length,
        conflictsReplaced: replaced.length,
      },
    },
  };
}

function choiceFor(
  conflict: ReimportConflict,
  resolution: ConflictResolution,
): ConflictChoice {
  const id = conflictId(conflict.recordKey, conflict.column);
  return resolution.overrides?.[id] ?? resolution.defaultChoice;
}
