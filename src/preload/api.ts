import type { IpcRendererEvent } from 'electron';
import {
  isMenuCommand,
  MENU_COMMAND_CHANNEL,
  type InvokeChannel,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
  type MenuCommand,
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
 * fixed to its channel, and a menu subscription that never hands the
 * renderer Electron's event object (it would expose `ipcRenderer`).
 */
export function createPodscanApi(ipc: IpcRendererLike): PodscanApi {
  const invoke =
    <C extends InvokeChannel>(channel: C) =>
    (request: IpcRequest<C>) =>
      ipc.invoke(channel, request) as Promise<IpcResult<IpcResponse<C>>>;

  return {
    openFile: invoke('file:open'),
    saveFile: invoke('file:save'),
    openExternal: invoke('shell:openExternal'),
    getAppInfo: () => invoke('app:info')(undefined),
    copyDiagnostics: () => invoke('diagnostics:copy')(undefined),
    writeLog: invoke('log:write'),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      const relay = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_COMMAND_CHANNEL, relay);
      return () => {
        ipc.removeListener(MENU_COMMAND_CHANNEL, relay);
      };
    },
  };
}
