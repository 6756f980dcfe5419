import { useEffect, useState } from 'react';
import type { AuditEvent } from '../../../core/model/audit';
import type { Column } from '../../../core/model/scan';
import { asProjectId, asRecordKey } from '../../../core/model/ids';
import { describeError, useServices } from '../../app/services';

type EditHistoryProps = {
  readonly projectId: string;
  readonly recordKey: string;
  readonly columns: readonly Column[];
  readonly revision: number;
};

/** Who changed which field of this record, when, from what to what. */
export function EditHistory(props: EditHistoryProps) {
  const { repository } = useServices();
  const [events, setEvents] = useState<readonly AuditEvent[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { projectId, recordKey, revision } = props;

  useEffect(() => {
    let isCurrent = true;
    repository
      .listAudit(asProjectId(projectId), { recordKey: asRecordKey(recordKey) })
      .then((found) => {
        if (isCurrent) setEvents(found);
      })
      .catch((error: unknown) => {
        if (isCurrent) setFailure(describeError(error));
      });
    return () => {
      isCurrent = false;
    };
  }, [repository, projectId, recordKey, revision]);

  const labels = new Map(props.columns.map((c) => [c.key as string, c.label]));
  const edits = (events ?? []).filter((event) => event.detail.kind === 'edit');

  return (
    <section className="edit-history" aria-label="Edit history">
      <h4>Edit history</h4>
      {failure && <p role="alert">History could not be read: {failure}</p>}
      {events && edits.length === 0 && (
        <p className="muted">No edits since import.</p>
      )}
      <ol>
        {[...edits].reverse().map((event) =>
          event.detail.kind === 'edit'
            ? event.detail.changes.map((change, index) => (
                <li key={`${event.seq}-${index}`}>
                  <div className="history-meta">
                    {formatTime(event.at)} · {event.actor}
                    {event.detail.kind === 'edit' && event.detail.via
                      ? ` · ${event.detail.via}`
                      : ''}
                  </div>
                  <div>
                    <strong>
                      {labels.get(change.column) ?? change.column}
                    </strong>
                    : <del>{change.oldValue || '(empty)'}</del> →{' '}
                    <ins>{change.newValue || '(empty)'}</ins>
                  </div>
                </li>
              ))
            : null,
        )}
      </ol>
    </section>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
