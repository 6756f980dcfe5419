import { useCallback, useMemo } from 'react';
import type { Codebook } from '../../../core/codebook';
import {
  isCodingChanged,
  setMemo,
  setStatus,
  toggleCode,
  type CodingContext,
  type CodingResult,
  type CodingTarget,
  type Layer,
} from '../../../core/coding';
import type { CodingChange, CodingStatus } from '../../../core/model/coding';
import type { CodeId, CoderId } from '../../../core/model/ids';
import { asRecordKey } from '../../../core/model/ids';
import { useServices } from '../../app/services';

/** Each action says whether it was taken (false: refused, and why shown). */
export type CodingActions = {
  readonly toggle: (recordKey: string, codeId: CodeId) => boolean;
  readonly changeStatus: (recordKey: string, status: CodingStatus) => boolean;
  readonly changeMemo: (recordKey: string, memo: string) => boolean;
};

type ActionInput = {
  readonly codebook: Codebook;
  readonly coderId: CoderId;
  /** The local coder's layer, read at the moment of each action. */
  readonly own: Layer;
  /** False until the layer is loaded and the coder joined the project. */
  readonly canCode: boolean;
  readonly onCodingChange: (change: CodingChange) => void;
};

/**
 * The local coder's coding actions on one record. Each reads the entry
 * as it is now, so keys pressed in quick succession build on each other;
 * refusals (a retired code, say) are shown, not thrown.
 */
export function useCodingActions(input: ActionInput): CodingActions {
  const { codebook, coderId, own, canCode, onCodingChange } = input;
  const { notify } = useServices();
  const context = useMemo<CodingContext>(
    () => ({ coderId, codebook, clock: () => new Date().toISOString() }),
    [coderId, codebook],
  );

  const run = useCallback(
    (recordKey: string, operate: (target: CodingTarget) => CodingResult) => {
      if (!canCode) {
        notify('info', 'Your codings are still loading; try again shortly.');
        return false;
      }
      const key = asRecordKey(recordKey);
      const result = operate({ recordKey: key, current: own.get(key) ?? null });
      if (!result.ok) {
        notify('error', result.error.message);
        return false;
      }
      if (isCodingChanged(result.value)) onCodingChange(result.value);
      return true;
    },
    [canCode, notify, own, onCodingChange],
  );

  return useMemo(
    () => ({
      toggle: (recordKey, codeId) =>
        run(recordKey, (target) => toggleCode(target, codeId, context)),
      changeStatus: (recordKey, status) =>
        run(recordKey, (target) => setStatus(target, status, context)),
      changeMemo: (recordKey, memo) =>
        run(recordKey, (target) => setMemo(target, memo, context)),
    }),
    [run, context],
  );
}
