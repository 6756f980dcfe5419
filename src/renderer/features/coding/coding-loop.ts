import type { CodingKeyAction, Layer } from '../../../core/coding';
import { asRecordKey } from '../../../core/model/ids';
import type { CodingActions } from './useCodingActions';

/** What a key of the coding loop acts with, as of the key press. */
export type LoopTools = {
  readonly actions: CodingActions;
  readonly own: Layer;
  /** The record the loop is on. */
  readonly selected: string | null;
  /** Moves to the next (1) or previous (−1) record; false at either end. */
  readonly move: (step: 1 | -1) => boolean;
  readonly notify: (level: 'info', message: string) => void;
};

/**
 * One key of the keyboard loop: J and K move through the records in
 * view, D marks the record done and moves on, F flags it (or takes the
 * flag off again), a code's key or number toggles it. D stays on the
 * record when marking it was refused (the layer still loading, say), so
 * the keys that follow never land on the wrong record.
 */
export function runCodingKey(
  action: CodingKeyAction,
  isRepeat: boolean,
  tools: LoopTools,
): void {
  const { actions, own, selected, move, notify } = tools;
  if (action.kind === 'next' || action.kind === 'previous') {
    move(action.kind === 'next' ? 1 : -1);
    return;
  }
  // Holding a key down must not toggle a code on and off.
  if (isRepeat) return;

  if (selected === null) {
    notify('info', 'Select a record to code first; J selects the first.');
    return;
  }
  if (action.kind === 'toggle') actions.toggle(selected, action.codeId);
  if (action.kind === 'flag') {
    const isFlagged = own.get(asRecordKey(selected))?.status === 'flagged';
    actions.changeStatus(selected, isFlagged ? 'in_progress' : 'flagged');
  }
  if (action.kind === 'done' && actions.changeStatus(selected, 'done')) {
    if (!move(1)) notify('info', 'Done. That was the last record in view.');
  }
}
