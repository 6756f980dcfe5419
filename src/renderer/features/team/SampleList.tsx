import { useMemo, useState } from 'react';
import { computeSampleProgress } from '../../../core/coding';
import type {
  RecordCoding,
  ReliabilitySample,
} from '../../../core/model/coding';
import {
  asRecordKey,
  type ColumnKey,
  type RecordKey,
} from '../../../core/model/ids';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { GridRow } from '../grid/grid-row';
import { useProjectSession } from '../workspace/project-context';
import { describeSampleDraw } from './sample-form';
import { StrataTable } from './StrataTable';

type SampleListProps = {
  readonly samples: readonly ReliabilitySample[];
  readonly codings: readonly RecordCoding[];
  readonly rows: readonly GridRow[];
  readonly onDelete: ((sample: ReliabilitySample) => void) | null;
};

/** Drawn samples: how, with which seed, for whom, and how far each is. */
export function SampleList(props: SampleListProps) {
  const { meta } = useProjectSession();
  const [deleting, setDeleting] = useState<ReliabilitySample | null>(null);
  const records = useMemo(
    () =>
      props.rows.map((row) => ({
        key: asRecordKey(row.key),
        fields: row.fields,
      })),
    [props.rows],
  );
  const present = useMemo(
    () => new Set<RecordKey>(records.map((record) => record.key)),
    [records],
  );
  const labelOf = (key: ColumnKey) =>
    meta.columns.find((column) => column.key === key)?.label ?? key;

  if (props.samples.length === 0) {
    return <p className="muted">No sample has been drawn yet.</p>;
  }
  return (
    <>
      <ul className="sample-list plain-list" aria-label="Reliability samples">
        {props.samples.map((sample) => (
          <li
            key={sample.id}
            className="sample-card"
            data-sample-id={sample.id}
          >
            <header className="sample-card-header">
              <strong>{sample.name}</strong>
              {props.onDelete && (
                <button
                  type="button"
                  className="danger"
                  onClick={() => setDeleting(sample)}
                >
                  Delete sample
                </button>
              )}
            </header>
            <dl className="sample-facts">
              <dt>Records</dt>
              <dd data-testid="sample-size">{sample.recordKeys.length}</dd>
              <dt>Drawn as</dt>
              <dd>{describeSampleDraw(sample, labelOf)}</dd>
              <dt>Seed</dt>
              <dd data-testid="sample-seed">{sample.seed}</dd>
              <dt>Drawn</dt>
              <dd>{new Date(sample.createdAt).toLocaleString()}</dd>
            </dl>
            <SampleProgress
              sample={sample}
              codings={props.codings}
              present={present}
            />
            {sample.stratifyBy !== null && (
              <StrataTable
                sample={sample}
                records={records}
                column={sample.stratifyBy}
                label={labelOf(sample.stratifyBy)}
              />
            )}
          </li>
        ))}
      </ul>
      {deleting && props.onDelete && (
        <ConfirmDialog
          title="Delete sample"
          message={
            `Delete “${deleting.name}”? Its records keep their codings; ` +
            'the coders no longer see them as assigned.'
          }
          confirmLabel="Delete sample"
          isDangerous
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            props.onDelete?.(deleting);
            setDeleting(null);
          }}
        />
      )}
    </>
  );
}

function SampleProgress(props: {
  readonly sample: ReliabilitySample;
  readonly codings: readonly RecordCoding[];
  readonly present: ReadonlySet<RecordKey>;
}) {
  const { coders } = useProjectSession();
  const progress = computeSampleProgress(
    props.sample,
    props.codings,
    props.present,
  );
  return (
    <ul
      className="sample-progress plain-list"
      aria-label={`Progress on ${props.sample.name}`}
    >
      {progress.map((each) => {
        const coder = coders.find((c) => c.id === each.coderId);
        return (
          <li key={each.coderId}>
            {coder ? `${coder.name} (${coder.initials})` : each.coderId}:{' '}
            {each.done} / {each.assigned} done
          </li>
        );
      })}
    </ul>
  );
}
