import { useEffect } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Coder } from '../../../core/model/coding';
import { revealRecord } from '../grid/grid-navigation';
import type { GridRow } from '../grid/grid-row';
import type { CodingHost } from '../workspace/replay';
import type { RecordSelection } from '../workspace/useRecordSelection';
import { refreshCodingCells } from './coding-columns';
import type { CodingLayers } from './useCodingLayers';

type HostInput = {
  readonly hostRef: { current: CodingHost | null };
  readonly apiRef: { readonly current: GridApi<GridRow> | null };
  readonly selection: RecordSelection;
  readonly coder: Coder;
  readonly coders: readonly Coder[];
  readonly layers: CodingLayers;
  /** The grid's coding columns show the local coder's layer. */
  readonly isOwnLayerShown: boolean;
};

/**
 * Lets the undo history reach the local coder's layer, once it is loaded:
 * before that, an undo would find every entry missing and drop itself.
 */
export function useCodingHost(input: HostInput): void {
  const { hostRef, apiRef, selection, coder, coders, layers } = input;
  const { isOwnLayerShown } = input;

  useEffect(() => {
    if (!layers.isLoaded) return;

    hostRef.current = {
      coderId: coder.id,
      entryOf: (recordKey) => layers.own.get(recordKey) ?? null,
      show: (change) => {
        layers.apply(change);
        if (isOwnLayerShown) {
          refreshCodingCells(apiRef.current, change.recordKey);
        }
      },
      reveal: (recordKey) => {
        if (apiRef.current) revealRecord(apiRef.current, recordKey);
        selection.select(recordKey);
      },
      nameOf: (id) =>
        coders.find((each) => each.id === id)?.name ?? 'another coder',
    };
    return () => {
      hostRef.current = null;
    };
  }, [hostRef, apiRef, selection, coder.id, coders, layers, isOwnLayerShown]);
}
