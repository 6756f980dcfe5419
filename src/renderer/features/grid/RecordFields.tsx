import type { Column } from '../../../core/model/scan';
import { useServices } from '../../app/services';
import type { GridRow } from './grid-row';

type RecordFieldsProps = {
  readonly columns: readonly Column[];
  readonly row: GridRow;
};

/** Every field of a record, readable in full; long text keeps its lines. */
export function RecordFields({ columns, row }: RecordFieldsProps) {
  return (
    <dl className="detail-fields">
      {columns.map((column) => (
        <FieldView
          key={column.key}
          column={column}
          value={row.fields[column.key] ?? ''}
        />
      ))}
    </dl>
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
