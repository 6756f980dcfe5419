import { describe, expect, it } from 'vitest';
import { createElectronPlatform } from '../../../../src/renderer/platform/electron';
import { PlatformError } from '../../../../src/renderer/platform/errors';
import type {
  AppInfo,
  IpcResult,
  LogWriteRequest,
  MenuCommand,
  PodscanApi,
} from '../../../../src/shared/ipc';

const info: AppInfo = {
  name: 'Podscan Workbench',
  version: '0.1.0',
  electronVersion: '45.6.0',
  chromeVersion: '140.0.7339.41',
  nodeVersion: '22.20.0',
  platform: 'win32',
  arch: 'x64',
  isPackaged: true,
};

const ok = <T>(value: T): Promise<IpcResult<T>> =>
  Promise.resolve({ ok: true, value });

/** A `window.podscan` whose answers the test chooses. */
function fakeApi(overrides: Partial<PodscanApi> = {}) {
  const logs: LogWriteRequest[] = [];
  const menuListeners: ((command: MenuCommand) => void)[] = [];
  const api: PodscanApi = {
    openFile: () => ok({ name: 'pods.csv', bytes: new Uint8Array([65]) }),
    openFiles: () =>
      ok([
        { name: 'a.podscan.json', bytes: new Uint8Array([123]) },
        { name: 'b.podscan.json', bytes: new Uint8Array([125]) },
      ]),
    saveFile: () => ok({ saved: true, location: '/home/ana/coded.csv' }),
    openExternal: () => ok(true),
    getAppInfo: () => ok(info),
    copyDiagnostics: () => ok({ text: 'Podscan diagnostics\n' }),
    writeLog: (request) => {
      logs.push(request);
      return ok(null);
    },
    onMenuCommand: (listener) => {
      menuListeners.push(listener);
      return () => undefined;
    },
    writeBackup: (request) =>
      ok({
        projectId: request.projectId,
        projectName: request.projectName,
        backupId: '20250301T090000000Z-manual',
        createdAt: '2025-03-01T09:00:00.000Z',
        reason: request.reason,
        bytes: request.data.length,
      }),
    listBackups: () => ok([]),
    readBackup: () => ok({ data: '{"format":"podscan-coded-file"}' }),
    listRecent: () => ok({ files: [], projects: [] }),
    addRecentProject: () => ok(null),
    removeRecentProject: () => ok(null),
    openRecentFile: () =>
      Promise.resolve({
        ok: false,
        error: { code: 'FILE_NOT_FOUND', message: 'It no longer exists.' },
      }),
    onRecentOpen: () => () => undefined,
    ...overrides,
  };

  return { api, logs, menuListeners };
}

describe('createElectronPlatform', () => {
  it('returns what main answered', async () => {
    const platform = createElectronPlatform(fakeApi().api);

    expect(platform.kind).toBe('electron');
    expect(await platform.openFile({ title: 'T', filters: [] })).toEqual({
      name: 'pods.csv',
      bytes: new Uint8Array([65]),
    });
    expect(
      await platform.saveFile({
        suggestedName: 'c.csv',
        filters: [],
        data: '',
      }),
    ).toEqual({ saved: true, location: '/home/ana/coded.csv' });
    expect(await platform.copyDiagnostics()).toBe('Podscan diagnostics\n');
  });

  it('rejects with main’s code and message when main reports a failure', async () => {
    const { api } = fakeApi({
      saveFile: () =>
        Promise.resolve({
          ok: false,
          error: { code: 'DISK_FULL', message: 'Could not save: disk full.' },
        }),
    });

    const failure = await createElectronPlatform(api)
      .saveFile({ suggestedName: 'c.csv', filters: [], data: 'x' })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PlatformError);
    expect(failure).toMatchObject({
      code: 'DISK_FULL',
      message: 'Could not save: disk full.',
    });
  });

  it('returns every file main read for a multiple pick, in order', async () => {
    const platform = createElectronPlatform(fakeApi().api);

    const files = await platform.openFiles({ title: 'Merge', filters: [] });

    expect(files.map((file) => file.name)).toEqual([
      'a.podscan.json',
      'b.podscan.json',
    ]);
  });

  it('explains a desktop shell that does not answer', async () => {
    const { api } = fakeApi({
      openFile: () => Promise.reject(new Error('No handler registered')),
    });

    await expect(
      createElectronPlatform(api).openFile({ title: 'T', filters: [] }),
    ).rejects.toMatchObject({ code: 'INTERNAL_ERROR' });
  });

  it('reports whether a link was opened, never throwing', async () => {
    const refused = fakeApi({
      openExternal: () =>
        Promise.resolve({
          ok: false,
          error: { code: 'URL_NOT_ALLOWED', message: 'no' },
        }),
    });
    const broken = fakeApi({
      openExternal: () => Promise.reject(new Error('gone')),
    });

    expect(
      await createElectronPlatform(fakeApi().api).openExternal('https://a.org'),
    ).toBe(true);
    expect(
      await createElectronPlatform(refused.api).openExternal('file:///x'),
    ).toBe(false);
    expect(
      await createElectronPlatform(broken.api).openExternal('https://a.org'),
    ).toBe(false);
  });

  it('describes the runtime for the About dialog', async () => {
    expect(await createElectronPlatform(fakeApi().api).getAbout()).toEqual({
      name: 'Podscan Workbench',
      version: '0.1.0',
      runtime:
        'Electron 45.6.0, Chromium 140.0.7339.41, Node 22.20.0 on win32 x64',
    });
  });

  it('sends log entries to main without their timestamp', () => {
    const { api, logs } = fakeApi();

    createElectronPlatform(api).logSink({
      at: '2025-01-01T00:00:00.000Z',
      level: 'warn',
      scope: 'grid',
      message: 'slow filter',
      fields: { ms: 912 },
    });

    expect(logs).toEqual([
      {
        level: 'warn',
        scope: 'grid',
        message: 'slow filter',
        fields: { ms: 912 },
      },
    ]);
  });

  it('swallows a failed log write', async () => {
    const { api } = fakeApi({
      writeLog: () => Promise.reject(new Error('gone')),
    });

    expect(() =>
      createElectronPlatform(api).logSink({
        at: 't',
        level: 'error',
        scope: 'app',
        message: 'm',
      }),
    ).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('passes menu commands through', () => {
    const { api, menuListeners } = fakeApi();
    const heard: MenuCommand[] = [];

    createElectronPlatform(api).onMenuCommand((command) => heard.push(command));
    menuListeners.forEach((listener) => listener('export'));

    expect(heard).toEqual(['export']);
  });

  it('backs up and reads backups through main', async () => {
    const platform = createElectronPlatform(fakeApi().api);
    const backups = platform.backups;
    if (!backups) throw new Error('expected backups in Electron');

    const entry = await backups.write({
      projectId: 'p1',
      projectName: 'Pods',
      reason: 'manual',
      data: '{}',
    });

    expect(entry).toMatchObject({
      projectId: 'p1',
      reason: 'manual',
      bytes: 2,
    });
    await expect(backups.read(entry)).resolves.toBe(
      '{"format":"podscan-coded-file"}',
    );
    await expect(backups.list()).resolves.toEqual([]);
  });

  it('rejects with main’s message when a recent file is gone', async () => {
    const platform = createElectronPlatform(fakeApi().api);

    await expect(platform.recent?.openFile('f1')).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      message: 'It no longer exists.',
    });
  });
});
