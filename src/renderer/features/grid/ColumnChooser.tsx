import { useState } from 'react';
import type { Column as GridColumn, GridApi } from 'ag-grid-community';
import type { GridRow } from './grid-row';

type ColumnChooserProps = {
  readonly api: GridApi<GridRow>;
  readonly onReset: () => void;
  readonly onClose: () => void;
};

/**
 * Show, hide and pin columns. The grid's own tool panel is not part of the
 * Community edition, so Podscan offers this list instead.
 */
export function ColumnChooser({ api, onReset, onClose }: ColumnChooserProps) {
  const [, setVersion] = useState(0);
  const refresh = () => setVersion((version) => version + 1);
  const columns = api.getAllGridColumns();

  return (
    <div className="column-chooser" role="dialog" aria-label="Columns">
      <div className="column-chooser-header">
        <strong>Columns</strong>
        <button type="button" onClick={onClose} aria-label="Close columns">
          ×
        </button>
      </div>
      <ul>
        {columns.map((column) => (
          <ColumnItem
            key={column.getColId()}
            api={api}
            column={column}
            onChange={refresh}
          />
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            api.setColumnsVisible(columns, true);
            refresh();
          }}
        >
          Show all
        </button>
        <button
          type="button"
          onClick={() => {
            onReset();
            refresh();
          }}
        >
          Reset layout
        </button>
      </div>
    </div>
  );
}

type ColumnItemProps = {
  readonly api: GridApi<GridRow>;
  readonly column: GridColumn;
  readonly onChange: () => void;
};

function ColumnItem({ api, column, onChange }: ColumnItemProps) {
  const id = column.getColId();
  const name = api.getDisplayNameForColumn(column, null);
  const pinned = column.isPinnedLeft()
    ? 'left'
    : column.isPinnedRight()
      ? 'right'
      : '';

  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={column.isVisible()}
          onChange={(event) => {
            api.setColumnsVisible([id], event.target.checked);
            onChange();
          }}
        />
        {name}
      </label>
      <select
        aria-label={`Pin ${name}`}
        value={pinned}
        onChange={(event) => {
          const value = event.target.value;
          api.setColumnsPinned(
            [id],
            value === '' ? null : (value as 'left' | 'right'),
          );
          onChange();
        }}
      >
        <option value="">not pinned</option>
        <option value="left">pin left</option>
        <option value="right">pin right</option>
      </select>
    </li>
  );
}
