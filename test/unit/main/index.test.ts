import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLogSink } from '../../../src/shared/logger';
import type { FakeWindow } from './support/fake-electron';

// Hoisted so every fresh import of main gets this same recording fake.
const fake = await vi.hoisted(() => import('./support/fake-electron'));
vi.mock('electron', () => fake.fakeElectron);
const { resetFakeElectron, state } = fake;

const INDEX_FILE = join(
  import.meta.dirname,
  '../../../src/renderer/index.html',
);

let profile: string;
beforeEach(async () => {
  profile = await fs.mkdtemp(join(tmpdir(), 'podscan-main-'));
  resetFakeElectron(profile);
  // Electron sets this in an installed app; Node does not.
  Object.assign(process, { resourcesPath: join(profile, 'resources') });
  vi.resetModules();
});
afterEach(async () => {
  setLogSink(() => undefined);
  await fs.rm(profile, { recursive: true, force: true });
});

/** Loads main's entry as Electron would, then lets `whenReady` settle. */
async function startMain(): Promise<FakeWindow> {
  await import('../../../src/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  const window = state.windows[0];
  if (!window) throw new Error('main opened no window');

  return window;
}

function sender(window: FakeWindow, url: string) {
  return {
    sender: { id: window.webContents.id },
    senderFrame: { url, parent: null },
  };
}

describe('main process start-up', () => {
  it('sandboxes every renderer and opens one locked-down window', async () => {
    const window = await startMain();

    expect(state.app.sandboxed).toBe(true);
    expect(state.windows).toHaveLength(1);
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(window.loaded).toBe(INDEX_FILE);
    expect(window.webContents.listeners.has('will-navigate')).toBe(true);
    expect(
      window.webContents.windowOpenHandler?.({ url: 'https://a.org' }),
    ).toEqual({ action: 'deny' });
  });

  it('answers every channel of the contract, only to its own page', async () => {
    const window = await startMain();
    const info = state.ipcHandlers.get('app:info');

    expect([...state.ipcHandlers.keys()].sort()).toEqual([
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
    expect(
      await info?.(sender(window, pathToFileURL(INDEX_FILE).href), undefined),
    ).toMatchObject({ ok: true, value: { name: 'Podscan Workbench' } });
    expect(
      await info?.(sender(window, 'https://evil.example/'), undefined),
    ).toMatchObject({ ok: false, error: { code: 'IPC_FORBIDDEN_SENDER' } });
  });

  it('sends the page policy with every response and refuses permissions', async () => {
    await startMain();
    let headers: unknown;
    let granted: boolean | undefined;

    state.session.handlers.get('headers')?.(
      { url: 'file:///x', responseHeaders: {} },
      (response: unknown) => (headers = response),
    );
    state.session.handlers.get('permissionRequest')?.(
      {},
      'media',
      (ok: boolean) => (granted = ok),
    );

    const html = await fs.readFile(INDEX_FILE, 'utf8');
    const policy = (headers as { responseHeaders: Record<string, string[]> })
      .responseHeaders['Content-Security-Policy']?.[0];
    expect(html).toContain(
      `content="${policy?.replace("; frame-ancestors 'none'", '') ?? ''}"`,
    );
    expect(policy).toMatch(/; frame-ancestors 'none'$/);
    expect(granted).toBe(false);
  });

  it('sends menu commands to the window', async () => {
    const window = await startMain();
    const menu = state.menu as {
      label: string;
      submenu: { click?: () => void }[];
    }[];

    menu[0]?.submenu[0]?.click?.();

    expect(window.webContents.sent).toEqual([['menu:command', 'import']]);
  });

  it('writes its log under the user-data folder', async () => {
    await startMain();

    const log = await fs.readFile(
      join(profile, 'userData/logs/podscan.log'),
      'utf8',
    );
    expect(log).toMatch(
      /^\S+ INFO \[app\] started version=0\.1\.0 dev=false\n/,
    );
  });

  it('remembers the window bounds when it closes', async () => {
    const window = await startMain();

    window.emit('close');

    const saved = await fs.readFile(
      join(profile, 'userData/window-state.json'),
      'utf8',
    );
    expect(JSON.parse(saved)).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      isMaximized: false,
    });
  });

  it('blocks webviews and new windows in any web contents', async () => {
    await startMain();
    const contents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
    };

    state.app.emit('web-contents-created', {}, contents);

    expect(contents.on).toHaveBeenCalledWith(
      'will-attach-webview',
      expect.any(Function),
    );
    const handler = contents.setWindowOpenHandler.mock
      .calls[0]?.[0] as () => unknown;
    expect(handler()).toEqual({ action: 'deny' });
  });
});

