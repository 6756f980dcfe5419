import { useCallback } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { CodingKeyAction, Layer } from '../../../core/coding';
import { useServices } from '../../app/services';
import { stepRecord } from '../grid/grid-navigation';
import type { GridRow } from '../grid/grid-row';
import type { RecordSelection } from '../workspace/useRecordSelection';
import { runCodingKey } from './coding-loop';
import type { CodingActions } from './useCodingActions';
import { useCodingKeys } from './useCodingKeys';

type LoopInput = {
  readonly keymap: ReadonlyMap<string, CodingKeyAction>;
  readonly actions: CodingActions;
  readonly own: Layer;
  readonly apiRef: { readonly current: GridApi<GridRow> | null };
  readonly selection: RecordSelection;
  readonly isActive: boolean;
};

/**
 * The keyboard loop (runCodingKey) on the grid: J and K move through its
 * current sort and filter.
 */
export function useCodingLoop(input: LoopInput): void {
  const { actions, own, apiRef, selection } = input;
  const { notify } = useServices();
  const { selectedRef, select } = selection;

  /** False at either end of the records in view. */
  const move = useCallback(
    (step: 1 | -1) => {
      const api = apiRef.current;
      const key = api ? stepRecord(api, selectedRef.current, step) : null;
      if (key !== null) select(key);
      return key !== null;
    },
    [apiRef, selectedRef, select],
  );

  const onAction = useCallback(
    (action: CodingKeyAction, isRepeat: boolean) =>
      runCodingKey(action, isRepeat, {
        actions,
        own,
        selected: selectedRef.current,
        move,
        notify,
      }),
    [actions, own, move, notify, selectedRef],
  );

  useCodingKeys(input.keymap, onAction, input.isActive);
}
