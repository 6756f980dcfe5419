import { useEffect, useRef } from 'react';
import { resolveCodingKey } from '../../../core/coding';
import type { CodingKeyAction } from '../../../core/coding';

export type CodingKeyHandler = (
  action: CodingKeyAction,
  isRepeat: boolean,
) => void;

/**
 * The keys of the coding loop, while `isActive`. They are caught before
 * the grid sees them (a letter would otherwise start editing a cell) and
 * ignored while the user types in a text field, a list or a dialog, or
 * holds Ctrl, Alt or ⌘.
 */
export function useCodingKeys(
  keymap: ReadonlyMap<string, CodingKeyAction>,
  onAction: CodingKeyHandler,
  isActive: boolean,
): void {
  const latest = useRef({ keymap, onAction });

  useEffect(() => {
    latest.current = { keymap, onAction };
  }, [keymap, onAction]);

  useEffect(() => {
    if (!isActive) return;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.isComposing || isTypingTarget(event.target)) return;

      const action = resolveCodingKey(latest.current.keymap, event.key);
      if (action === undefined) return;

      event.preventDefault();
      event.stopPropagation();
      latest.current.onAction(action, event.repeat);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [isActive]);
}

const NON_TEXT_INPUTS = ['checkbox', 'radio', 'button', 'submit', 'reset'];

function isTypingTarget(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]') !== null) return true;
  if (!(target instanceof HTMLElement)) return false;

  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement &&
      !NON_TEXT_INPUTS.includes(target.type)) ||
    target.closest('[role="dialog"], [role="listbox"], [role="menu"]') !== null
  );
}
