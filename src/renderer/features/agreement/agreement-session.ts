import type {
  AgreementRequest,
  AgreementResponse,
} from '../../workers/agreement-protocol';
import {
  createWorkerSession,
  type WorkerSession,
} from '../../workers/worker-session';

export type FinalAgreementResponse = Exclude<
  AgreementResponse,
  { type: 'progress' }
>;

/**
 * One agreement worker for one open Reliability view: it keeps the
 * layers it read between computations.
 */
export type AgreementSession = WorkerSession<
  AgreementRequest,
  FinalAgreementResponse
>;

export function createAgreementSession(): AgreementSession {
  return createWorkerSession<AgreementRequest, AgreementResponse>({
    start: () =>
      new Worker(
        new URL('../../workers/agreement.worker.ts', import.meta.url),
        { type: 'module', name: 'podscan-agreement' },
      ),
    label: 'agreement',
    cancelMessage: 'Cancelled.',
  });
}
