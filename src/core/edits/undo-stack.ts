/**
 * A bounded undo/redo history of reversible actions. Pure data: the caller
 * applies what `undo` and `redo` hand back and persists it.
 */
export type UndoStack<A> = {
  readonly done: readonly A[];
  readonly undone: readonly A[];
  readonly limit: number;
};

export function createUndoStack<A>(limit = 500): UndoStack<A> {
  return { done: [], undone: [], limit };
}

/** Records a new action; a new action clears what could be redone. */
export function pushAction<A>(stack: UndoStack<A>, action: A): UndoStack<A> {
  const done = [...stack.done, action];
  const overflow = Math.max(0, done.length - stack.limit);
  return { ...stack, done: done.slice(overflow), undone: [] };
}

/** The action to revert and the stack after reverting it, or null. */
export function takeUndo<A>(
  stack: UndoStack<A>,
): { readonly action: A; readonly stack: UndoStack<A> } | null {
  const action = stack.done.at(-1);
  if (action === undefined) return null;

  return {
    action,
    stack: {
      ...stack,
      done: stack.done.slice(0, -1),
      undone: [...stack.undone, action],
    },
  };
}

/** The action to reapply and the stack after reapplying it, or null. */
export function takeRedo<A>(
  stack: UndoStack<A>,
): { readonly action: A; readonly stack: UndoStack<A> } | null {
  const action = stack.undone.at(-1);
  if (action === undefined) return null;

  return {
    action,
    stack: {
      ...stack,
      done: [...stack.done, action],
      undone: stack.undone.slice(0, -1),
    },
  };
}
