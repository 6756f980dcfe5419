import { afterEach, describe, expect, it } from 'vitest';
import { createAppHandlers } from '../../../../src/main/ipc/app-handlers';
import { createLogHandlers } from '../../../../src/main/ipc/log-handlers';
import { createShellHandlers } from '../../../../src/main/ipc/shell-handlers';
import type { AppInfo } from '../../../../src/shared/ipc';
import { setLogSink, type LogEntry } from '../../../../src/shared/logger';

afterEach(() => setLogSink(() => undefined));

describe('shell:openExternal', () => {
  it('opens the normalised address of a web link', async () => {
    const opened: string[] = [];
    const { 'shell:openExternal': open } = createShellHandlers({
      openExternal: (url) => {
        opened.push(url);
        return Promise.resolve();
      },
    });

    expect(await open({ url: 'HTTPS://Example.org/pods' })).toEqual({
      ok: true,
      value: true,
    });
    expect(opened).toEqual(['https://example.org/pods']);
  });

  it('refuses a link that fails the check and opens nothing', async () => {
    const opened: string[] = [];
    const { 'shell:openExternal': open } = createShellHandlers({
      openExternal: (url) => {
        opened.push(url);
        return Promise.resolve();
      },
    });

    for (const url of ['file:///etc/passwd', 'javascript:alert(1)']) {
      expect(await open({ url })).toMatchObject({
        ok: false,
        error: { code: 'URL_NOT_ALLOWED' },
      });
    }
    expect(opened).toEqual([]);
  });

  it('explains when no browser takes the link', async () => {
    const { 'shell:openExternal': open } = createShellHandlers({
      openExternal: () => Promise.reject(new Error('no handler')),
    });

    expect(await open({ url: 'https://example.org/' })).toMatchObject({
      ok: false,
      error: { code: 'URL_OPEN_FAILED' },
    });
  });
});

const info: AppInfo = {
  name: 'Podscan Workbench',
  version: '0.1.0',
  electronVersion: '45.6.0',
  chromeVersion: '140.0.7339.41',
  nodeVersion: '22.20.0',
  platform: 'linux',
  arch: 'x64',
  isPackaged: true,
};

describe('app:info and diagnostics:copy', () => {
  it('answers the app facts', async () => {
    const handlers = createAppHandlers({
      appInfo: () => info,
      systemFacts: () => [],
      readLogTail: () => [],
      writeClipboard: () => Promise.resolve(),
    });

    expect(await handlers['app:info'](undefined)).toEqual({
      ok: true,
      value: info,
    });
  });

  it('copies the diagnostics report and returns the same text', async () => {
    const clipboard: string[] = [];
    const asked: number[] = [];
    const handlers = createAppHandlers({
      appInfo: () => info,
      systemFacts: () => [['OS', 'Linux 6.1.0']],
      readLogTail: (count) => {
        asked.push(count);
        return ['2025-01-01T00:00:00.000Z INFO [app] started'];
      },
      writeClipboard: (text) => {
        clipboard.push(text);
        return Promise.resolve();
      },
    });

    const result = await handlers['diagnostics:copy'](undefined);

    const expected = [
      'Podscan diagnostics',
      'Podscan Workbench: 0.1.0',
      'Mode:              desktop (installed)',
      'Electron:          45.6.0',
      'Chromium:          140.0.7339.41',
      'Node:              22.20.0',
      'Platform:          linux x64',
      'OS:                Linux 6.1.0',
      '',
      'Recent log (1 lines):',
      '2025-01-01T00:00:00.000Z INFO [app] started',
      '',
    ].join('\n');
    expect(result).toEqual({ ok: true, value: { text: expected } });
    expect(clipboard).toEqual([expected]);
    expect(asked).toEqual([200]);
  });
});

describe('diagnostics:copy when the clipboard refuses', () => {
  it('says so instead of claiming success', async () => {
    const handlers = createAppHandlers({
      appInfo: () => info,
      systemFacts: () => [],
      readLogTail: () => [],
      writeClipboard: () => Promise.reject(new Error('busy')),
    });

    expect(await handlers['diagnostics:copy'](undefined)).toMatchObject({
      ok: false,
      error: { code: 'CLIPBOARD_FAILED' },
    });
  });
});

describe('log:write', () => {
  it('logs the entry under its scope, marked as from the renderer', async () => {
    const entries: LogEntry[] = [];
    setLogSink((entry) => entries.push(entry), 'info');
    const { 'log:write': write } = createLogHandlers();

    await write({
      level: 'warn',
      scope: 'import',
      message: 'rows skipped',
      fields: { rows: 3 },
    });

    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      level: 'warn',
      scope: 'import',
      message: 'rows skipped',
      fields: { rows: 3, origin: 'renderer' },
    });
  });

  it('drops renderer entries below the level main logs', async () => {
    const entries: LogEntry[] = [];
    setLogSink((entry) => entries.push(entry), 'info');
    const { 'log:write': write } = createLogHandlers();

    expect(
      await write({ level: 'debug', scope: 'grid', message: 'scrolled' }),
    ).toEqual({ ok: true, value: null });
    expect(entries).toEqual([]);
  });
});
