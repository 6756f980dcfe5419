import { useEffect } from 'react';
import { useServices } from '../../app/services';

export type ShortcutHandlers = {
  readonly undo: () => void;
  readonly redo: () => void;
  readonly find: () => void;
};

/**
 * The Records view's keys, and the same commands from the native menu,
 * while `isActive` (another view may have its own undo). Undo and redo
 * are left to text fields and cell editors while they have focus, so
 * typing keeps its native undo.
 */
export function useShortcuts(
  handlers: ShortcutHandlers,
  isActive = true,
): void {
  const { platform } = useServices();

  useEffect(() => {
    if (!isActive) return;

    const onKeyDown = (event: KeyboardEvent) => {
      const isMod = event.ctrlKey || event.metaKey;
      if (!isMod || event.altKey) return;

      const key = event.key.toLowerCase();
      if (key === 'f') {
        event.preventDefault();
        handlers.find();
        return;
      }
      if (isTextEntry(event.target)) return;

      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        handlers.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        handlers.redo();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    const unsubscribe = platform.onMenuCommand((command) => {
      if (command === 'undo') handlers.undo();
      if (command === 'redo') handlers.redo();
      if (command === 'find') handlers.find();
    });
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [handlers, platform, isActive]);
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;

  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button'].includes(target.type))
  );
}
