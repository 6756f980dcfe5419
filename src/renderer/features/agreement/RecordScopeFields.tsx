import { useId, useMemo } from 'react';
import type { ReliabilitySample } from '../../../core/model/coding';
import type { ProjectMeta } from '../../../core/model/project';
import { countOf } from '../../../core/scan';
import type { GridRow } from '../grid/grid-row';
import { listColumnValues, type RecordScope } from './scope';

/** How many distinct values the filter suggests. */
const SUGGESTED_VALUES = 200;

type RecordScopeFieldsProps = {
  readonly meta: ProjectMeta;
  readonly rows: readonly GridRow[];
  readonly samples: readonly ReliabilitySample[];
  readonly value: RecordScope;
  readonly onChange: (value: RecordScope) => void;
};

/** All done records, a reliability sample, or a column = value filter. */
export function RecordScopeFields(props: RecordScopeFieldsProps) {
  const { value, onChange, meta, samples } = props;
  const listId = useId();
  const firstColumn = meta.columns[0]?.key ?? '';
  const filterColumn = value.kind === 'filter' ? value.column : firstColumn;
  const suggestions = useMemo(
    () =>
      value.kind === 'filter'
        ? listColumnValues(props.rows, filterColumn, SUGGESTED_VALUES)
        : [],
    [props.rows, filterColumn, value.kind],
  );

  return (
    <fieldset>
      <legend>Records</legend>
      <label className="field-inline">
        <input
          type="radio"
          name="record-scope"
          checked={value.kind === 'all'}
          onChange={() => onChange({ kind: 'all' })}
        />
        All done records
      </label>
      <label className="field-inline">
        <input
          type="radio"
          name="record-scope"
          checked={value.kind === 'sample'}
          disabled={samples.length === 0}
          onChange={() =>
            onChange({ kind: 'sample', sampleId: samples[0]?.id ?? '' })
          }
        />
        A reliability sample
        {value.kind === 'sample' && (
          <select
            aria-label="Sample"
            value={value.sampleId}
            onChange={(event) =>
              onChange({ kind: 'sample', sampleId: event.target.value })
            }
          >
            {samples.map((sample) => (
              <option key={sample.id} value={sample.id}>
                {sample.name} ({countOf(sample.recordKeys.length, 'record')})
              </option>
            ))}
          </select>
        )}
        {samples.length === 0 && <span className="muted"> (none drawn)</span>}
      </label>
      <label className="field-inline">
        <input
          type="radio"
          name="record-scope"
          checked={value.kind === 'filter'}
          onChange={() =>
            onChange({ kind: 'filter', column: firstColumn, value: '' })
          }
        />
        Records where
      </label>
      {value.kind === 'filter' && (
        <span className="field-inline">
          <select
            aria-label="Filter column"
            value={value.column}
            onChange={(event) =>
              onChange({ ...value, column: event.target.value })
            }
          >
            {meta.columns.map((column) => (
              <option key={column.key} value={column.key}>
                {column.label}
              </option>
            ))}
          </select>
          =
          <input
            aria-label="Filter value"
            list={listId}
            value={value.value}
            onChange={(event) =>
              onChange({ ...value, value: event.target.value })
            }
          />
          <datalist id={listId}>
            {suggestions.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
        </span>
      )}
    </fieldset>
  );
}
