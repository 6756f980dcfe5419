import type { BackupStore } from '../backups/backup-store';
import type { IpcHandlers } from './register';

/**
 * `backup:write`, `backup:list` and `backup:read`. The renderer names a
 * project and a backup by id only; the store builds every path itself.
 */
export function createBackupHandlers(
  store: BackupStore,
): Pick<IpcHandlers, 'backup:write' | 'backup:list' | 'backup:read'> {
  return {
    'backup:write': (request) => store.write(request),
    'backup:list': (request) => store.list(request.projectId),
    'backup:read': (request) => store.read(request.projectId, request.backupId),
  };
}
