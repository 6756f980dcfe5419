import { describe, expect, it } from 'vitest';
import {
  createPodscanApi,
  type IpcRendererLike,
} from '../../../src/preload/api';

describe('window.podscan.openFiles', () => {
  it('invokes file:openMany with the request as given', async () => {
    const invoked: [string, unknown][] = [];
    const ipc: IpcRendererLike = {
      invoke: (channel, request) => {
        invoked.push([channel, request]);
        return Promise.resolve({ ok: true, value: [] });
      },
      on: () => undefined,
      removeListener: () => undefined,
    };
    const request = {
      title: 'Merge coded files',
      filters: [{ name: 'Coded files', extensions: ['json'] }],
    };

    const answer = await createPodscanApi(ipc).openFiles(request);

    expect(invoked).toEqual([['file:openMany', request]]);
    expect(answer).toEqual({ ok: true, value: [] });
  });
});
