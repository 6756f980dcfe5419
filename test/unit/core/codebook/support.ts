import type { CodebookContext } from '../../../../src/core/codebook';
import { asCodeId, type CodeId } from '../../../../src/core/model/ids';

/** The n-th GUID a test context hands out (00000000-0000-4000-8000-…n). */
export function guid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function codeId(n: number): CodeId {
  return asCodeId(guid(n));
}

/**
 * A context whose GUIDs count up from 1 and whose clock advances one
 * minute per call from 2021-03-01T09:00:00Z, so results are exact.
 */
export function testContext(actor = 'Ada Lead'): CodebookContext {
  let ids = 0;
  let minutes = 0;
  return {
    actor,
    newId: () => guid(++ids),
    clock: () => {
      const at = new Date(Date.UTC(2021, 2, 1, 9, minutes));
      minutes += 1;
      return at.toISOString();
    },
  };
}

/** The value of a successful result; fails the test otherwise. */
export function must<T, E>(
  result: { ok: true; value: T } | { ok: false; error: E },
): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

/** The error of a failed result; fails the test otherwise. */
export function mustFail<T, E>(
  result: { ok: true; value: T } | { ok: false; error: E },
): E {
  if (result.ok) throw new Error('expected a failure, got success');

  return result.error;
}
