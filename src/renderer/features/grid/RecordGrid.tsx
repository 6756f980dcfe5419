import { useCallback, useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellValueChangedEvent,
  type ColumnState,
  type GridApi,
  type GridReadyEvent,
  type IRowNode,
} from 'ag-grid-community';
import type { Column } from '../../../core/model/scan';
import type { GridColumnState, GridLayout } from '../../../core/model/project';
import {
  isEmptyQuery,
  matchesQuery,
  parseSearchQuery,
} from '../../../core/search/quick-search';
import { buildColumnDefs } from './column-defs';
import { prepareSearchText, searchTextOf } from './search-text';
import type { GridRow } from './grid-row';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({
  fontSize: 13,
  headerFontWeight: 600,
  spacing: 6,
});

/** Grid changes made by Podscan itself (undo, redo, revert): not user edits. */
export const PROGRAMMATIC_SOURCE = 'podscan';

export type CellEdit = {
  readonly recordKey: string;
  readonly column: string;
  readonly oldValue: string;
  readonly newValue: string;
};

type RecordGridProps = {
  readonly columns: readonly Column[];
  readonly keyColumn: string | null;
  readonly rows: readonly GridRow[];
  readonly layout: GridLayout | null;
  readonly quickFilter: string;
  readonly wrapLongText: boolean;
  readonly onReady: (api: GridApi<GridRow>) => void;
  readonly onCellEdit: (edit: CellEdit) => void;
  readonly onLayoutChange: (layout: GridLayout) => void;
  readonly onSelect: (recordKey: string | null) => void;
  readonly onDisplayedCountChange: (count: number) => void;
};

export function RecordGrid(props: RecordGridProps) {
  const { onCellEdit, onLayoutChange, onSelect, onReady } = props;
  const { onDisplayedCountChange } = props;
  const layoutTimer = useRef<number | undefined>(undefined);
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const query = useMemo(
    () => parseSearchQuery(props.quickFilter),
    [props.quickFilter],
  );
  const queryRef = useRef(query);

  useEffect(() => prepareSearchText(props.rows), [props.rows]);

  useEffect(() => {
    queryRef.current = query;
    apiRef.current?.onFilterChanged();
  }, [query]);

  // The grid's own quick filter re-reads every cell through its value
  // getter; one cached lower-case text per record is much faster at 100k.
  const isSearchActive = useCallback(() => !isEmptyQuery(queryRef.current), []);
  const passesSearch = useCallback(
    (node: IRowNode<GridRow>) =>
      node.data !== undefined &&
      matchesQuery(searchTextOf(node.data), queryRef.current),
    [],
  );

  const columnDefs = useMemo(
    () =>
      buildColumnDefs(props.columns, {
        keyColumn: props.keyColumn,
        wrapLongText: props.wrapLongText,
      }),
    [props.columns, props.keyColumn, props.wrapLongText],
  );

  const saveLayout = useCallback(
    (api: GridApi<GridRow>) => {
      window.clearTimeout(layoutTimer.current);
      layoutTimer.current = window.setTimeout(() => {
        onLayoutChange({ columns: api.getColumnState().map(toLayoutState) });
      }, 400);
    },
    [onLayoutChange],
  );

  const handleReady = useCallback(
    (event: GridReadyEvent<GridRow>) => {
      if (props.layout) {
        event.api.applyColumnState({
          state: props.layout.columns.map((state) => ({ ...state })),
          applyOrder: true,
        });
      }
      apiRef.current = event.api;
      onReady(event.api);
    },
    // The saved layout is applied once, when the grid first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [onReady],
  );

  const handleCellChanged = useCallback(
    (event: CellValueChangedEvent<GridRow>) => {
      if (event.source === PROGRAMMATIC_SOURCE) return;

      onCellEdit({
        recordKey: event.data.key,
        column: event.column.getColId(),
        oldValue: asText(event.oldValue),
        newValue: asText(event.newValue),
      });
    },
    [onCellEdit],
  );

  return (
    <div className="record-grid">
      <AgGridReact<GridRow>
        theme={theme}
        rowData={props.rows as GridRow[]}
        columnDefs={columnDefs}
        getRowId={(params) => params.data.key}
        isExternalFilterPresent={isSearchActive}
        doesExternalFilterPass={passesSearch}
        defaultColDef={{
          resizable: true,
          sortable: true,
          floatingFilter: true,
        }}
        rowSelection={{
          mode: 'singleRow',
          checkboxes: false,
          enableClickSelection: true,
        }}
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        rowBuffer={20}
        onGridReady={handleReady}
        onCellValueChanged={handleCellChanged}
        onCellFocused={(event) => {
          const row = event.rowIndex ?? null;
          const node =
            row === null ? null : event.api.getDisplayedRowAtIndex(row);
          onSelect(node?.data?.key ?? null);
        }}
        onColumnMoved={(event) => event.finished && saveLayout(event.api)}
        onColumnResized={(event) => event.finished && saveLayout(event.api)}
        onColumnVisible={(event) => saveLayout(event.api)}
        onColumnPinned={(event) => saveLayout(event.api)}
        onSortChanged={(event) => saveLayout(event.api)}
        onModelUpdated={(event) =>
          onDisplayedCountChange(event.api.getDisplayedRowCount())
        }
      />
    </div>
  );
}

function toLayoutState(state: ColumnState): GridColumnState {
  return {
    colId: state.colId,
    width: state.width ?? undefined,
    hide: state.hide ?? false,
    pinned: state.pinned === true ? 'left' : state.pinned || null,
    sort: state.sort ?? null,
    sortIndex: state.sortIndex ?? null,
  };
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
