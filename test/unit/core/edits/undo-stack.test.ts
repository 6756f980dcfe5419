import { describe, expect, it } from 'vitest';
import {
  createUndoStack,
  pushAction,
  takeRedo,
  takeUndo,
} from '../../../../src/core/edits';

describe('undo stack', () => {
  it('undoes the most recent action first and redoes it back', () => {
    let stack = pushAction(pushAction(createUndoStack<string>(), 'a'), 'b');

    const first = takeUndo(stack);
    expect(first?.action).toBe('b');
    stack = first!.stack;
    expect(takeUndo(stack)?.action).toBe('a');

    const again = takeRedo(stack);
    expect(again?.action).toBe('b');
    expect(again?.stack.done).toEqual(['a', 'b']);
    expect(again?.stack.undone).toEqual([]);
  });

  it('clears the redo side when a new action is pushed', () => {
    const stack = pushAction(createUndoStack<string>(), 'a');
    const undone = takeUndo(stack)!.stack;
    const next = pushAction(undone, 'c');

    expect(takeRedo(next)).toBeNull();
    expect(next.done).toEqual(['c']);
  });

  it('returns null when there is nothing to undo or redo', () => {
    const stack = createUndoStack<number>();
    expect(takeUndo(stack)).toBeNull();
    expect(takeRedo(stack)).toBeNull();
  });

  it('keeps only the most recent actions up to its limit', () => {
    let stack = createUndoStack<number>(3);
    for (const n of [1, 2, 3, 4, 5]) stack = pushAction(stack, n);
    expect(stack.done).toEqual([3, 4, 5]);
  });
});
