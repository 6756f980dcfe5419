import type { GridApi } from 'ag-grid-community';
import { invertCodingChange, isSameCoding } from '../../../core/coding';
import { invertEdit } from '../../../core/edits';
import type { CodingChange, RecordCoding } from '../../../core/model/coding';
import type { CoderId, RecordKey } from '../../../core/model/ids';
import type { RecordEdit } from '../../../core/repository/types';
import { PROGRAMMATIC_SOURCE } from '../grid/RecordGrid';
import type { GridRow } from '../grid/grid-row';
import type { WorkspaceAction } from './undo-storage';

/** Where coding actions land: the local coder's layer, shown at once. */
export type CodingHost = {
  readonly coderId: CoderId;
  /** The coder's entry for the record as shown now (null = none). */
  readonly entryOf: (recordKey: RecordKey) => RecordCoding | null;
  /** Shows a change at once; its save follows in order. */
  readonly show: (change: CodingChange) => void;
  /** Brings the record into view after an undo or redo. */
  readonly reveal: (recordKey: RecordKey) => void;
  readonly nameOf: (coderId: CoderId) => string;
};

export type Direction = 'undo' | 'redo';

/**
 * What replaying an action from the history does: the action to save
 * (already shown), or why not, and whether the history entry is stale
 * and must go.
 */
export type Replay =
  | { readonly ok: true; readonly action: WorkspaceAction }
  | { readonly ok: false; readonly message: string; readonly drop: boolean };

type Targets = {
  readonly api: GridApi<GridRow> | null;
  readonly host: CodingHost | null;
};

/** Shows the undo or redo of `action` if it still applies. */
export function replayAction(
  action: WorkspaceAction,
  direction: Direction,
  targets: Targets,
): Replay {
  if (action.kind === 'edit') {
    const edit = direction === 'undo' ? invertEdit(action.edit) : action.edit;
    return replayEdit(edit, direction, targets.api);
  }
  const change =
    direction === 'undo' ? invertCodingChange(action.change) : action.change;
  return replayCoding(change, direction, targets.host);
}

/** Puts back on screen what a failed save had shown. */
export function revertShown(action: WorkspaceAction, targets: Targets): void {
  if (action.kind === 'edit') {
    applyToGrid(targets.api, invertEdit(action.edit));
  } else {
    targets.host?.show(invertCodingChange(action.change));
  }
}

export function recordKeyOf(action: WorkspaceAction): RecordKey {
  return action.kind === 'edit'
    ? action.edit.recordKey
    : action.change.recordKey;
}

function replayEdit(
  edit: RecordEdit,
  direction: Direction,
  api: GridApi<GridRow> | null,
): Replay {
  if (!matchesGrid(api, edit)) {
    return {
      ok: false,
      drop: true,
      message:
        `Nothing to ${direction} in ${edit.recordKey}: the field was ` +
        'changed since, perhaps in another window.',
    };
  }
  applyToGrid(api, edit);
  return { ok: true, action: { kind: 'edit', edit } };
}

function replayCoding(
  change: CodingChange,
  direction: Direction,
  host: CodingHost | null,
): Replay {
  if (host === null) {
    return {
      ok: false,
      drop: false,
      message: `Codings are still loading; ${direction} again in a moment.`,
    };
  }
  if (change.coderId !== host.coderId) {
    // Each coder's layer is theirs: another identity must not rewrite it.
    const name = host.nameOf(change.coderId);
    return {
      ok: false,
      drop: false,
      message:
        `The next step to ${direction} is a coding by ${name}; switch ` +
        `coder to ${name} to ${direction} it.`,
    };
  }
  const current = host.entryOf(change.recordKey);
  if (!isSameCoding(current, change.before)) {
    return {
      ok: false,
      drop: true,
      message:
        `Nothing to ${direction} in ${change.recordKey}: its coding was ` +
        'changed since, perhaps in another window.',
    };
  }
  const replayed = { ...change, before: current };
  host.show(replayed);
  host.reveal(change.recordKey);
  return { ok: true, action: { kind: 'coding', change: replayed } };
}

/** True when every field the edit changes still holds its old value. */
function matchesGrid(api: GridApi<GridRow> | null, edit: RecordEdit): boolean {
  const row = api?.getRowNode(edit.recordKey)?.data;
  if (!row) return false;

  return edit.changes.every(
    (change) => (row.fields[change.column] ?? '') === change.oldValue,
  );
}

function applyToGrid(api: GridApi<GridRow> | null, edit: RecordEdit): void {
  const node = api?.getRowNode(edit.recordKey);
  if (!node) return;

  for (const change of edit.changes) {
    node.setDataValue(change.column, change.newValue, PROGRAMMATIC_SOURCE);
  }
  api?.ensureNodeVisible(node);
}
