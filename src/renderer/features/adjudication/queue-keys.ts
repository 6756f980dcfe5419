import type { KeyboardEvent } from 'react';
import type { ConsensusValue } from '../../../core/model/coding';

export type QueueKeyActions = {
  readonly next: () => void;
  readonly previous: () => void;
  readonly choose: (value: ConsensusValue) => void;
  readonly focusRationale: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
};

const CHOICE_KEYS: Readonly<Record<string, ConsensusValue>> = {
  p: 'present',
  a: 'absent',
  w: 'needs_work',
};

/**
 * The review keys: J/K next and previous, P/A/W choose a decision (and
 * move to the rationale), Enter moves to the rationale, Ctrl+Z / Ctrl+Y
 * undo and redo decisions. Keys typed into fields stay with the fields;
 * handled keys stop here, so the workbench's own shortcuts (the grid's
 * undo) do not also act on them.
 */
export function handleQueueKey(
  event: KeyboardEvent<HTMLElement>,
  actions: QueueKeyActions,
): void {
  if (isField(event.target)) return;

  const key = event.key.toLowerCase();
  const isMod = event.ctrlKey || event.metaKey;
  const action = isMod
    ? modifiedAction(key, event.shiftKey, actions)
    : plainAction(key, event, actions);
  if (action === null || event.altKey) return;

  event.preventDefault();
  event.stopPropagation();
  action();
}

function modifiedAction(
  key: string,
  isShift: boolean,
  actions: QueueKeyActions,
): (() => void) | null {
  if (key === 'z' && !isShift) return actions.undo;
  if ((key === 'z' && isShift) || key === 'y') return actions.redo;
  return null;
}

function plainAction(
  key: string,
  event: KeyboardEvent<HTMLElement>,
  actions: QueueKeyActions,
): (() => void) | null {
  if (key === 'j') return actions.next;
  if (key === 'k') return actions.previous;
  const value = CHOICE_KEYS[key];
  if (value !== undefined) return () => actions.choose(value);
  // Enter on a button presses the button.
  if (key === 'enter' && !(event.target instanceof HTMLButtonElement)) {
    return actions.focusRationale;
  }
  return null;
}

function isField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;

  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button'].includes(target.type))
  );
}
