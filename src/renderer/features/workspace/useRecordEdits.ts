import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import {
  createUndoStack,
  pushAction,
  takeRedo,
  takeUndo,
} from '../../../core/edits';
import type { CodingChange } from '../../../core/model/coding';
import { asColumnKey, asProjectId, asRecordKey } from '../../../core/model/ids';
import type {
  ProjectRepository,
  RecordEdit,
} from '../../../core/repository/types';
import type { ChangeInfo } from '../../../core/repository/coding-types';
import type { CellEdit } from '../grid/RecordGrid';
import type { GridRow } from '../grid/grid-row';
import { describeError, useServices } from '../../app/services';
import {
  fromSettingValue,
  toSettingValue,
  undoSettingKey,
  type WorkspaceAction,
  type WorkspaceStack,
} from './undo-storage';
import {
  recordKeyOf,
  replayAction,
  revertShown,
  type CodingHost,
  type Direction,
} from './replay';

export type SaveState = {
  readonly pending: number;
  readonly lastSavedAt: string | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Bumped after every save, so history views can refresh. */
  readonly revision: number;
};

type GridRef = { readonly current: GridApi<GridRow> | null };
type HostRef = { readonly current: CodingHost | null };

/**
 * Autosaves grid edits and coding actions in order, one transaction each,
 * and keeps the project's one undo and redo history of both, which
 * survives a reload.
 */
export function useRecordEdits(
  projectId: string,
  apiRef: GridRef,
  hostRef: HostRef,
) {
  const { repository, notify, userName } = useServices();
  const stack = useRef<WorkspaceStack>(createUndoStack());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [state, setState] = useState<SaveState>(INITIAL_STATE);
  const stackKey = undoSettingKey(projectId);

  const setStack = useCallback(
    (next: WorkspaceStack, persist = true) => {
      stack.current = next;
      setState((previous) => ({
        ...previous,
        canUndo: next.done.length > 0,
        canRedo: next.undone.length > 0,
      }));
      if (!persist) return;
      // Queued behind the action it describes, so storage never runs ahead.
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
    (action: WorkspaceAction, via?: Direction) => {
      setState((previous) => ({ ...previous, pending: previous.pending + 1 }));
      const info = () => ({
        at: new Date().toISOString(),
        actor: userName,
        ...(via ? { via } : {}),
      });
      const write = async () => {
        try {
          await writeAction(repository, projectId, action, info());
          setState((previous) => ({
            ...previous,
            lastSavedAt: new Date().toISOString(),
            revision: previous.revision + 1,
          }));
        } catch (error) {
          revertShown(action, { api: apiRef.current, host: hostRef.current });
          // The history no longer matches what is stored: start afresh.
          setStack(createUndoStack());
          notify(
            'error',
            `Your change to ${recordKeyOf(action)} was not saved and has ` +
              `been reverted; undo history was cleared. ${describeError(error)}`,
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
    [repository, projectId, userName, notify, apiRef, hostRef, setStack],
  );

  const record = useCallback(
    (action: WorkspaceAction) => {
      save(action);
      setStack(pushAction(stack.current, action));
    },
    [save, setStack],
  );

  const onCellEdit = useCallback(
    (cell: CellEdit) => record({ kind: 'edit', edit: toRecordEdit(cell) }),
    [record],
  );

  /** Shows a coding change at once, saves it and makes it undoable. */
  const onCodingChange = useCallback(
    (change: CodingChange) => {
      hostRef.current?.show(change);
      record({ kind: 'coding', change });
    },
    [hostRef, record],
  );

  const replay = useCallback(
    (direction: Direction) => {
      const taken =
        direction === 'undo'
          ? takeUndo(stack.current)
          : takeRedo(stack.current);
      if (!taken) return;

      const targets = { api: apiRef.current, host: hostRef.current };
      const replayed = replayAction(taken.action, direction, targets);
      if (!replayed.ok) {
        if (replayed.drop) setStack(dropAction(taken.stack, taken.action));
        notify('error', replayed.message);
        return;
      }
      save(replayed.action, direction);
      setStack(taken.stack);
    },
    [apiRef, hostRef, notify, save, setStack],
  );

  const undo = useCallback(() => replay('undo'), [replay]);
  const redo = useCallback(() => replay('redo'), [replay]);

  /** Resolves once every queued save has finished. */
  const flush = useCallback(() => queue.current, []);

  return { state, onCellEdit, onCodingChange, undo, redo, flush };
}

const INITIAL_STATE: SaveState = {
  pending: 0,
  lastSavedAt: null,
  canUndo: false,
  canRedo: false,
  revision: 0,
};

async function writeAction(
  repository: ProjectRepository,
  projectId: string,
  action: WorkspaceAction,
  info: ChangeInfo,
): Promise<void> {
  const id = asProjectId(projectId);
  if (action.kind === 'edit') {
    await repository.saveEdits(id, [action.edit], info);
  } else {
    await repository.saveCodings(id, [action.change], info);
  }
}

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

function dropAction(
  stack: WorkspaceStack,
  action: WorkspaceAction,
): WorkspaceStack {
  return {
    ...stack,
    done: stack.done.filter((item) => item !== action),
    undone: stack.undone.filter((item) => item !== action),
  };
}
