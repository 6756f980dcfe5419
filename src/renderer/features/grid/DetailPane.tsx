import type { Column } from '../../../core/model/scan';
import type { GridRow } from './grid-row';
import { EditHistory } from './EditHistory';
import { useServices } from '../../app/services';

type DetailPaneProps = {
  readonly projectId: string;
  readonly columns: readonly Column[];
  readonly row: GridRow | null;
  /** Changes whenever a saved edit may have added history. */
  readonly revision: number;
};

/** Every field of the selected record, readable in full, and its history. */
export function DetailPane({
  projectId,
  columns,
  row,
  revision,
}: DetailPaneProps) {
  if (!row) {
    return (
      <aside className="detail-pane" aria-label="Record details">
        <p className="muted">Select a record to read it in full.</p>
      </aside>
    );
  }

  return (
    <aside className="detail-pane" aria-label="Record details">
      <h3 className="detail-key">{row.key}</h3>
      <dl className="detail-fields">
        {columns.map((column) => (
          <FieldView
            key={column.key}
            column={column}
            value={row.fields[column.key] ?? ''}
          />
        ))}
      </dl>
      <EditHistory
        projectId={projectId}
        recordKey={row.key}
        columns={columns}
        revision={revision}
      />
    </aside>
  );
}

type FieldViewProps = { readonly column: Column; readonly value: string };

function FieldView({ column, value }: FieldViewProps) {
  const { platform, notify } = useServices();
  const isLink = column.type === 'url' && /^https?:\/\//i.test(value);

  return (
    <>
      <dt>{column.label || column.key}</dt>
      <dd className={column.type === 'longtext' ? 'long-text' : undefined}>
        {value === '' ? <span className="muted">(empty)</span> : value}
        {isLink && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              void platform.openExternal(value).then((opened) => {
                if (!opened) {
                  notify(
                    'error',
                    `Podscan did not open "${value}": only http and https links open outside the app.`,
                  );
                }
              });
            }}
          >
            Open in browser
          </button>
        )}
      </dd>
    </>
  );
}
