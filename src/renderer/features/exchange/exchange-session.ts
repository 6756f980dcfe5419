import type {
  ExchangeRequest,
  ExchangeResponse,
} from '../../workers/exchange-protocol';
import {
  createWorkerSession,
  type WorkerSession,
} from '../../workers/worker-session';

export type FinalExchangeResponse = Exclude<
  ExchangeResponse,
  { type: 'progress' }
>;

/**
 * The exchange worker of one open Exchange tab: it keeps the files of a
 * planned merge between the preview and the apply, so a cancelled merge
 * leaves nothing behind.
 */
export type ExchangeSession = WorkerSession<
  ExchangeRequest,
  FinalExchangeResponse
>;

export function createExchangeSession(): ExchangeSession {
  return createWorkerSession<ExchangeRequest, ExchangeResponse>({
    start: () =>
      new Worker(new URL('../../workers/exchange.worker.ts', import.meta.url), {
        type: 'module',
        name: 'podscan-exchange',
      }),
    label: 'exchange',
    cancelMessage: 'Cancelled; nothing was changed.',
    transfer: (request) =>
      request.type === 'plan-merge'
        ? request.files.map((file) => file.bytes.buffer as ArrayBuffer)
        : [],
  });
}
