import { describe, expect, it } from 'vitest';
import { createWorkerSession } from '../../../../src/renderer/workers/worker-session';

type Request = { readonly type: 'run'; readonly bytes: Uint8Array };
type Response =
  | {
      readonly type: 'progress';
      readonly stage: string;
      readonly fraction: number | null;
    }
  | { readonly type: 'done'; readonly value: number }
  | { readonly type: 'failed'; readonly message: string };

/** Stands in for a Worker: records what it was sent, answers on demand. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: { message: unknown; transfer: Transferable[] }[] = [];
  isTerminated = false;

  postMessage(message: unknown, transfer: Transferable[]): void {
    this.posted.push({ message, transfer });
  }

  terminate(): void {
    this.isTerminated = true;
  }

  answer(data: Response): void {
    this.onmessage?.({ data } as MessageEvent);
  }

  crash(message: string): void {
    const event = { message, preventDefault: () => undefined };
    this.onerror?.(event as unknown as ErrorEvent);
  }
}

function setUp() {
  const started: FakeWorker[] = [];
  const session = createWorkerSession<Request, Response>({
    start: () => {
      const worker = new FakeWorker();
      started.push(worker);
      return worker as unknown as Worker;
    },
    label: 'test',
    cancelMessage: 'Cancelled; nothing was changed.',
    transfer: (request) => [request.bytes.buffer as ArrayBuffer],
  });
  return { session, started };
}

const request = (): Request => ({ type: 'run', bytes: new Uint8Array(4) });

describe('createWorkerSession', () => {
  it('reports progress and resolves with the final answer', async () => {
    const { session, started } = setUp();
    const seen: [string, number | null][] = [];
    const answer = session.send(request(), (stage, fraction) =>
      seen.push([stage, fraction]),
    );
    const worker = started[0]!;
    expect(worker.posted[0]!.transfer).toHaveLength(1);
    expect(session.isBusy()).toBe(true);

    worker.answer({ type: 'progress', stage: 'Reading', fraction: 0.5 });
    worker.answer({ type: 'done', value: 42 });

    await expect(answer).resolves.toStrictEqual({ type: 'done', value: 42 });
    expect(seen).toStrictEqual([['Reading', 0.5]]);
    expect(session.isBusy()).toBe(false);
  });

  it('refuses a second request while one is running', () => {
    const { session } = setUp();
    void session.send(request(), () => undefined);
    expect(() => session.send(request(), () => undefined)).toThrow(
      'the test worker is still busy',
    );
  });

  it('turns a crashed worker into a failure naming it', async () => {
    const { session, started } = setUp();
    const answer = session.send(request(), () => undefined);
    started[0]!.crash('out of memory');
    await expect(answer).resolves.toStrictEqual({
      type: 'failed',
      message: 'The test worker stopped: out of memory',
    });
  });

  it('ends the worker on cancel and starts a fresh one for the next request', async () => {
    const { session, started } = setUp();
    const answer = session.send(request(), () => undefined);
    session.cancel();
    await expect(answer).resolves.toStrictEqual({
      type: 'failed',
      message: 'Cancelled; nothing was changed.',
    });
    expect(started[0]!.isTerminated).toBe(true);

    void session.send(request(), () => undefined);
    expect(started).toHaveLength(2);
  });
});
