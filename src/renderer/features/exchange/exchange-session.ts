import type {
  ExchangeRequest,
  ExchangeResponse,
} from '../../workers/exchange-protocol';

export type ExchangeProgress = (stage: string, fraction: number | null) => void;

export type FinalExchangeResponse = Exclude<
  ExchangeResponse,
  { type: 'progress' }
>;

/**
 * The exchange worker of one open Exchange tab. It starts with the first
 * request and keeps the files of a planned merge between the preview and
 * the apply. Cancelling ends the worker, which also aborts a storage
 * transaction it had open, so a cancelled merge leaves nothing behind;
 * the next request starts a fresh worker.
 */
export type ExchangeSession = {
  readonly send: (
    request: ExchangeRequest,
    onProgress: ExchangeProgress,
  ) => Promise<FinalExchangeResponse>;
  readonly cancel: () => void;
  readonly isBusy: () => boolean;
};

export function createExchangeSession(): ExchangeSession {
  let worker: Worker | null = null;
  let settle: ((response: FinalExchangeResponse) => void) | null = null;
  let progress: ExchangeProgress = () => undefined;

  const finish = (response: FinalExchangeResponse) => {
    const resolve = settle;
    settle = null;
    resolve?.(response);
  };

  const start = (): Worker => {
    const created = new Worker(
      new URL('../../workers/exchange.worker.ts', import.meta.url),
      { type: 'module', name: 'podscan-exchange' },
    );
    created.onmessage = (event: MessageEvent<ExchangeResponse>) => {
      const response = event.data;
      if (response.type === 'progress') {
        progress(response.stage, response.fraction);
        return;
      }
      finish(response);
    };
    created.onerror = (event) => {
      event.preventDefault();
      finish({
        type: 'failed',
        message: `The exchange worker stopped: ${event.message || 'unknown error'}`,
      });
    };
    return created;
  };

  return {
    send: (request, onProgress) => {
      if (settle) throw new Error('the exchange worker is still busy');

      progress = onProgress;
      worker ??= start();
      const active = worker;
      return new Promise<FinalExchangeResponse>((resolve) => {
        settle = resolve;
        active.postMessage(request, transferOf(request));
      });
    },
    cancel: () => {
      worker?.terminate();
      worker = null;
      finish({ type: 'failed', message: 'Cancelled; nothing was changed.' });
    },
    isBusy: () => settle !== null,
  };
}

function transferOf(request: ExchangeRequest): Transferable[] {
  if (request.type !== 'plan-merge') return [];

  return request.files.map((file) => file.bytes.buffer as ArrayBuffer);
}
