import type { ReactNode } from 'react';
import type { MergeSide } from '../../../core/merge';

type ConflictSectionProps = {
  /** The region's accessible name. */
  readonly label: string;
  readonly heading: string;
  /** Completes "For every …:", e.g. "record". */
  readonly each: string;
  /** What the bulk buttons keep or take, e.g. "values". */
  readonly what: string;
  /** The second column's header; the first is always Record. */
  readonly detail: string;
  readonly onAll: (side: MergeSide) => void;
  /** The table rows. */
  readonly children: ReactNode;
  /** Shown under the table. */
  readonly footer?: ReactNode;
};

/**
 * A merge conflict table: a choice for all at once, then one row per
 * conflict with the project's and the file's side.
 */
export function ConflictSection(props: ConflictSectionProps) {
  return (
    <div className="merge-part" aria-label={props.label} role="region">
      <h4>{props.heading}</h4>
      <p className="merge-all">
        For every {props.each}:{' '}
        <button type="button" onClick={() => props.onAll('base')}>
          Keep project’s {props.what}
        </button>{' '}
        <button type="button" onClick={() => props.onAll('incoming')}>
          Take files’ {props.what}
        </button>
      </p>
      <table className="merge-table">
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">{props.detail}</th>
            <th scope="col">Project</th>
            <th scope="col">File</th>
            <th scope="col">Choice</th>
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
      {props.footer}
    </div>
  );
}
