import { describe, expect, it } from 'vitest';
import {
  describeReadFailure,
  describeWriteFailure,
  errnoOf,
} from '../../../../src/main/files/fs-errors';

describe('describeWriteFailure', () => {
  it.each([
    ['ENOSPC', 'DISK_FULL'],
    ['EDQUOT', 'DISK_FULL'],
    ['EACCES', 'PERMISSION_DENIED'],
    ['EPERM', 'PERMISSION_DENIED'],
    ['EROFS', 'PERMISSION_DENIED'],
    ['EIO', 'FILE_WRITE_FAILED'],
    [undefined, 'FILE_WRITE_FAILED'],
  ])('maps %s to %s', (errno, code) => {
    expect(describeWriteFailure(errno, 'a.csv').code).toBe(code);
  });

  it('names the file and the cause of an unexpected failure', () => {
    expect(describeWriteFailure('EIO', 'coded.csv').message).toBe(
      'Could not save “coded.csv” (EIO). Any earlier version of the file is ' +
        'unchanged; try again or choose another folder.',
    );
  });

  it('says a device or a folder was not a file and was left alone', () => {
    expect(describeWriteFailure('NOT_A_FILE', 'null').message).toBe(
      'Could not save “null”: it is a device, pipe or socket, not a file, ' +
        'and was left as it is. Save again under a file name.',
    );
    expect(describeWriteFailure('EISDIR', 'exports').message).toBe(
      'Could not save “exports”: it is a folder, not a file, and was left ' +
        'as it is. Save again under a file name.',
    );
  });
});

describe('describeReadFailure', () => {
  it.each([
    ['ENOENT', 'FILE_NOT_FOUND'],
    ['EACCES', 'PERMISSION_DENIED'],
    ['EISDIR', 'FILE_READ_FAILED'],
  ])('maps %s to %s', (errno, code) => {
    expect(describeReadFailure(errno, 'a.csv').code).toBe(code);
  });
});

describe('errnoOf', () => {
  it('reads the code of a Node error and nothing else', () => {
    expect(errnoOf(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe(
      'ENOSPC',
    );
    expect(errnoOf(new Error('x'))).toBeUndefined();
    expect(errnoOf('ENOSPC')).toBeUndefined();
    expect(errnoOf({ code: 28 })).toBeUndefined();
  });
});
