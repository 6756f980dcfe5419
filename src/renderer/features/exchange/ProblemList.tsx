import type { Problem } from '../../../core/model/problem';

type ProblemListProps = {
  readonly problems: readonly Problem[];
  readonly label: string;
};

/** Problems or warnings as a plain list; each message says what to do. */
export function ProblemList({ problems, label }: ProblemListProps) {
  return (
    <ul className="exchange-problems" aria-label={label}>
      {problems.map((problem, index) => (
        <li key={index} className={`severity-${problem.severity}`}>
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
