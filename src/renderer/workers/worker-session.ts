/** What every Podscan worker may answer besides its final response. */
type ProgressMessage = {
  readonly type: 'progress';
  readonly stage: string;
  readonly fraction: number | null;
};

type FailedMessage = { readonly type: 'failed'; readonly message: string };

export type WorkerProgress = (stage: string, fraction: number | null) => void;

/**
 * One worker serving one view or dialog, one request at a time. The worker
 * starts with the first request and keeps its state (a parsed file, a
 * planned merge, loaded layers) between requests. Cancelling ends it,
 * which also aborts any storage transaction it had open, so nothing
 * half-written remains; the next request starts a fresh worker.
 */
export type WorkerSession<Request, Final> = {
  readonly send: (
    request: Request,
    onProgress: WorkerProgress,
  ) => Promise<Final>;
  readonly cancel: () => void;
  readonly isBusy: () => boolean;
};

export type WorkerSessionOptions<Request> = {
  /** Starts the worker; `new Worker(new URL(…))` must stay in the caller for the bundler. */
  readonly start: () => Worker;
  /** Named in the message when the worker stops unexpectedly. */
  readonly label: string;
  /** What the cancelled request resolves with. */
  readonly cancelMessage: string;
  /** Buffers handed to the worker rather than copied. */
  readonly transfer?: (request: Request) => Transferable[];
};

export function createWorkerSession<
  Request,
  Response extends { readonly type: string },
>(
  options: WorkerSessionOptions<Request>,
): WorkerSession<Request, Exclude<Response, ProgressMessage> | FailedMessage> {
  type Final = Exclude<Response, ProgressMessage> | FailedMessage;
  let worker: Worker | null = null;
  let settle: ((response: Final) => void) | null = null;
  let progress: WorkerProgress = () => undefined;

  const finish = (response: Final) => {
    const resolve = settle;
    settle = null;
    resolve?.(response);
  };

  const start = (): Worker => {
    const created = options.start();
    created.onmessage = (event: MessageEvent<Response | ProgressMessage>) => {
      const response = event.data;
      if (isProgress(response)) {
        progress(response.stage, response.fraction);
        return;
      }
      finish(response as Final);
    };
    created.onerror = (event) => {
      event.preventDefault();
      finish({
        type: 'failed',
        message: `The ${options.label} worker stopped: ${event.message || 'unknown error'}`,
      });
    };
    return created;
  };

  return {
    send: (request, onProgress) => {
      if (settle) throw new Error(`the ${options.label} worker is still busy`);

      progress = onProgress;
      worker ??= start();
      const active = worker;
      return new Promise<Final>((resolve) => {
        settle = resolve;
        active.postMessage(request, options.transfer?.(request) ?? []);
      });
    },
    cancel: () => {
      worker?.terminate();
      worker = null;
      finish({ type: 'failed', message: options.cancelMessage });
    },
    isBusy: () => settle !== null,
  };
}

function isProgress(message: {
  readonly type: string;
}): message is ProgressMessage {
  return message.type === 'progress';
}
