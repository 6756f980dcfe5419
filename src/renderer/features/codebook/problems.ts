import type { CodebookProblem } from '../../../core/codebook';

/** A blocking problem raised by the codebook screens themselves. */
export function codeProblemFor(code: string, message: string): CodebookProblem {
  return { row: null, column: null, code, message, severity: 'error' };
}
