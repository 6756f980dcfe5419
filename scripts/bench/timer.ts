import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` starts Node without --expose-gc; the flag can still be
// set at run time, and a fresh context then sees `gc`.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** The last timed result, held so the work it took cannot be skipped. */
let retained: unknown = null;

/**
 * Milliseconds one call of `work` takes, after a full garbage collection
 * (and dropping the previous result) so one run's garbage is not
 * collected during the next. `keep` sees the result outside the timing.
 */
export function timeOnce<T>(work: () => T, keep?: (result: T) => void): number {
  retained = null;
  collectGarbage();
  const started = performance.now();
  const result = work();
  const elapsed = performance.now() - started;
  retained = result;
  keep?.(result);
  return elapsed;
}

/** The result of the last timeOnce; mostly so it counts as used. */
export function lastResult(): unknown {
  return retained;
}

/** A full collection now, e.g. before building the next fixture. */
export function collectNow(): void {
  collectGarbage();
}
