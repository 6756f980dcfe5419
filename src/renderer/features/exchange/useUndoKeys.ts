import { useEffect } from 'react';
import { useServices } from '../../app/services';

/**
 * Ctrl+Z (Cmd+Z) and the native menu's Undo while `isActive`, except in
 * text fields, which keep their own undo.
 */
export function useUndoKeys(onUndo: () => void, isActive: boolean): void {
  const { platform } = useServices();

  useEffect(() => {
    if (!isActive) return;

    const onKeyDown = (event: KeyboardEvent) => {
      const isMod = event.ctrlKey || event.metaKey;
      if (!isMod || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'z' || isTextEntry(event.target)) return;

      event.preventDefault();
      onUndo();
    };
    document.addEventListener('keydown', onKeyDown);
    const unsubscribe = platform.onMenuCommand((command) => {
      if (command === 'undo') onUndo();
    });
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [onUndo, isActive, platform]);
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;

  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button'].includes(target.type))
  );
}
