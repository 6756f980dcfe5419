import type { Problem } from '../model/problem';
import type {
  CodedFileProblem,
  CodedFileProblemCode,
} from './coded-file-types';

/** How many problems of one code are listed before summarising. */
const MAX_LISTED = 20;

/** A problem, or a summary that stands for `unlisted` more of its code. */
export type ListedProblem = Problem & { readonly unlisted?: number };

export type ProblemList = {
  readonly problems: CodedFileProblem[];
  readonly add: (
    code: CodedFileProblemCode,
    path: string,
    message: string,
  ) => void;
};

/**
 * Collects a coded file's errors, at most MAX_LISTED of each code, then
 * one summary per code ("… and 181 more like the above.") whose
 * `unlisted` counts the rest, so a reader can tell how many there were.
 */
export function createProblemList(): ProblemList {
  const list = createCappedList<CodedFileProblem>((problem, unlisted) => ({
    ...problem,
    message: summaryText(unlisted),
    path: '',
    unlisted,
  }));
  return {
    problems: list.listed,
    add: (code, path, message) => list.push(errorOf(code, path, message)),
  };
}

/**
 * The first MAX_LISTED problems of each code, in order, then one summary
 * per code where its next problem was, as createProblemList lists them:
 * a key column of one repeated value would otherwise name every row.
 */
export function capProblems(problems: readonly Problem[]): ListedProblem[] {
  const list = createCappedList<ListedProblem>((problem, unlisted) => ({
    row: null,
    column: null,
    code: problem.code,
    message: summaryText(unlisted),
    severity: problem.severity,
    unlisted,
  }));
  for (const problem of problems) list.push(problem);
  return list.listed;
}

/**
 * A list that keeps MAX_LISTED problems of each code and, past them, one
 * summary per code made by `summarise`, updated as more arrive.
 */
function createCappedList<T extends Problem>(
  summarise: (problem: T, unlisted: number) => T,
): { readonly listed: T[]; readonly push: (problem: T) => void } {
  const listed: T[] = [];
  const counts = new Map<string, number>();
  const summaries = new Map<string, number>();
  const push = (problem: T): void => {
    const count = (counts.get(problem.code) ?? 0) + 1;
    counts.set(problem.code, count);
    if (count <= MAX_LISTED) {
      listed.push(problem);
      return;
    }

    const summary = summarise(problem, count - MAX_LISTED);
    const index = summaries.get(problem.code);
    if (index === undefined) {
      summaries.set(problem.code, listed.length);
      listed.push(summary);
    } else {
      listed[index] = summary;
    }
  };
  return { listed, push };
}

function summaryText(unlisted: number): string {
  return `… and ${unlisted} more like the above.`;
}

function errorOf(
  code: CodedFileProblemCode,
  path: string,
  message: string,
): CodedFileProblem {
  return { row: null, column: null, code, message, severity: 'error', path };
}
