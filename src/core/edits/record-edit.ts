import type { FieldChange } from '../model/audit';
import type { RecordEdit } from '../repository/types';

/** The edit that restores what `edit` changed. */
export function invertEdit(edit: RecordEdit): RecordEdit {
  return {
    recordKey: edit.recordKey,
    changes: edit.changes.map(invertChange),
  };
}

/** Drops changes that would not change anything. */
export function isEffectiveChange(change: FieldChange): boolean {
  return change.oldValue !== change.newValue;
}

function invertChange(change: FieldChange): FieldChange {
  return {
    column: change.column,
    oldValue: change.newValue,
    newValue: change.oldValue,
  };
}
