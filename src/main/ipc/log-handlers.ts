import { ipcOk } from '../../shared/ipc';
import { createLogger } from '../../shared/logger';
import type { IpcHandlers } from './register';

/**
 * `log:write`: a renderer entry, already validated and cut to length, goes
 * through the same loggers (and level threshold) as main's own, marked with
 * `origin=renderer`.
 */
export function createLogHandlers(): Pick<IpcHandlers, 'log:write'> {
  return {
    'log:write': ({ level, scope, message, fields }) => {
      createLogger(scope)[level](message, { ...fields, origin: 'renderer' });
      return Promise.resolve(ipcOk(null));
    },
  };
}
