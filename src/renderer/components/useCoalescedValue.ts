import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at once when it changes after `delayMs` without a
 * change, and otherwise once it has stayed the same for `delayMs`. A
 * pasted or first-typed search applies without waiting, while the
 * keystrokes of a word typed quickly still make one search, not one per
 * key (each search over 100,000 records takes the window a moment).
 */
export function useQuickValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    const now = performance.now();
    const isAfterPause = now - lastChange.current >= delayMs;
    lastChange.current = now;
    if (isAfterPause) {
      setSettled(value);
      return;
    }

    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);

  return settled;
}
