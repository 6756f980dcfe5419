import type { Problem } from '../../../core/model/problem';
import { plural } from '../../../core/scan';

type ProblemTableProps = {
  readonly problems: readonly Problem[];
  readonly moreProblems: number;
  readonly labelOf: (columnKey: string) => string;
};

/** Every problem found, by row, with what to do about it. */
export function ProblemTable({
  problems,
  moreProblems,
  labelOf,
}: ProblemTableProps) {
  if (problems.length === 0) {
    return <p className="ok-note">No problems found.</p>;
  }

  return (
    <div className="problem-table-wrap">
      <table className="problem-table" aria-label="Problems">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Kind</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index} className={`severity-${problem.severity}`}>
              <td>{problem.row ?? '—'}</td>
              <td>{problem.column === null ? '—' : labelOf(problem.column)}</td>
              <td>
                <code>{problem.code}</code>
              </td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {moreProblems > 0 && (
        <p className="hint">
          {moreProblems.toLocaleString()} more{' '}
          {plural(moreProblems, 'problem is', 'problems are')} not listed here;
          run <code>podscan inspect</code> on the file to see all of them.
        </p>
      )}
    </div>
  );
}
