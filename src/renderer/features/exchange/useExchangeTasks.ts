import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExchangeRequest } from '../../workers/exchange-protocol';
import {
  createExchangeSession,
  type FinalExchangeResponse,
} from './exchange-session';

/** What the exchange worker is doing, for the progress bar. */
export type TaskProgress = {
  readonly stage: string;
  readonly fraction: number | null;
};

export type ExchangeTasks = {
  /** Runs one request; resolves with its answer (or `failed`). */
  readonly run: (
    request: ExchangeRequest,
    stage: string,
  ) => Promise<FinalExchangeResponse>;
  /** Null while no task runs. */
  readonly progress: TaskProgress | null;
  readonly cancel: () => void;
};

/**
 * The Exchange tab's worker, one task at a time. Leaving the tab ends the
 * worker (and with it any transaction it had open).
 */
export function useExchangeTasks(): ExchangeTasks {
  const session = useRef(createExchangeSession());
  const [progress, setProgress] = useState<TaskProgress | null>(null);

  useEffect(() => {
    const current = session.current;
    return () => current.cancel();
  }, []);

  const run = useCallback(async (request: ExchangeRequest, stage: string) => {
    if (session.current.isBusy()) {
      return {
        type: 'failed',
        message: 'Another exchange task is still running; wait for it.',
      } as const;
    }
    setProgress({ stage, fraction: null });
    try {
      return await session.current.send(request, (next, fraction) =>
        setProgress({ stage: next, fraction }),
      );
    } finally {
      setProgress(null);
    }
  }, []);

  const cancel = useCallback(() => session.current.cancel(), []);

  return { run, progress, cancel };
}
