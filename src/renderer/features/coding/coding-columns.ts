import type { ColDef, GridApi, ValueGetterParams } from 'ag-grid-community';
import type { Layer } from '../../../core/coding';
import type { CodingStatus } from '../../../core/model/coding';
import { CODING_STATUSES } from '../../../core/model/coding';
import type { CodeId, RecordKey } from '../../../core/model/ids';
import type { GridRow } from '../grid/grid-row';
import { CodeChipsCell } from './CodeChipsCell';
import { orderCodes, type CodeLookup } from './code-lookup';
import { STATUS_LABELS } from './status-labels';

/** Column ids of the coding columns; scan column keys never start so. */
export const CODING_COLUMN_IDS = {
  codes: '__codes',
  status: '__status',
  memo: '__memo',
} as const;

/** The layer the coding columns show, read when a cell is drawn. */
export type LayerSource = { readonly current: Layer };

export type CodingColumnOptions = {
  readonly lookup: CodeLookup;
  /** Initials of the coder whose layer shows, when not the viewer's own. */
  readonly otherCoder: string | null;
};

/**
 * Codes as chips, status and memo of one coder's layer. Values are read
 * from `source` when drawn, so a coding change needs only a refresh of
 * its row's cells, not new column definitions.
 */
export function buildCodingColumnDefs(
  source: LayerSource,
  options: CodingColumnOptions,
): ColDef<GridRow>[] {
  const entryOf = (params: ValueGetterParams<GridRow>) =>
    params.data ? source.current.get(params.data.key as RecordKey) : undefined;
  const suffix = options.otherCoder ? ` (${options.otherCoder})` : '';
  const namesOf = createNameCache(options.lookup);

  return [
    {
      colId: CODING_COLUMN_IDS.codes,
      headerName: `Codes${suffix}`,
      valueGetter: (params) => entryOf(params)?.codes ?? NO_CODES,
      cellRenderer: CodeChipsCell,
      cellRendererParams: { lookup: options.lookup },
      comparator: (a: readonly CodeId[], b: readonly CodeId[]) =>
        namesOf(a).localeCompare(namesOf(b)),
      editable: false,
      filter: false,
      width: 240,
    },
    {
      colId: CODING_COLUMN_IDS.status,
      headerName: `Status${suffix}`,
      valueGetter: (params) => entryOf(params)?.status ?? 'not_started',
      valueFormatter: (params) => STATUS_LABELS[params.value as CodingStatus],
      comparator: (a: CodingStatus, b: CodingStatus) =>
        CODING_STATUSES.indexOf(a) - CODING_STATUSES.indexOf(b),
      cellClass: (params) => `status-cell status-${String(params.value)}`,
      editable: false,
      filter: false,
      width: 120,
    },
    {
      colId: CODING_COLUMN_IDS.memo,
      headerName: `Memo${suffix}`,
      valueGetter: (params) => entryOf(params)?.memo ?? '',
      editable: false,
      filter: 'agTextColumnFilter',
      width: 200,
    },
  ];
}

const NO_CODES: readonly CodeId[] = [];

/** Sorting 100,000 rows compares names often: build each list once. */
function createNameCache(lookup: CodeLookup) {
  const cache = new WeakMap<readonly CodeId[], string>();
  return (codes: readonly CodeId[]): string => {
    let names = cache.get(codes);
    if (names === undefined) {
      names = orderCodes(lookup, codes)
        .map((id) => lookup.byId.get(id)?.name ?? '')
        .join(', ');
      cache.set(codes, names);
    }
    return names;
  };
}

/**
 * Redraws the coding cells of one record, or of every displayed record,
 * after the layer they read changed in place.
 */
export function refreshCodingCells(
  api: GridApi<GridRow> | null,
  recordKey?: string,
): void {
  const columns = Object.values(CODING_COLUMN_IDS);
  if (recordKey === undefined) {
    api?.refreshCells({ columns, force: true });
    return;
  }
  const node = api?.getRowNode(recordKey);
  if (node) api?.refreshCells({ rowNodes: [node], columns, force: true });
}
