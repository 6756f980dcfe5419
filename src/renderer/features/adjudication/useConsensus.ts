import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConsensusDecision } from '../../../core/model/coding';
import type { ProjectId } from '../../../core/model/ids';
import { describeError, useServices } from '../../app/services';

/** One saved decision and what it replaced, for undo and redo. */
type Step = {
  readonly before: ConsensusDecision | null;
  readonly after: ConsensusDecision;
};

export type ConsensusStore = {
  /** Null while loading. */
  readonly decisions: readonly ConsensusDecision[] | null;
  readonly save: (decision: ConsensusDecision) => Promise<boolean>;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
};

/**
 * The consensus layer of a project with undo and redo of this session's
 * decisions. Every change goes through the repository, which writes it
 * with an `adjudication` audit event; undo deletes a new decision or
 * restores the one it replaced.
 */
export function useConsensus(projectId: ProjectId): ConsensusStore {
  const { repository, userName, notify } = useServices();
  const [decisions, setDecisions] = useState<ConsensusDecision[] | null>(null);
  const [undoStack, setUndoStack] = useState<readonly Step[]>([]);
  const [redoStack, setRedoStack] = useState<readonly Step[]>([]);
  const busy = useRef(false);

  const reload = useCallback(async () => {
    setDecisions(await repository.loadConsensus(projectId));
  }, [repository, projectId]);

  useEffect(() => {
    reload().catch((error: unknown) =>
      notify(
        'error',
        `The consensus layer could not be read: ${describeError(error)}`,
      ),
    );
  }, [reload, notify]);

  const run = useCallback(
    async (write: () => Promise<unknown>): Promise<boolean> => {
      if (busy.current) return false;

      busy.current = true;
      try {
        await write();
        await reload();
        return true;
      } catch (error) {
        notify('error', `The decision was not saved: ${describeError(error)}`);
        return false;
      } finally {
        busy.current = false;
      }
    },
    [reload, notify],
  );

  const info = useCallback(
    (via?: 'undo' | 'redo') => ({
      at: new Date().toISOString(),
      actor: userName,
      ...(via ? { via } : {}),
    }),
    [userName],
  );

  const save = useCallback(
    async (decision: ConsensusDecision) => {
      const before =
        decisions?.find(
          (each) =>
            each.recordKey === decision.recordKey &&
            each.codeId === decision.codeId,
        ) ?? null;
      const saved = await run(() =>
        repository.saveConsensus(projectId, [decision], info()),
      );
      if (saved) {
        setUndoStack((stack) => [...stack, { before, after: decision }]);
        setRedoStack([]);
      }
      return saved;
    },
    [decisions, run, repository, projectId, info],
  );

  const undo = useCallback(async () => {
    const step = undoStack.at(-1);
    if (!step) return;

    const { recordKey, codeId } = step.after;
    const undone = await run(() =>
      step.before
        ? repository.saveConsensus(projectId, [step.before], info('undo'))
        : repository.deleteConsensus(
            projectId,
            [{ recordKey, codeId }],
            info('undo'),
          ),
    );
    if (!undone) return;
    setUndoStack((stack) => stack.slice(0, -1));
    setRedoStack((stack) => [...stack, step]);
  }, [undoStack, run, repository, projectId, info]);

  const redo = useCallback(async () => {
    const step = redoStack.at(-1);
    if (!step) return;

    const redone = await run(() =>
      repository.saveConsensus(projectId, [step.after], info('redo')),
    );
    if (!redone) return;
    setRedoStack((stack) => stack.slice(0, -1));
    setUndoStack((stack) => [...stack, step]);
  }, [redoStack, run, repository, projectId, info]);

  return {
    decisions,
    save,
    undo,
    redo,
    canUndo: undoStack.length > 0,
    canRedo: redoStack.length > 0,
  };
}
