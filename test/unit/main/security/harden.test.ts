import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  decideWindowOpen,
  hardenSession,
  hardenWebContents,
} from '../../../../src/main/security/harden';
import {
  CONTENT_SECURITY_POLICY,
  resolveTrustedPage,
} from '../../../../src/main/security/policy';

const INDEX_FILE = join('/opt', 'podscan', 'out', 'renderer', 'index.html');
const INDEX_URL = pathToFileURL(INDEX_FILE).href;
const page = resolveTrustedPage({
  devServerUrl: undefined,
  indexFile: INDEX_FILE,
});

type Handler = (...args: never[]) => unknown;

/** Records what a session or webContents was given. */
function recorder() {
  const handlers = new Map<string, Handler>();
  const keep = (name: string) => (handler: Handler) => {
    handlers.set(name, handler);
  };
  const get = (name: string) => {
    const handler = handlers.get(name);
    if (!handler) throw new Error(`no ${name} handler`);
    return handler as (...args: unknown[]) => unknown;
  };

  return { keep, get };
}

function fakeSession() {
  const { keep, get } = recorder();
  const session = {
    webRequest: {
      onBeforeRequest: keep('request'),
      onHeadersReceived: keep('headers'),
    },
    setPermissionRequestHandler: keep('permissionRequest'),
    setPermissionCheckHandler: keep('permissionCheck'),
  } as unknown as Session;

  return { session, get };
}

function fakeContents() {
  const { keep, get } = recorder();
  const contents = {
    on: (name: string, handler: Handler) => keep(name)(handler),
    setWindowOpenHandler: keep('windowOpen'),
  } as unknown as WebContents;

  return { contents, get };
}

function navigation(url: string, isMainFrame = true) {
  const event = {
    url,
    isMainFrame,
    prevented: false,
    preventDefault: () => {
      event.prevented = true;
    },
  };
  return event;
}

function opener() {
  const opened: string[] = [];
  const open = (url: string) => {
    opened.push(url);
    return Promise.resolve();
  };
  return { opened, open };
}

describe('hardenSession', () => {
  it('cancels remote requests and lets our own files through', () => {
    const { session, get } = fakeSession();
    hardenSession(session, page);
    const decide = (url: string) => {
      let answer: unknown;
      get('request')({ url, resourceType: 'script' }, (response: unknown) => {
        answer = response;
      });
      return answer;
    };

    expect(decide(INDEX_URL.replace('index.html', 'assets/app.js'))).toEqual({
      cancel: false,
    });
    expect(decide('https://tracker.example/pixel.gif')).toEqual({
      cancel: true,
    });
  });

  it('puts our policy on every response', () => {
    const { session, get } = fakeSession();
    hardenSession(session, page);
    let answer: unknown;

    get('headers')(
      { url: INDEX_URL, responseHeaders: { 'X-Test': ['1'] } },
      (response: unknown) => {
        answer = response;
      },
    );

    expect(answer).toEqual({
      responseHeaders: {
        'X-Test': ['1'],
        'Content-Security-Policy': [
          `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
        ],
      },
    });
  });

  it('refuses every permission request and check', () => {
    const { session, get } = fakeSession();
    hardenSession(session, page);
    const granted: boolean[] = [];

    for (const permission of ['media', 'geolocation', 'notifications']) {
      get('permissionRequest')({}, permission, (ok: boolean) =>
        granted.push(ok),
      );
    }

    expect(granted).toEqual([false, false, false]);
    expect(get('permissionCheck')({}, 'clipboard-read', INDEX_URL, {})).toBe(
      false,
    );
  });
});

describe('hardenWebContents', () => {
  it('stops navigation away from our page and hands web links to the browser', () => {
    const { contents, get } = fakeContents();
    const { opened, open } = opener();
    hardenWebContents(contents, page, open);

    const toWeb = navigation('https://example.org/pod');
    const toFile = navigation('file:///etc/passwd');
    const toSelf = navigation(`${INDEX_URL}#/grid`);
    for (const event of [toWeb, toFile, toSelf]) get('will-navigate')(event);

    expect([toWeb.prevented, toFile.prevented, toSelf.prevented]).toEqual([
      true,
      true,
      false,
    ]);
    expect(opened).toEqual(['https://example.org/pod']);
  });

  it('stops frames and redirects from leaving our page', () => {
    const { contents, get } = fakeContents();
    const { opened, open } = opener();
    hardenWebContents(contents, page, open);

    const frame = navigation('https://example.org/', false);
    const redirect = navigation('https://example.org/');
    get('will-frame-navigate')(frame);
    get('will-redirect')(redirect);

    expect([frame.prevented, redirect.prevented]).toEqual([true, true]);
    expect(opened).toEqual([]);
  });

  it('refuses to attach webviews', () => {
    const { contents, get } = fakeContents();
    hardenWebContents(contents, page, opener().open);
    const attach = navigation('about:blank');

    get('will-attach-webview')(attach);

    expect(attach.prevented).toBe(true);
  });
});

describe('decideWindowOpen', () => {
  it('denies every new window and opens only safe links outside', () => {
    const { opened, open } = opener();

    expect(decideWindowOpen({ url: 'https://example.org/a' }, open)).toEqual({
      action: 'deny',
    });
    expect(decideWindowOpen({ url: 'javascript:alert(1)' }, open)).toEqual({
      action: 'deny',
    });
    expect(decideWindowOpen({ url: 'file:///etc/passwd' }, open)).toEqual({
      action: 'deny',
    });
    expect(opened).toEqual(['https://example.org/a']);
  });
});
