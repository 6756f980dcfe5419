import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';
import type { Layer } from '../../../core/coding';
import type { Coder } from '../../../core/model/coding';
import type { CoderId } from '../../../core/model/ids';
import type { GridRow } from '../grid/grid-row';
import { buildCodingColumnDefs, refreshCodingCells } from './coding-columns';
import type { CodeLookup } from './code-lookup';
import type { CodingFilters } from './useCodingFilters';

/**
 * The coding columns over the layer on show. Cells read the layer when
 * drawn, so switching layers redraws them without new column definitions;
 * the headers name the coder when the layer is not the viewer's own.
 */
export function useCodingColumns(
  apiRef: { readonly current: GridApi<GridRow> | null },
  filters: CodingFilters,
  visibleCoders: readonly Coder[],
  ownId: CoderId,
  lookup: CodeLookup,
): readonly ColDef<GridRow>[] {
  const layer = filters.viewedLayer;
  const source = useRef<Layer>(layer);
  const viewed = visibleCoders.find(
    (each) => each.id === filters.viewedCoderId,
  );
  const otherCoder = viewed && viewed.id !== ownId ? viewed.initials : null;

  useLayoutEffect(() => {
    source.current = layer;
    refreshCodingCells(apiRef.current);
  }, [apiRef, layer]);

  return useMemo(
    () => buildCodingColumnDefs(source, { lookup, otherCoder }),
    [lookup, otherCoder],
  );
}
