import { parseSafeExternalUrl } from '../../shared/external-url';
import { ipcFail, ipcOk } from '../../shared/ipc';
import { createLogger } from '../../shared/logger';
import type { IpcHandlers } from './register';

const log = createLogger('security');

export type ShellHandlerDeps = {
  /** Electron's `shell.openExternal`, given only checked addresses. */
  readonly openExternal: (url: string) => Promise<void>;
};

/** `shell:openExternal`: http(s) links only, after the shared check. */
export function createShellHandlers(
  deps: ShellHandlerDeps,
): Pick<IpcHandlers, 'shell:openExternal'> {
  return {
    'shell:openExternal': async ({ url }) => {
      const safe = parseSafeExternalUrl(url);
      if (safe === null) {
        log.warn('link refused');
        return ipcFail(
          'URL_NOT_ALLOWED',
          'Podscan opens only web links (http or https) to other sites. ' +
            'Check the address in the record.',
        );
      }

      try {
        await deps.openExternal(safe);
      } catch {
        return ipcFail(
          'URL_OPEN_FAILED',
          'Could not open the link: no web browser took it. Copy the ' +
            'address and open it in your browser yourself.',
        );
      }
      return ipcOk(true);
    },
  };
}
