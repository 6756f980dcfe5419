import type { IpcError } from '../../shared/ipc';

/** The user-facing failure of backing up a project, by Node error code. */
export function describeBackupWriteFailure(
  errno: string | undefined,
  projectName: string,
): IpcError {
  const project = `“${projectName}”`;
  const kept = 'Earlier backups and the project itself are unchanged.';
  if (errno === 'ENOSPC' || errno === 'EDQUOT') {
    return {
      code: 'DISK_FULL',
      message:
        `Podscan could not back up ${project}: the disk is full. Free some ` +
        `space; the next backup is tried automatically. ${kept}`,
    };
  }
  if (errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS') {
    return {
      code: 'PERMISSION_DENIED',
      message:
        `Podscan could not back up ${project}: it may not write to its ` +
        `backups folder. Check the folder's permissions. ${kept}`,
    };
  }

  return {
    code: 'FILE_WRITE_FAILED',
    message:
      `Podscan could not back up ${project} ` +
      `(${errno ?? 'unknown error'}). ${kept} Export the project by hand ` +
      'if this keeps happening.',
  };
}
