import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  CliError,
  endQuietlyOnClosedPipe,
  nodeIo,
  writeOutput,
  type CliIo,
} from '../../../src/cli/io';

/** An io whose writes fail with the given Node error code. */
function failingIo(code: string): CliIo {
  const error = Object.assign(new Error(`${code}: failed`), { code });
  return { ...nodeIo, writeAtomic: () => Promise.reject(error) };
}

async function messageOf(write: Promise<void>): Promise<string> {
  const error: unknown = await write.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(CliError);
  return (error as CliError).message;
}

describe('writeOutput', () => {
  it('says what to do for each way a write fails', async () => {
    const path = '/data/out/merged.podscan.json';
    const write = (code: string) =>
      messageOf(writeOutput(failingIo(code), path, 'x', 'merged.podscan.json'));

    expect(await write('EACCES')).toBe(
      `cannot write ${path}: permission denied; check that you may write ` +
        'to /data/out, or write somewhere else',
    );
    expect(await write('EROFS')).toBe(
      `cannot write ${path}: /data/out is read-only; write somewhere else`,
    );
    expect(await write('ENOSPC')).toBe(
      `cannot write ${path}: the disk is full; free space and try again`,
    );
    expect(await write('ENOTDIR')).toBe(
      `cannot write ${path}: part of the path is a file, not a folder; ` +
        'check the path',
    );
    expect(await write('EIO')).toBe(`cannot write ${path}: EIO: failed`);
  });

  it('offers a file name when given a folder ending in a slash', async () => {
    let isWritten = false;
    const io: CliIo = {
      ...nodeIo,
      writeAtomic: () => {
        isWritten = true;
        return Promise.resolve();
      },
    };

    expect(await messageOf(writeOutput(io, 'out/', 'x', 'wide.csv'))).toBe(
      'out/ is a folder; give a file name for the output, e.g. out/wide.csv',
    );
    expect(isWritten).toBe(false);
  });
});

describe('endQuietlyOnClosedPipe', () => {
  it('drops a closed pipe and rethrows any other stream error', () => {
    const stream = new PassThrough();
    endQuietlyOnClosedPipe(stream);
    const closed = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const other = Object.assign(new Error('write EIO'), { code: 'EIO' });

    expect(stream.emit('error', closed)).toBe(true);
    expect(() => stream.emit('error', other)).toThrow('write EIO');
  });
});
