import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, ipcOk } from '../../../../src/shared/ipc';
import { setLogSink, type LogEntry } from '../../../../src/shared/logger';
import {
  isTrustedSender,
  registerHandler,
  registerHandlers,
  type HandlerRegistry,
  type InvokeEventLike,
  type IpcHandlers,
  type SenderPolicy,
} from '../../../../src/main/ipc/register';
import { resolveTrustedPage } from '../../../../src/main/security/policy';

const INDEX_FILE = '/opt/podscan/out/renderer/index.html';
const INDEX_URL = pathToFileURL(INDEX_FILE).href;
const OWN_CONTENTS = 7;

const policy: SenderPolicy = {
  page: resolveTrustedPage({ devServerUrl: undefined, indexFile: INDEX_FILE }),
  isOwnContents: (id) => id === OWN_CONTENTS,
};

type Listener = (event: InvokeEventLike, payload: unknown) => Promise<unknown>;

function fakeRegistry() {
  const listeners = new Map<string, Listener>();
  const registry: HandlerRegistry = {
    handle: (channel, listener) => {
      listeners.set(channel, listener);
    },
  };
  const invoke = (
    channel: string,
    event: InvokeEventLike,
    payload: unknown,
  ) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`nothing registered on ${channel}`);
    return listener(event, payload);
  };

  return { registry, listeners, invoke };
}

function event(
  url = INDEX_URL,
  options: { senderId?: number; parent?: unknown; noFrame?: boolean } = {},
): InvokeEventLike {
  return {
    sender: { id: options.senderId ?? OWN_CONTENTS },
    senderFrame: options.noFrame
      ? null
      : { url, parent: options.parent ?? null },
  };
}

const appInfo = {
  name: 'Podscan Workbench',
  version: '0.1.0',
  electronVersion: '45.6.0',
  chromeVersion: '140.0.0.0',
  nodeVersion: '22.20.0',
  platform: 'linux',
  arch: 'x64',
  isPackaged: false,
};

let logged: LogEntry[] = [];
beforeEach(() => {
  logged = [];
  setLogSink((entry) => logged.push(entry), 'debug');
});
afterEach(() => setLogSink(() => undefined));

describe('registerHandler', () => {
  it('answers our own page with the handler result', async () => {
    const { registry, invoke } = fakeRegistry();
    registerHandler(registry, policy, 'app:info', () =>
      Promise.resolve(ipcOk(appInfo)),
    );

    await expect(invoke('app:info', event(), undefined)).resolves.toEqual({
      ok: true,
      value: appInfo,
    });
  });

  it('accepts our page with a hash route or query', async () => {
    const { registry, invoke } = fakeRegistry();
    registerHandler(registry, policy, 'app:info', () =>
      Promise.resolve(ipcOk(appInfo)),
    );

    const answer = await invoke(
      'app:info',
      event(`${INDEX_URL}?project=1#/grid`),
      undefined,
    );
    expect(answer).toMatchObject({ ok: true });
  });

  it.each([
    ['another web page', event('https://evil.example/')],
    ['another local file', event('file:///tmp/evil.html')],
    ['a file next to ours', event(INDEX_URL.replace('index.html', 'x.html'))],
    ['an iframe inside our page', event(INDEX_URL, { parent: {} })],
    ['another window', event(INDEX_URL, { senderId: 99 })],
    ['a frame that is gone', event(INDEX_URL, { noFrame: true })],
  ])('refuses %s without running the handler', async (_who, sender) => {
    const { registry, invoke } = fakeRegistry();
    let calls = 0;
    registerHandler(registry, policy, 'app:info', () => {
      calls += 1;
      return Promise.resolve(ipcOk(appInfo));
    });

    const answer = await invoke('app:info', sender, undefined);

    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'IPC_FORBIDDEN_SENDER' },
    });
    expect(calls).toBe(0);
    expect(logged.map((entry) => entry.message)).toEqual(['sender refused']);
  });

  it('refuses a malformed payload without running the handler', async () => {
    const { registry, invoke } = fakeRegistry();
    let calls = 0;
    registerHandler(registry, policy, 'shell:openExternal', () => {
      calls += 1;
      return Promise.resolve(ipcOk(true as const));
    });

    const answer = await invoke('shell:openExternal', event(), { href: 'x' });

    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'IPC_INVALID_PAYLOAD' },
    });
    expect(calls).toBe(0);
  });

  it('passes the validated request to the handler', async () => {
    const { registry, invoke } = fakeRegistry();
    const seen: unknown[] = [];
    registerHandler(registry, policy, 'log:write', (request) => {
      seen.push(request);
      return Promise.resolve(ipcOk(null));
    });

    await invoke('log:write', event(), {
      level: 'info',
      scope: 'grid',
      message: 'two\nlines',
    });

    expect(seen).toEqual([
      { level: 'info', scope: 'grid', message: 'two lines' },
    ]);
  });

  it('turns a thrown error into an envelope and logs no details', async () => {
    const { registry, invoke } = fakeRegistry();
    registerHandler(registry, policy, 'app:info', () => {
      const error = Object.assign(new Error('/home/ana/secret.csv'), {
        code: 'EIO',
      });
      return Promise.reject(error);
    });

    const answer = await invoke('app:info', event(), undefined);

    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL_ERROR',
        message: expect.stringContaining('app:info') as string,
      },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.fields).toEqual({
      channel: 'app:info',
      error: 'Error EIO',
    });
  });

  it('trusts any page of the dev server during development', async () => {
    const { registry, invoke } = fakeRegistry();
    const dev: SenderPolicy = {
      page: resolveTrustedPage({
        devServerUrl: 'http://localhost:5173/',
        indexFile: INDEX_FILE,
      }),
      isOwnContents: policy.isOwnContents,
    };
    registerHandler(registry, dev, 'app:info', () =>
      Promise.resolve(ipcOk(appInfo)),
    );

    expect(
      await invoke('app:info', event('http://localhost:5173/'), undefined),
    ).toMatchObject({ ok: true });
    expect(
      await invoke('app:info', event('http://localhost:5174/'), undefined),
    ).toMatchObject({ ok: false, error: { code: 'IPC_FORBIDDEN_SENDER' } });
    expect(await invoke('app:info', event(INDEX_URL), undefined)).toMatchObject(
      { ok: false, error: { code: 'IPC_FORBIDDEN_SENDER' } },
    );
  });
});

describe('registerHandlers', () => {
  it('registers every channel of the contract', () => {
    const { registry, listeners } = fakeRegistry();
    const answer = () => Promise.resolve(ipcOk(null));
    const handlers = Object.fromEntries(
      INVOKE_CHANNELS.map((channel) => [channel, answer]),
    ) as unknown as IpcHandlers;

    registerHandlers(registry, policy, handlers);

    expect([...listeners.keys()].sort()).toEqual([
      'app:info',
      'backup:list',
      'backup:read',
      'backup:write',
      'diagnostics:copy',
      'file:open',
      'file:openMany',
      'file:save',
      'log:write',
      'recent:addProject',
      'recent:list',
      'recent:openFile',
      'recent:removeProject',
      'shell:openExternal',
    ]);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the main frame of our page in our window', () => {
    expect(isTrustedSender(event(), policy)).toBe(true);
    expect(isTrustedSender(event(INDEX_URL, { parent: {} }), policy)).toBe(
      false,
    );
  });
});
