import { useCallback, useEffect, useState } from 'react';
import { describeError, useServices } from '../../app/services';

import { readMergeHistory, type MergeHistory } from './merge-history';

/** The project's latest merge and whether it can be undone. */
export function useMergeHistory(projectId: string): {
  readonly history: MergeHistory | null;
  readonly reload: () => void;
} {
  const { repository, notify } = useServices();
  const [history, setHistory] = useState<MergeHistory | null>(null);
  const [token, setToken] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    readMergeHistory(repository, projectId)
      .then((read) => {
        if (isCurrent) setHistory(read);
      })
      .catch((error: unknown) =>
        notify(
          'error',
          `The merge history could not be read: ${describeError(error)}`,
        ),
      );
    return () => {
      isCurrent = false;
    };
  }, [repository, notify, projectId, token]);

  const reload = useCallback(() => setToken((value) => value + 1), []);
  return { history, reload };
}
