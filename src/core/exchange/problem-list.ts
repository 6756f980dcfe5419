import { createCappedList } from '../model/capped-problems';
import type {
  CodedFileProblem,
  CodedFileProblemCode,
} from './coded-file-types';

export type ProblemList = {
  readonly problems: CodedFileProblem[];
  readonly add: (
    code: CodedFileProblemCode,
    path: string,
    message: string,
  ) => void;
};

/**
 * Collects a coded file's errors, at most 20 of each code, then one
 * summary per code ("… and 181 more like the above.") whose `unlisted`
 * counts the rest, so a reader can tell how many there were (see
 * createCappedList).
 */
export function createProblemList(): ProblemList {
  const list = createCappedList<CodedFileProblem>(
    (problem, unlisted, message) => ({
      ...problem,
      message,
      path: '',
      unlisted,
    }),
  );
  return {
    problems: list.listed,
    add: (code, path, message) =>
      list.push({
        row: null,
        column: null,
        code,
        message,
        severity: 'error',
        path,
      }),
  };
}
