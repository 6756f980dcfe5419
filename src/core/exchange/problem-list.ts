import type {
  CodedFileProblem,
  CodedFileProblemCode,
} from './coded-file-types';

/** How many problems of one code are listed before summarising. */
const MAX_LISTED = 20;

export type ProblemList = {
  readonly problems: CodedFileProblem[];
  readonly add: (
    code: CodedFileProblemCode,
    path: string,
    message: string,
  ) => void;
};

/**
 * Collects errors, at most MAX_LISTED of each code, then one summary per
 * code ("… and 181 more like the above.") whose `unlisted` counts the
 * rest, so a reader can tell how many there were.
 */
export function createProblemList(): ProblemList {
  const problems: CodedFileProblem[] = [];
  const counts = new Map<CodedFileProblemCode, number>();
  const summaries = new Map<CodedFileProblemCode, number>();
  const add = (
    code: CodedFileProblemCode,
    path: string,
    message: string,
  ): void => {
    const count = (counts.get(code) ?? 0) + 1;
    counts.set(code, count);
    if (count <= MAX_LISTED) {
      problems.push(errorOf(code, path, message));
      return;
    }

    const unlisted = count - MAX_LISTED;
    const summary = {
      ...errorOf(code, '', `… and ${unlisted} more like the above.`),
      unlisted,
    };
    const index = summaries.get(code);
    if (index === undefined) {
      summaries.set(code, problems.length);
      problems.push(summary);
    } else {
      problems[index] = summary;
    }
  };
  return { problems, add };
}

function errorOf(
  code: CodedFileProblemCode,
  path: string,
  message: string,
): CodedFileProblem {
  return { row: null, column: null, code, message, severity: 'error', path };
}