describe('window and development mode', () => {
  it('reopens the window where it was, maximised again', async () => {
    await fs.mkdir(join(profile, 'userData'), { recursive: true });
    await fs.writeFile(
      join(profile, 'userData/window-state.json'),
      JSON.stringify({
        bounds: { x: 200, y: 100, width: 1100, height: 650 },
        isMaximized: true,
      }),
    );

    const window = await startMain();
    window.emit('ready-to-show');

    expect(window.options).toMatchObject({
      x: 200,
      y: 100,
      width: 1100,
      height: 650,
    });
    expect([window.maximized, window.shown]).toEqual([true, true]);
  });

  it('loads the dev server during development and trusts only it', async () => {
    state.app.isPackaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    try {
      const window = await startMain();
      const info = state.ipcHandlers.get('app:info');

      expect(window.loaded).toBe('http://localhost:5173/');
      expect(window.options['webPreferences']).toMatchObject({
        devTools: true,
      });
      expect(
        await info?.(sender(window, 'http://localhost:5173/'), undefined),
      ).toMatchObject({ ok: true });
      expect(
        await info?.(sender(window, pathToFileURL(INDEX_FILE).href), undefined),
      ).toMatchObject({ ok: false });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('ignores a dev server address in the installed app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    try {
      expect((await startMain()).loaded).toBe(INDEX_FILE);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('single instance', () => {
  it('focuses the open window when Podscan is started again', async () => {
    const window = await startMain();
    window.minimized = true;

    state.app.emit('second-instance');

    expect([window.restored, window.focused]).toEqual([true, true]);
    expect(state.windows).toHaveLength(1);
  });

  it('quits at once when another Podscan holds the lock', async () => {
    state.app.hasLock = false;

    await import('../../../src/main/index');
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(state.app.quitting).toBe(true);
    expect(state.windows).toHaveLength(0);
    expect(state.ipcHandlers.size).toBe(0);
  });

  it('quits when the last window closes, except on macOS', async () => {
    await startMain();

    state.app.emit('window-all-closed');

    expect(state.app.quitting).toBe(process.platform !== 'darwin');
  });
});

describe('recent files, backups and diagnostics', () => {
  it('lists an opened file under Open Recent without telling the page its path', async () => {
    const window = await startMain();
    const scan = join(profile, 'pods.csv');
    await fs.writeFile(scan, 'key\nA\n');
    state.dialogPaths.push(scan);
    const from = sender(window, pathToFileURL(INDEX_FILE).href);

    await state.ipcHandlers.get('file:open')?.(from, {
      title: 'Import scan',
      filters: [{ name: 'Scans', extensions: ['csv'] }],
    });
    const listed = (await state.ipcHandlers.get('recent:list')?.(
      from,
      undefined,
    )) as { value: { files: { id: string; name: string }[] } };
    const file = listed.value.files[0];
    const menu = state.menu as { label: string; submenu: unknown[] }[];
    const recent = (
      menu[0]?.submenu as { label: string; submenu?: unknown[] }[]
    ).find((item) => item.label === 'Open &Recent');
    (recent?.submenu?.[1] as { click: () => void }).click();

    expect(file?.name).toBe('pods.csv');
    expect(JSON.stringify(listed)).not.toContain(profile);
    expect(state.recentDocuments).toEqual([scan]);
    expect(window.webContents.sent).toEqual([
      ['recent:open', { kind: 'file', id: file?.id }],
    ]);
  });

  it('writes backups under the user-data folder', async () => {
    const window = await startMain();
    const from = sender(window, pathToFileURL(INDEX_FILE).href);
    const projectId = '6f1c1f8e-2b1c-4a6e-9f00-1234567890ab';

    const written = (await state.ipcHandlers.get('backup:write')?.(from, {
      projectId,
      projectName: 'Pods',
      reason: 'manual',
      data: '{}',
    })) as { ok: boolean; value: { backupId: string } };

    expect(written.ok).toBe(true);
    await expect(
      fs.readdir(join(profile, 'userData/backups', projectId)),
    ).resolves.toContain(`${written.value.backupId}.podscan.json`);
  });

  it('copies diagnostics without the user-data path', async () => {
    const window = await startMain();
    const from = sender(window, pathToFileURL(INDEX_FILE).href);
    // The logger instance main loaded, after resetModules.
    const { createLogger } = await import('../../../src/shared/logger');
    createLogger('app').warn('odd', {
      where: join(profile, 'userData/backups'),
    });

    await state.ipcHandlers.get('diagnostics:copy')?.(from, undefined);

    const copied = state.clipboard[0] ?? '';
    expect(copied).toContain('where=<user data>/backups');
    expect(copied).not.toContain(profile);
  });
});
