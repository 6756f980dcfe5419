import type {
  ColDef,
  ValueGetterParams,
  ValueSetterParams,
} from 'ag-grid-community';
import type { Column } from '../../../core/model/scan';
import { OVERFLOW_COLUMN } from '../../../core/model/scan';
import { matchColumnText } from './column-filter';
import type { GridRow } from './grid-row';

/** Column id of the record key column the grid always shows first. */
export const KEY_COL_ID = '__key';

export type ColumnDefOptions = {
  readonly keyColumn: string | null;
  readonly wrapLongText: boolean;
};

/** One grid column per scan column, plus the record key when generated. */
export function buildColumnDefs(
  columns: readonly Column[],
  options: ColumnDefOptions,
): ColDef<GridRow>[] {
  const defs = columns.map((column) => buildColumnDef(column, options));
  if (options.keyColumn !== null) return defs;

  const keyDef: ColDef<GridRow> = {
    colId: KEY_COL_ID,
    headerName: 'Record key',
    valueGetter: (params) => params.data?.key ?? '',
    editable: false,
    pinned: 'left',
    width: 150,
  };
  return [keyDef, ...defs];
}

function buildColumnDef(
  column: Column,
  options: ColumnDefOptions,
): ColDef<GridRow> {
  const isKey = column.key === options.keyColumn;
  const isLong = column.type === 'longtext';
  const isWrapped = isLong && options.wrapLongText;

  return {
    colId: column.key,
    headerName: column.label === '' ? column.key : column.label,
    headerTooltip: column.label,
    valueGetter: (params: ValueGetterParams<GridRow>) =>
      params.data?.fields[column.key] ?? '',
    valueSetter: (params: ValueSetterParams<GridRow>) =>
      setField(params, column.key),
    // The key identifies the record everywhere: it is not edited here.
    editable: !isKey && column.key !== OVERFLOW_COLUMN,
    pinned: isKey ? 'left' : undefined,
    width: isLong ? 320 : 170,
    cellEditor: isLong ? 'agLargeTextCellEditor' : 'agTextCellEditor',
    cellEditorPopup: isLong,
    cellEditorParams: isLong
      ? { maxLength: 1_000_000, rows: 12, cols: 60 }
      : {},
    wrapText: isWrapped,
    autoHeight: isWrapped,
    filter: 'agTextColumnFilter',
    filterParams: {
      debounceMs: COLUMN_FILTER_DELAY_MS,
      caseSensitive: true,
      textMatcher: matchColumnText,
    },
  };
}

/**
 * A column filter applies in a task of its own after a keystroke (the
 * grid's default waits 500 ms, which feels stuck). Keystrokes that queue
 * while the grid filters still make one filter pass, not one each.
 */
const COLUMN_FILTER_DELAY_MS = 0;

function setField(params: ValueSetterParams<GridRow>, key: string): boolean {
  const value = typeof params.newValue === 'string' ? params.newValue : '';
  if (value === (params.data.fields[key] ?? '')) return false;

  params.data.fields = { ...params.data.fields, [key]: value };
  return true;
}
