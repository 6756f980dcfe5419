import type {
  AgreementRequest,
  AgreementResponse,
} from '../../workers/agreement-protocol';

export type AgreementProgress = (
  stage: string,
  fraction: number | null,
) => void;

export type FinalAgreementResponse = Exclude<
  AgreementResponse,
  { type: 'progress' }
>;

/**
 * One agreement worker for one open Reliability view: it keeps the
 * layers it read between computations. Cancelling ends the worker; the
 * view starts a new one for the next request.
 */
export type AgreementSession = {
  readonly send: (
    request: AgreementRequest,
    onProgress: AgreementProgress,
  ) => Promise<FinalAgreementResponse>;
  readonly cancel: () => void;
};

export function createAgreementSession(): AgreementSession {
  const worker = new Worker(
    new URL('../../workers/agreement.worker.ts', import.meta.url),
    { type: 'module', name: 'podscan-agreement' },
  );
  let settle: ((response: FinalAgreementResponse) => void) | null = null;
  let progress: AgreementProgress = () => undefined;

  worker.onmessage = (event: MessageEvent<AgreementResponse>) => {
    const response = event.data;
    if (response.type === 'progress') {
      progress(response.stage, response.fraction);
      return;
    }
    settle?.(response);
    settle = null;
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle?.({
      type: 'failed',
      message: `The agreement worker stopped: ${event.message || 'unknown error'}`,
    });
    settle = null;
  };

  return {
    send: (request, onProgress) => {
      if (settle) throw new Error('the agreement worker is still busy');

      progress = onProgress;
      return new Promise<FinalAgreementResponse>((resolve) => {
        settle = resolve;
        worker.postMessage(request);
      });
    },
    cancel: () => {
      worker.terminate();
      settle?.({ type: 'failed', message: 'Cancelled.' });
      settle = null;
    },
  };
}
