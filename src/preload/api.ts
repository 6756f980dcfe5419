import type { IpcRendererEvent } from 'electron';
import {
  isMenuCommand,
  isRecentOpen,
  MENU_COMMAND_CHANNEL,
  RECENT_OPEN_CHANNEL,
  type InvokeChannel,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
  type PodscanApi,
} from '../shared/ipc';

/** The part of `ipcRenderer` the API is built on. */
export type IpcRendererLike = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(
    channel: string,
    listener: (event: IpcRendererEvent, ...args: unknown[]) => void,
  ): unknown;
  removeListener(
    channel: string,
    listener: (event: IpcRendererEvent, ...args: unknown[]) => void,
  ): unknown;
};

/**
 * Builds `window.podscan`: one method per channel of the contract, each
 * fixed to its channel, and event subscriptions that never hand the
 * renderer Electron's event object (it would expose `ipcRenderer`) and
 * drop payloads that fail their check.
 */
export function createPodscanApi(ipc: IpcRendererLike): PodscanApi {
  const invoke =
    <C extends InvokeChannel>(channel: C) =>
    (request: IpcRequest<C>) =>
      ipc.invoke(channel, request) as Promise<IpcResult<IpcResponse<C>>>;

  return {
    openFile: invoke('file:open'),
    openFiles: invoke('file:openMany'),
    saveFile: invoke('file:save'),
    openExternal: invoke('shell:openExternal'),
    getAppInfo: () => invoke('app:info')(undefined),
    copyDiagnostics: () => invoke('diagnostics:copy')(undefined),
    writeLog: invoke('log:write'),
    writeBackup: invoke('backup:write'),
    listBackups: invoke('backup:list'),
    readBackup: invoke('backup:read'),
    listRecent: () => invoke('recent:list')(undefined),
    addRecentProject: invoke('recent:addProject'),
    removeRecentProject: invoke('recent:removeProject'),
    openRecentFile: invoke('recent:openFile'),
    onMenuCommand: subscribe(ipc, MENU_COMMAND_CHANNEL, isMenuCommand),
    onRecentOpen: subscribe(ipc, RECENT_OPEN_CHANNEL, isRecentOpen),
  };
}

function subscribe<T>(
  ipc: IpcRendererLike,
  channel: string,
  isValid: (payload: unknown) => payload is T,
) {
  return (listener: (payload: T) => void): (() => void) => {
    const relay = (_event: IpcRendererEvent, payload: unknown) => {
      if (isValid(payload)) listener(payload);
    };
    ipc.on(channel, relay);
    return () => {
      ipc.removeListener(channel, relay);
    };
  };
}
