import type { IpcRendererEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  createPodscanApi,
  type IpcRendererLike,
} from '../../../src/preload/api';
import { API_METHOD_CHANNELS, type MenuCommand } from '../../../src/shared/ipc';

type Relay = (event: IpcRendererEvent, ...args: unknown[]) => void;

function fakeIpc() {
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<Relay>>();
  const ipc: IpcRendererLike = {
    invoke: (channel, ...args) => {
      invoked.push({ channel, args });
      return Promise.resolve({ ok: true, value: channel });
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    const event = {
      sender: 'ipcRenderer itself',
    } as unknown as IpcRendererEvent;
    for (const listener of listeners.get(channel) ?? [])
      listener(event, ...args);
  };

  return { ipc, invoked, listeners, emit };
}

describe('createPodscanApi', () => {
  it('exposes exactly one method per channel plus the two subscriptions', () => {
    const api = createPodscanApi(fakeIpc().ipc);

    expect(Object.keys(api).sort()).toEqual(
      [
        ...Object.keys(API_METHOD_CHANNELS),
        'onMenuCommand',
        'onRecentOpen',
      ].sort(),
    );
  });

  it('sends backup and recent methods to their own channels', async () => {
    const { ipc, invoked } = fakeIpc();
    const api = createPodscanApi(ipc);
    const backup = { projectId: 'p1', backupId: '20250102T030405678Z-timer' };

    await api.writeBackup({
      projectId: 'p1',
      projectName: 'Pods',
      reason: 'manual',
      data: '{}',
    });
    await api.listBackups({});
    await api.readBackup(backup);
    await api.listRecent();
    await api.addRecentProject({ projectId: 'p1', name: 'Pods' });
    await api.removeRecentProject({ projectId: 'p1' });
    await api.openRecentFile({ id: 'f1' });

    expect(invoked.map(({ channel, args }) => [channel, args[0]])).toEqual([
      [
        'backup:write',
        { projectId: 'p1', projectName: 'Pods', reason: 'manual', data: '{}' },
      ],
      ['backup:list', {}],
      ['backup:read', backup],
      ['recent:list', undefined],
      ['recent:addProject', { projectId: 'p1', name: 'Pods' }],
      ['recent:removeProject', { projectId: 'p1' }],
      ['recent:openFile', { id: 'f1' }],
    ]);
  });

  it('relays only well-formed Open Recent picks', () => {
    const { ipc, emit } = fakeIpc();
    const api = createPodscanApi(ipc);
    const heard: unknown[][] = [];
    api.onRecentOpen((...args: unknown[]) => heard.push(args));
    const fileId = '0d8f5a3e-2b1c-4a6e-9f00-1234567890ab';

    emit('recent:open', { kind: 'project', projectId: 'p-1' });
    emit('recent:open', { kind: 'file', id: fileId });
    emit('recent:open', { kind: 'project', projectId: '../etc' });
    emit('recent:open', { kind: 'file', id: fileId, path: '/tmp/x' });

    expect(heard).toEqual([
      [{ kind: 'project', projectId: 'p-1' }],
      [{ kind: 'file', id: fileId }],
    ]);
  });

  it('sends each method to its own channel with the request as given', async () => {
    const { ipc, invoked } = fakeIpc();
    const api = createPodscanApi(ipc);
    const filters = [{ name: 'Scans', extensions: ['csv'] }];

    await api.openFile({ title: 'Import scan', filters });
    await api.saveFile({ suggestedName: 'a.csv', filters, data: 'x' });
    await api.openExternal({ url: 'https://example.org/' });
    await api.getAppInfo();
    await api.copyDiagnostics();
    await api.writeLog({ level: 'info', scope: 'app', message: 'm' });

    expect(invoked).toEqual([
      { channel: 'file:open', args: [{ title: 'Import scan', filters }] },
      {
        channel: 'file:save',
        args: [{ suggestedName: 'a.csv', filters, data: 'x' }],
      },
      {
        channel: 'shell:openExternal',
        args: [{ url: 'https://example.org/' }],
      },
      { channel: 'app:info', args: [undefined] },
      { channel: 'diagnostics:copy', args: [undefined] },
      {
        channel: 'log:write',
        args: [{ level: 'info', scope: 'app', message: 'm' }],
      },
    ]);
  });

  it('relays menu commands without the event, and stops on unsubscribe', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const api = createPodscanApi(ipc);
    const heard: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args: unknown[]) =>
      heard.push(args),
    );

    emit('menu:command', 'undo');
    emit('menu:command', 'format-disk');
    emit('menu:command', { command: 'redo' });
    unsubscribe();
    emit('menu:command', 'redo');

    expect(heard).toEqual([['undo']]);
    expect(listeners.get('menu:command')?.size).toBe(0);
  });

  it('keeps several subscribers apart', () => {
    const { ipc, emit } = fakeIpc();
    const api = createPodscanApi(ipc);
    const first: MenuCommand[] = [];
    const second: MenuCommand[] = [];
    const stopFirst = api.onMenuCommand((command) => first.push(command));
    api.onMenuCommand((command) => second.push(command));

    emit('menu:command', 'find');
    stopFirst();
    emit('menu:command', 'about');

    expect(first).toEqual(['find']);
    expect(second).toEqual(['find', 'about']);
  });
});
