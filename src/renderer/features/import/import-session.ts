import type {
  ImportRequest,
  ImportResponse,
} from '../../workers/import-protocol';

export type ImportProgress = (stage: string, fraction: number | null) => void;

type FinalResponse = Exclude<ImportResponse, { type: 'progress' }>;

/**
 * One import worker for one wizard: it keeps the parsed file between the
 * preview and the commit. Cancelling ends the worker, which also aborts any
 * storage transaction it had open, so nothing half-written remains.
 */
export type ImportSession = {
  readonly send: (
    request: ImportRequest,
    onProgress: ImportProgress,
  ) => Promise<FinalResponse>;
  readonly cancel: () => void;
};

export function createImportSession(): ImportSession {
  const worker = new Worker(
    new URL('../../workers/import.worker.ts', import.meta.url),
    { type: 'module', name: 'podscan-import' },
  );
  let settle: ((response: FinalResponse) => void) | null = null;
  let progress: ImportProgress = () => undefined;

  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
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
      message: `The import worker stopped: ${event.message || 'unknown error'}`,
    });
    settle = null;
  };

  return {
    send: (request, onProgress) => {
      if (settle) throw new Error('the import worker is still busy');

      progress = onProgress;
      return new Promise<FinalResponse>((resolve) => {
        settle = resolve;
        const transfer =
          request.type === 'parse' ? [request.bytes.buffer as ArrayBuffer] : [];
        worker.postMessage(request, transfer);
      });
    },
    cancel: () => {
      worker.terminate();
      settle?.({ type: 'failed', message: 'Cancelled; nothing was changed.' });
      settle = null;
    },
  };
}
