import { useEffect, useRef, useState, type RefObject } from 'react';
import { describeError } from '../../app/services';
import type { ScanPreview } from '../../workers/import-protocol';
import type { ImportSession } from './import-session';
import { findFileBlock, GENERATED_KEYS, type KeyCheck } from './import-checks';

/**
 * Checks the chosen key column in the import worker as soon as it is
 * chosen. The worker answers one request at a time, so checks queue; one
 * whose choice has since changed is skipped or its answer dropped.
 */
export function useKeyCheck(
  session: RefObject<ImportSession | null>,
  preview: ScanPreview | null,
  keyColumn: string,
  onFailed: (message: string) => void,
): [KeyCheck | null, (check: KeyCheck) => void] {
  const [check, setCheck] = useState<KeyCheck | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    const active = session.current;
    if (!preview || !active || keyColumn === GENERATED_KEYS) return;
    if (findFileBlock(preview) !== null) return;

    let isCurrent = true;
    const run = async () => {
      // Busy reading the file again: its new preview is checked instead.
      if (!isCurrent || active.isBusy()) return;

      const response = await active.send(
        { type: 'check-key', keyColumn },
        () => undefined,
      );
      if (!isCurrent) return;
      if (response.type === 'key-problems') {
        const { problems, moreProblems } = response;
        setCheck({ preview, column: keyColumn, problems, moreProblems });
      } else if (response.type === 'failed') onFailed(response.message);
    };
    queue.current = queue.current
      .then(run)
      .catch((error: unknown) => onFailed(describeError(error)));
    return () => {
      isCurrent = false;
    };
  }, [session, preview, keyColumn, onFailed]);

  return [check, setCheck];
}
