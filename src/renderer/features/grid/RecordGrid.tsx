import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellValueChangedEvent,
  type ColDef,
  type GetRowIdParams,
  type ColumnState,
  type GridApi,
  type GridReadyEvent,
  type IRowNode,
} from 'ag-grid-community';
import type { Column } from '../../../core/model/scan';
import type { GridColumnState, GridLayout } from '../../../core/model/project';
import {
  isEmptyQuery,
  parseSearchQuery,
} from '../../../core/search/quick-search';
import { buildColumnDefs } from './column-defs';
import { prepareSearchText, rowMatches } from './search-text';
import type { GridRow } from './grid-row';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({
  fontSize: 13,
  headerFontWeight: 600,
  spacing: 6,
});

/** Grid changes made by Podscan itself (undo, redo, revert): not user edits. */
export const PROGRAMMATIC_SOURCE = 'podscan';

/** Keeps a record in view when it returns true; applied after search. */
export type RecordFilter = (recordKey: string) => boolean;

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
  /** Columns added after the scan's, e.g. the coding columns. */
  readonly extraColumns?: readonly ColDef<GridRow>[];
  /** Narrows the records shown beyond the quick search; null = all. */
  readonly recordFilter?: RecordFilter | null;
  readonly onReady: (api: GridApi<GridRow>) => void;
  readonly onCellEdit: (edit: CellEdit) => void;
  readonly onLayoutChange: (layout: GridLayout) => void;
  readonly onSelect: (recordKey: string | null) => void;
  readonly onDisplayedCountChange: (count: number) => void;
};

/**
 * The records as an editable grid. Memoised: the coding loop redraws the
 * view around it on every key press, and the grid need not follow.
 */
export const RecordGrid = memo(function RecordGrid(props: RecordGridProps) {
  const { onCellEdit, onLayoutChange, onSelect, onReady } = props;
  const { onDisplayedCountChange } = props;
  const layoutTimer = useRef<number | undefined>(undefined);
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const query = useMemo(
    () => parseSearchQuery(props.quickFilter),
    [props.quickFilter],
  );
  const queryRef = useRef(query);
  const recordFilter = props.recordFilter ?? null;
  const recordFilterRef = useRef(recordFilter);

  useEffect(() => prepareSearchText(props.rows), [props.rows]);

  useEffect(() => {
    queryRef.current = query;
    recordFilterRef.current = recordFilter;
    apiRef.current?.onFilterChanged();
  }, [query, recordFilter]);

  // The grid's own quick filter re-reads every cell through its value
  // getter; a cached lower-case text and trigram signature per record
  // (core/search/search-cache.ts) is much faster at 100k.
  const isFilterActive = useCallback(
    () => !isEmptyQuery(queryRef.current) || recordFilterRef.current !== null,
    [],
  );
  const passesFilter = useCallback((node: IRowNode<GridRow>) => {
    if (node.data === undefined) return false;

    const query = queryRef.current;
    if (!isEmptyQuery(query) && !rowMatches(node.data, query)) {
      return false;
    }
    const keep = recordFilterRef.current;
    return keep === null || keep(node.data.key);
  }, []);

  const { extraColumns } = props;
  const columnDefs = useMemo(
    () => [
      ...buildColumnDefs(props.columns, {
        keyColumn: props.keyColumn,
        wrapLongText: props.wrapLongText,
      }),
      ...(extraColumns ?? []),
    ],
    [props.columns, props.keyColumn, props.wrapLongText, extraColumns],
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
        getRowId={getRowId}
        isExternalFilterPresent={isFilterActive}
        doesExternalFilterPass={passesFilter}
        defaultColDef={DEFAULT_COL_DEF}
        rowSelection={ROW_SELECTION}
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        // Rows drawn beyond the visible ones, and no row animation: every
        // search or sort over 100,000 records redraws what is drawn.
        rowBuffer={10}
        animateRows={false}
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
});

// Constant objects: a new one on every render would make the grid
// reprocess its columns.
const DEFAULT_COL_DEF: ColDef<GridRow> = {
  resizable: true,
  sortable: true,
  floatingFilter: true,
};

const ROW_SELECTION = {
  mode: 'singleRow',
  checkboxes: false,
  enableClickSelection: true,
} as const;

function getRowId(params: GetRowIdParams<GridRow>): string {
  return params.data.key;
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
