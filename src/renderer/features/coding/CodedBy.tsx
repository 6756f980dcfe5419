import type { Coder, RecordCoding } from '../../../core/model/coding';
import { CodeChips } from './CodeChips';
import type { CodeLookup } from './code-lookup';
import { STATUS_LABELS } from './status-labels';
import type { OtherCoding } from './useCoding';

type CodedByProps = {
  readonly coder: Coder;
  readonly own: RecordCoding | null;
  /** Other coders the viewer may see, with their entry if any. */
  readonly others: readonly OtherCoding[];
  readonly lookup: CodeLookup;
  /** Blind mode hides the other coders from this viewer. */
  readonly isBlind: boolean;
};

/** Who has coded the record, with their status, codes and memo. */
export function CodedBy({ coder, own, others, lookup, isBlind }: CodedByProps) {
  const entries = [
    { coder, entry: own ?? undefined, isViewer: true },
    ...others.map((other) => ({ ...other, isViewer: false })),
  ].filter((each) => each.entry !== undefined);

  return (
    <section className="coded-by" aria-label="Coded by">
      <h4>Coded by</h4>
      {entries.length === 0 && (
        <p className="muted">Nobody has coded this record yet.</p>
      )}
      <ul>
        {entries.map(({ coder: who, entry, isViewer }) =>
          entry ? (
            <li key={who.id} data-coder={who.initials}>
              <div className="history-meta">
                {who.name} ({who.initials}){isViewer ? ' — you' : ''} ·{' '}
                {STATUS_LABELS[entry.status]} · {formatTime(entry.updatedAt)}
              </div>
              <CodeChips codes={entry.codes} lookup={lookup} />
              {entry.memo !== '' && <p className="coded-memo">{entry.memo}</p>}
            </li>
          ) : null,
        )}
      </ul>
      {isBlind && (
        <p className="muted">
          Blind mode is on: other coders’ work stays hidden until a lead turns
          it off.
        </p>
      )}
    </section>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
