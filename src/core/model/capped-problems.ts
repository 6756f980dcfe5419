import type { Problem } from './problem';

/** How many problems of one code are listed before summarising. */
const MAX_LISTED = 20;

/** A problem, or a summary that stands for `unlisted` more of its code. */
export type ListedProblem = Problem & { readonly unlisted?: number };

/**
 * The first MAX_LISTED problems of each code, in order, then one summary
 * per code ("… and 460 more like the above.") where its next problem
 * was, whose `unlisted` counts the rest: a key column of one repeated
 * value would otherwise name every row.
 */
export function capProblems(problems: readonly Problem[]): ListedProblem[] {
  const list = createCappedList<ListedProblem>(
    (problem, unlisted, message) => ({
      row: null,
      column: null,
      code: problem.code,
      message,
      severity: problem.severity,
      unlisted,
    }),
  );
  for (const problem of problems) list.push(problem);
  return list.listed;
}

/** How many problems a list stands for: each listed, and each summarised. */
export function countProblems(
  problems: readonly { readonly unlisted?: number }[],
): number {
  return problems.reduce((sum, problem) => sum + (problem.unlisted ?? 1), 0);
}

/**
 * A list that keeps MAX_LISTED problems of each code and, past them, one
 * summary per code made by `summarise` with the summary's message,
 * updated as more arrive.
 */
export function createCappedList<T extends Problem>(
  summarise: (problem: T, unlisted: number, message: string) => T,
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

    const unlisted = count - MAX_LISTED;
    const message = `… and ${unlisted} more like the above.`;
    const summary = summarise(problem, unlisted, message);
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
