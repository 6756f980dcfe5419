import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  canUndoCodebookChange,
  describeCodebookChange,
  undoCodebookChange,
  type Codebook,
  type CodebookContext,
  type CodebookProblem,
  type CodebookUndoStep,
} from '../../../core/codebook';
import type { Result } from '../../../core/model/problem';
import { createCodebookSave } from '../../../core/coding';
import { isRepositoryError } from '../../../core/repository/errors';
import { describeError, useServices } from '../../app/services';
import { useProjectSession } from '../workspace/project-context';

/** One codebook operation of core, bound to everything but the codebook. */
export type CodebookOperation = (
  codebook: Codebook,
  context: CodebookContext,
) => Result<Codebook, CodebookProblem>;

export type ApplyOptions = {
  /**
   * Rewrite every coding through the new codebook's aliases in the same
   * transaction: needed after a merge, so the merged codings combine.
   */
  readonly remapCodings?: boolean;
};

export type ApplyOutcome =
  | { readonly kind: 'saved'; readonly codebook: Codebook }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly problem: CodebookProblem }
  /** Storage failed; the user was told. */
  | { readonly kind: 'failed' };

export type CodebookEditor = {
  readonly codebook: Codebook;
  readonly canEdit: boolean;
  readonly isSaving: boolean;
  readonly apply: (
    operation: CodebookOperation,
    options?: ApplyOptions,
  ) => Promise<ApplyOutcome>;
  /** What undo would take back, or null when there is nothing to undo. */
  readonly undoLabel: string | null;
  readonly undo: () => Promise<void>;
};

type UndoStack = {
  readonly steps: readonly CodebookUndoStep[];
  /** The codebook version the steps lead up to. */
  readonly version: number;
};

/**
 * Changes the project's codebook: each operation is checked by core,
 * saved as a new version (with the version check against other windows),
 * and the session refreshed so every view sees it. Operations run one at
 * a time, each on the codebook the previous one saved, so quick repeated
 * keys never collide. Keeps an undo stack for this session; it empties
 * when the codebook changes elsewhere.
 */
export function useCodebookEditor(): CodebookEditor {
  const { repository, notify, userName } = useServices();
  const session = useProjectSession();
  const { codebook, isLead, refreshCodebook } = session;
  const projectId = session.meta.id;
  const [isSaving, setIsSaving] = useState(false);
  const [stack, setStack] = useState<UndoStack>(EMPTY_STACK);
  const shown = useRef(codebook);
  const saved = useRef<Codebook | null>(null);
  const stackRef = useRef(stack);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    shown.current = codebook;
  }, [codebook]);

  /** The newest codebook known: storage's, or the one just saved here. */
  const current = useCallback((): Codebook => {
    const mine = saved.current;
    return mine !== null && mine.version > shown.current.version
      ? mine
      : shown.current;
  }, []);

  const keepStack = useCallback((next: UndoStack) => {
    stackRef.current = next;
    setStack(next);
  }, []);

  const save = useCallback(
    async (base: Codebook, next: Codebook, remap: boolean) => {
      const info = { at: new Date().toISOString(), actor: userName };
      const codings = remap ? await repository.loadLayers(projectId) : [];
      await repository.saveCodebook(
        projectId,
        next,
        createCodebookSave(base, next, info, codings),
      );
      saved.current = next;
    },
    [repository, projectId, userName],
  );

  const runNow = useCallback(
    async (
      operation: CodebookOperation,
      remap: boolean,
      onSaved: (base: Codebook, next: Codebook) => void,
    ): Promise<ApplyOutcome> => {
      const base = current();
      const result = operation(base, createContext(userName));
      if (!result.ok) return { kind: 'refused', problem: result.error };
      if (result.value === base) return { kind: 'unchanged' };

      setIsSaving(true);
      try {
        await save(base, result.value, remap);
        onSaved(base, result.value);
        return { kind: 'saved', codebook: result.value };
      } catch (error) {
        saved.current = null;
        notify('error', describeSaveFailure(error));
        return { kind: 'failed' };
      } finally {
        // Storage has the last word: what was saved, or what won.
        await refreshCodebook().catch(() => undefined);
        setIsSaving(false);
      }
    },
    [current, userName, save, notify, refreshCodebook],
  );

  const enqueue = useCallback(
    (task: () => Promise<ApplyOutcome>): Promise<ApplyOutcome> => {
      const next = queue.current.then(task, task);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [],
  );

  const apply = useCallback(
    (operation: CodebookOperation, options: ApplyOptions = {}) =>
      enqueue(() =>
        runNow(operation, options.remapCodings === true, (base, next) => {
          const change = next.history.at(-1);
          const before = stackRef.current;
          const kept = before.version === base.version ? before.steps : [];
          keepStack({
            steps:
              change && canUndoCodebookChange(change)
                ? [...kept, { before: base, change }]
                : [],
            version: next.version,
          });
        }),
      ),
    [enqueue, runNow, keepStack],
  );

  const undo = useCallback(async () => {
    await enqueue(async () => {
      const { steps, version } = stackRef.current;
      const step = steps.at(-1);
      if (step === undefined || version !== current().version) {
        return { kind: 'unchanged' };
      }
      const outcome = await runNow(
        (book, context) => undoCodebookChange(book, step, context),
        false,
        (_base, next) =>
          keepStack({ steps: steps.slice(0, -1), version: next.version }),
      );
      if (outcome.kind === 'refused') notify('error', outcome.problem.message);
      if (outcome.kind === 'saved') {
        const what = describeCodebookChange(step.change, outcome.codebook);
        notify('info', `Undone: ${what}`);
      }
      return outcome;
    });
  }, [enqueue, runNow, current, keepStack, notify]);

  const step =
    stack.version === codebook.version ? stack.steps.at(-1) : undefined;

  return useMemo(
    () => ({
      codebook,
      canEdit: isLead,
      isSaving,
      apply,
      undoLabel:
        step === undefined
          ? null
          : describeCodebookChange(step.change, codebook),
      undo,
    }),
    [codebook, isLead, isSaving, apply, step, undo],
  );
}

const EMPTY_STACK: UndoStack = { steps: [], version: -1 };

/** Who changes the codebook, with the real clock and random GUIDs. */
export function createContext(actor: string): CodebookContext {
  return {
    actor,
    clock: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  };
}

function describeSaveFailure(error: unknown): string {
  if (isRepositoryError(error, 'CODEBOOK_VERSION_CONFLICT')) {
    return (
      'The codebook was changed in another window meanwhile, so this ' +
      'change was not saved. The newer codebook is shown now; make the ' +
      'change again if it is still needed.'
    );
  }
  return `The codebook change was not saved: ${describeError(error)}`;
}
