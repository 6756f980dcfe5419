import { useEffect, useState } from 'react';

/**
 * `value`, passed on in a task of its own right after it changes. Changes
 * that arrive before that task runs, such as keystrokes that queued while
 * the window was busy with the previous search, make one update rather
 * than one each, so typing never falls behind a slow update and a pasted
 * or typed search applies without a fixed wait.
 */
export function useCoalescedValue<T>(value: T): T {
  const [settled, setSettled] = useState(value);

  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), 0);
    return () => window.clearTimeout(timer);
  }, [value]);

  return settled;
}
