import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  DisagreementQueue,
  ReliabilityReport,
} from '../../../core/agreement';
import type {
  AgreementRequest,
  LayerSummary,
} from '../../workers/agreement-protocol';
import {
  createAgreementSession,
  type AgreementSession,
} from './agreement-session';

export type ComputeRequest = Extract<AgreementRequest, { type: 'compute' }>;

/** A finished computation with what it was asked. */
export type ReliabilityResult = {
  readonly report: ReliabilityReport;
  readonly queue: DisagreementQueue | null;
  /** The scope in words, for reports. */
  readonly scope: string;
};

export type ReliabilityState = {
  readonly phase: 'loading' | 'ready' | 'computing' | 'failed';
  readonly stage: string;
  readonly fraction: number | null;
  readonly summary: LayerSummary | null;
  readonly result: ReliabilityResult | null;
  readonly message: string | null;
};

const LOADING: ReliabilityState = {
  phase: 'loading',
  stage: 'Reading coding layers',
  fraction: null,
  summary: null,
  result: null,
  message: null,
};

/**
 * The agreement worker of one Reliability view: reads the layers when
 * the view opens (and on `reload`), computes on request with progress.
 * `cancel` stops the worker and starts a fresh one, which reads again.
 */
export function useReliability(projectId: string) {
  const sessionRef = useRef<AgreementSession | null>(null);
  const [state, setState] = useState<ReliabilityState>(LOADING);
  const [loadToken, setLoadToken] = useState(0);

  useEffect(() => {
    const session = createAgreementSession();
    sessionRef.current = session;
    let isCurrent = true;
    setState((current) => ({ ...LOADING, result: current.result }));
    void session
      .send({ type: 'load', projectId }, (stage, fraction) => {
        if (isCurrent) setState((s) => ({ ...s, stage, fraction }));
      })
      .then((response) => {
        if (!isCurrent) return;
        setState((current) =>
          response.type === 'loaded'
            ? { ...current, phase: 'ready', summary: response.summary }
            : {
                ...current,
                phase: 'failed',
                message:
                  response.type === 'failed'
                    ? response.message
                    : 'Unexpected reply from the agreement worker.',
              },
        );
      });
    return () => {
      isCurrent = false;
      session.cancel();
    };
  }, [projectId, loadToken]);

  const compute = useCallback(
    async (request: ComputeRequest, scope: string) => {
      const session = sessionRef.current;
      if (!session) return;

      setState((current) => ({
        ...current,
        phase: 'computing',
        stage: 'Computing agreement',
        fraction: 0,
        message: null,
      }));
      const response = await session.send(request, (stage, fraction) =>
        setState((current) => ({ ...current, stage, fraction })),
      );
      if (sessionRef.current !== session) return;

      setState((current) =>
        response.type === 'computed'
          ? {
              ...current,
              phase: 'ready',
              result: { report: response.report, queue: response.queue, scope },
            }
          : {
              ...current,
              phase: 'ready',
              message:
                response.type === 'failed'
                  ? response.message
                  : 'Unexpected reply from the agreement worker.',
            },
      );
    },
    [],
  );

  const reload = useCallback(() => setLoadToken((token) => token + 1), []);

  return { state, compute, reload };
}
