import type { GridApi } from 'ag-grid-community';
import type { GridRow } from './grid-row';

/**
 * The key of the record `step` rows away from `currentKey` in the grid's
 * current sort and filter, focused and selected; the first (or, going
 * back, the last) displayed record when `currentKey` is not displayed;
 * null past either end or when nothing is displayed.
 */
export function stepRecord(
  api: GridApi<GridRow>,
  currentKey: string | null,
  step: 1 | -1,
): string | null {
  const count = api.getDisplayedRowCount();
  if (count === 0) return null;

  const index =
    currentKey === null ? null : (api.getRowNode(currentKey)?.rowIndex ?? null);
  const target = index === null ? (step > 0 ? 0 : count - 1) : index + step;
  if (target < 0 || target >= count) return null;

  return focusRecordAt(api, target);
}

/** Scrolls to, focuses and selects the record, if the grid displays it. */
export function revealRecord(api: GridApi<GridRow>, recordKey: string): void {
  const index = api.getRowNode(recordKey)?.rowIndex;
  if (index !== null && index !== undefined) focusRecordAt(api, index);
}

function focusRecordAt(api: GridApi<GridRow>, index: number): string | null {
  const node = api.getDisplayedRowAtIndex(index);
  if (!node?.data) return null;

  // Stay in the column the user was in, so moving on feels like ↓.
  const column =
    api.getFocusedCell()?.column ?? api.getAllDisplayedColumns()[0];
  api.ensureIndexVisible(index);
  if (column) api.setFocusedCell(index, column);
  node.setSelected(true, true);
  return node.data.key;
}
