import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import {
  createUndoStack,
  invertEdit,
  pushAction,
  takeRedo,
  takeUndo,
  type UndoStack,
} from '../../../core/edits';
import { asColumnKey, asProjectId, asRecordKey } from '../../../core/model/ids';
import type { RecordEdit } from '../../../core/repository/types';
import { PROGRAMMATIC_SOURCE, type CellEdit } from '../grid/RecordGrid';
import type { GridRow } from '../grid/grid-row';
import { describeError, useServices } from '../../app/services';
import {
  fromSettingValue,
  toSettingValue,
  undoSettingKey,
} from './undo-storage';

export type SaveState = {
  readonly pending: number;
  readonly lastSavedAt: string | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Bumped after every save, so history views can refresh. */
  readonly revision: number;
};

type Stack = UndoStack<RecordEdit>;
type GridRef = { readonly current: GridApi<GridRow> | null };

/**
 * Autosaves grid edits in order, one transaction each, and keeps the
 * project's undo and redo history, which survives a reload.
 */
export function useRecordEdits(projectId: string, apiRef: GridRef) {
  const { repository, notify, userName } = useServices();
  const stack = useRef<Stack>(createUndoStack());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [state, setState] = useState<SaveState>(INITIAL_STATE);
  const stackKey = undoSettingKey(projectId);

  const setStack = useCallback(
    (next: Stack, persist = true) => {
      stack.current = next;
      setState((previous) => ({
        ...previous,
        canUndo: next.done.length > 0,
        canRedo: next.undone.length > 0,
      }));
      if (!persist) return;
      // Queued behind the edit it describes, so storage never runs ahead.
      queue.current = queue.current.then(() =>
        repository.settings
          .set(stackKey, toSettingValue(next))
          .catch(() => undefined),
      );
    },
    [repository, stackKey],
  );

  useEffect(() => {
    void repository.settings.get(stackKey).then((stored) => {
      const loaded = fromSettingValue(stored);
      if (loaded) setStack(loaded, false);
    });
  }, [repository, stackKey, setStack]);

  const save = useCallback(
    (edit: RecordEdit, via?: 'undo' | 'redo') => {
      setState((previous) => ({ ...previous, pending: previous.pending + 1 }));
      const write = async () => {
        try {
          await repository.saveEdits(asProjectId(projectId), [edit], {
            at: new Date().toISOString(),
            actor: userName,
            ...(via ? { via } : {}),
          });
          setState((previous) => ({
            ...previous,
            lastSavedAt: new Date().toISOString(),
            revision: previous.revision + 1,
          }));
        } catch (error) {
          applyToGrid(apiRef.current, invertEdit(edit));
          // The history no longer matches what is stored: start afresh.
          setStack(createUndoStack());
          notify(
            'error',
            `Your change to ${edit.recordKey} was not saved and has been ` +
              `reverted; undo history was cleared. ${describeError(error)}`,
          );
        } finally {
          setState((previous) => ({
            ...previous,
            pending: previous.pending - 1,
          }));
        }
      };
      queue.current = queue.current.then(write);
    },
    [repository, projectId, userName, notify, apiRef, setStack],
  );

  const onCellEdit = useCallback(
    (cell: CellEdit) => {
      const edit = toRecordEdit(cell);
      save(edit);
      setStack(pushAction(stack.current, edit));
    },
    [save, setStack],
  );

  const replay = useCallback(
    (direction: 'undo' | 'redo') => {
      const taken =
        direction === 'undo'
          ? takeUndo(stack.current)
          : takeRedo(stack.current);
      if (!taken) return;

      const edit =
        direction === 'undo' ? invertEdit(taken.action) : taken.action;
      if (!matchesGrid(apiRef.current, edit)) {
        setStack(dropAction(taken.stack, taken.action));
        notify(
          'error',
          `Nothing to ${direction} in ${edit.recordKey}: the field was ` +
            'changed since, perhaps in another window.',
        );
        return;
      }
      applyToGrid(apiRef.current, edit);
      save(edit, direction);
      setStack(taken.stack);
    },
    [apiRef, notify, save, setStack],
  );

  const undo = useCallback(() => replay('undo'), [replay]);
  const redo = useCallback(() => replay('redo'), [replay]);

  /** Resolves once every queued save has finished. */
  const flush = useCallback(() => queue.current, []);

  return { state, onCellEdit, undo, redo, flush };
}

const INITIAL_STATE: SaveState = {
  pending: 0,
  lastSavedAt: null,
  canUndo: false,
  canRedo: false,
  revision: 0,
};

function toRecordEdit(cell: CellEdit): RecordEdit {
  return {
    recordKey: asRecordKey(cell.recordKey),
    changes: [
      {
        column: asColumnKey(cell.column),
        oldValue: cell.oldValue,
        newValue: cell.newValue,
      },
    ],
  };
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

function dropAction(stack: Stack, action: RecordEdit): Stack {
  return {
    ...stack,
    done: stack.done.filter((item) => item !== action),
    undone: stack.undone.filter((item) => item !== action),
  };
}
