/**
 * A problem found while reading input. Problems are collected, never thrown:
 * the caller decides whether they block the operation.
 */
export type Problem = {
  /** 1 = first data row; null when the problem is not tied to a row. */
  readonly row: number | null;
  /** Column key, or null when the problem is not tied to a column. */
  readonly column: string | null;
  /** Stable UPPER_SNAKE code, e.g. CSV_DUPLICATE_HEADER. */
  readonly code: string;
  readonly message: string;
  /** Blocking problems stop a commit; others are reported only. */
  readonly severity: 'error' | 'warning' | 'info';
};

/** Result of an operation that can fail for expected reasons. */
export type Result<T, E = Problem> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });
