import type { IpcError } from '../../shared/ipc';

/** The errno writeFileAtomic gives for a device, pipe or socket. */
export const NOT_A_FILE = 'NOT_A_FILE';

/** Node's error code (ENOSPC, EACCES…) of a failed file operation. */
export function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;

  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The user-facing failure of writing `fileName`, by Node error code. */
export function describeWriteFailure(
  errno: string | undefined,
  fileName: string,
): IpcError {
  const file = `“${fileName}”`;
  if (errno === 'ENOSPC' || errno === 'EDQUOT') {
    return {
      code: 'DISK_FULL',
      message:
        `Could not save ${file}: the disk is full. Free some space or ` +
        'choose another folder, then save again. Any earlier version of the ' +
        'file is unchanged.',
    };
  }
  if (isPermissionError(errno)) {
    return {
      code: 'PERMISSION_DENIED',
      message:
        `Could not save ${file}: Podscan may not write to that folder. ` +
        'Choose another folder, or close the file in other programs, then ' +
        'save again.',
    };
  }

  if (errno === 'EISDIR' || errno === NOT_A_FILE) {
    const what = errno === 'EISDIR' ? 'a folder' : 'a device, pipe or socket';
    return {
      code: 'FILE_WRITE_FAILED',
      message:
        `Could not save ${file}: it is ${what}, not a file, and was left ` +
        'as it is. Save again under a file name.',
    };
  }

  return {
    code: 'FILE_WRITE_FAILED',
    message:
      `Could not save ${file} (${errno ?? 'unknown error'}). Any earlier ` +
      'version of the file is unchanged; try again or choose another folder.',
  };
}

/** The user-facing failure of reading `fileName`, by Node error code. */
export function describeReadFailure(
  errno: string | undefined,
  fileName: string,
): IpcError {
  const file = `“${fileName}”`;
  if (errno === 'ENOENT') {
    return {
      code: 'FILE_NOT_FOUND',
      message: `Could not open ${file}: it no longer exists. Pick it again.`,
    };
  }
  if (isPermissionError(errno)) {
    return {
      code: 'PERMISSION_DENIED',
      message:
        `Could not open ${file}: Podscan may not read it. Check the file's ` +
        'permissions or copy it somewhere else, then open it again.',
    };
  }

  return {
    code: 'FILE_READ_FAILED',
    message:
      `Could not open ${file} (${errno ?? 'unknown error'}). Check that ` +
      'it is a file and not a folder, then open it again.',
  };
}

function isPermissionError(errno: string | undefined): boolean {
  return errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS';
}
