import type { UndoStack } from '../../../core/edits';
import type { RecordEdit, SettingValue } from '../../../core/repository/types';

/** Settings key under which a project's undo history survives a restart. */
export function undoSettingKey(projectId: string): string {
  return `undo:${projectId}`;
}

export function toSettingValue(stack: UndoStack<RecordEdit>): SettingValue {
  return {
    limit: stack.limit,
    done: stack.done.map(toPlainEdit),
    undone: stack.undone.map(toPlainEdit),
  };
}

/** The stored stack, or null when what is stored is not a valid one. */
export function fromSettingValue(
  value: SettingValue | undefined,
): UndoStack<RecordEdit> | null {
  if (!isObject(value)) return null;

  const { limit, done, undone } = value;
  if (typeof limit !== 'number' || !isEditList(done) || !isEditList(undone)) {
    return null;
  }
  return { limit, done, undone };
}

function toPlainEdit(edit: RecordEdit): SettingValue {
  return {
    recordKey: edit.recordKey,
    changes: edit.changes.map((change) => ({ ...change })),
  };
}

function isEditList(value: unknown): value is RecordEdit[] {
  return Array.isArray(value) && value.every(isEdit);
}

function isEdit(value: unknown): value is RecordEdit {
  return (
    isObject(value) &&
    typeof value.recordKey === 'string' &&
    Array.isArray(value.changes) &&
    value.changes.every(
      (change) =>
        isObject(change) &&
        typeof change.column === 'string' &&
        typeof change.oldValue === 'string' &&
        typeof change.newValue === 'string',
    )
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
