import type { UndoStack } from '../../../core/edits';
import { parseCodingChange } from '../../../core/coding';
import type { CodingChange, RecordCoding } from '../../../core/model/coding';
import type { RecordEdit, SettingValue } from '../../../core/repository/types';

/**
 * One step of the project's undo history: a field edit or a coding
 * action, undone in the order they were made.
 */
export type WorkspaceAction =
  | { readonly kind: 'edit'; readonly edit: RecordEdit }
  | { readonly kind: 'coding'; readonly change: CodingChange };

export type WorkspaceStack = UndoStack<WorkspaceAction>;

/** Settings key under which a project's undo history survives a restart. */
export function undoSettingKey(projectId: string): string {
  return `undo:${projectId}`;
}

export function toSettingValue(stack: WorkspaceStack): SettingValue {
  return {
    limit: stack.limit,
    done: stack.done.map(toPlainAction),
    undone: stack.undone.map(toPlainAction),
  };
}

/**
 * The stored stack, or null when what is stored is not a valid one. Stacks
 * stored before coding actions existed hold bare edits; they read as edit
 * actions.
 */
export function fromSettingValue(
  value: SettingValue | undefined,
): WorkspaceStack | null {
  if (!isObject(value)) return null;

  const { limit, done, undone } = value;
  if (typeof limit !== 'number') return null;

  const doneActions = parseActions(done);
  const undoneActions = parseActions(undone);
  if (!doneActions || !undoneActions) return null;

  return { limit, done: doneActions, undone: undoneActions };
}

function toPlainAction(action: WorkspaceAction): SettingValue {
  if (action.kind === 'edit') {
    const { recordKey, changes } = action.edit;
    return {
      kind: 'edit',
      edit: { recordKey, changes: changes.map((change) => ({ ...change })) },
    };
  }
  const { kind, recordKey, coderId, before, after } = action.change;
  return {
    kind: 'coding',
    change: {
      kind,
      recordKey,
      coderId,
      before: toPlainCoding(before),
      after: toPlainCoding(after),
    },
  };
}

function toPlainCoding(coding: RecordCoding | null): SettingValue {
  return coding && { ...coding, codes: [...coding.codes] };
}

function parseActions(value: unknown): WorkspaceAction[] | null {
  if (!Array.isArray(value)) return null;

  const actions = value.map(parseAction);
  return actions.every((action) => action !== null) ? actions : null;
}

function parseAction(value: unknown): WorkspaceAction | null {
  if (isEdit(value)) return { kind: 'edit', edit: value };
  if (!isObject(value)) return null;

  if (value.kind === 'edit' && isEdit(value.edit)) {
    return { kind: 'edit', edit: value.edit };
  }
  const change = value.kind === 'coding' && parseCodingChange(value.change);
  return change ? { kind: 'coding', change } : null;
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
