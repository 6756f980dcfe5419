import { useCallback } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { CodingKeyAction, Layer } from '../../../core/coding';
import { asRecordKey } from '../../../core/model/ids';
import { useServices } from '../../app/services';
import { stepRecord } from '../grid/grid-navigation';
import type { GridRow } from '../grid/grid-row';
import type { RecordSelection } from '../workspace/useRecordSelection';
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
 * The keyboard loop: read, code, next. J and K move through the grid's
 * current sort and filter, D marks the record done and moves on, F flags
 * it (or takes the flag off again), a code's key or number toggles it.
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
    (action: CodingKeyAction, isRepeat: boolean) => {
      if (action.kind === 'next' || action.kind === 'previous') {
        move(action.kind === 'next' ? 1 : -1);
        return;
      }
      // Holding a key down must not toggle a code on and off.
      if (isRepeat) return;

      const key = selectedRef.current;
      if (key === null) {
        notify('info', 'Select a record to code first; J selects the first.');
        return;
      }
      if (action.kind === 'toggle') actions.toggle(key, action.codeId);
      if (action.kind === 'flag') {
        const isFlagged = own.get(asRecordKey(key))?.status === 'flagged';
        actions.changeStatus(key, isFlagged ? 'in_progress' : 'flagged');
      }
      if (action.kind === 'done') {
        actions.changeStatus(key, 'done');
        if (!move(1)) notify('info', 'Done. That was the last record in view.');
      }
    },
    [actions, own, move, notify, selectedRef],
  );

  useCodingKeys(input.keymap, onAction, input.isActive);
}
