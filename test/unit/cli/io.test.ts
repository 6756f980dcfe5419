import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('nodeIo.writeAtomic', () => {
  const folder = mkdtempSync(join(tmpdir(), 'podscan-io-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes through a symbolic link and keeps the link', async () => {
    const target = join(folder, 'target.csv');
    const link = join(folder, 'link.csv');
    writeFileSync(target, 'old');
    symlinkSync(target, link);

    await nodeIo.writeAtomic(link, 'new');

    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('creates the file a link points at when it does not exist yet', async () => {
    const link = join(folder, 'ahead.csv');
    symlinkSync('later.csv', link);

    await nodeIo.writeAtomic(link, 'made');

    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'later.csv'), 'utf8')).toBe('made');
  });

  it('names the missing folder a link points into', async () => {
    const link = join(folder, 'dangling.csv');
    symlinkSync(join('nowhere', 'x.csv'), link);

    expect(await messageOf(writeOutput(nodeIo, link, 'x', 'long.csv'))).toBe(
      `cannot write ${link}: the folder ${join(folder, 'nowhere')} does not ` +
        'exist; create it or check the path',
    );
  });

  it('keeps the permissions of a file it writes again', async () => {
    const path = join(folder, 'private.csv');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);

    await nodeIo.writeAtomic(path, 'new');

    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('refuses a socket, leaving it in place, with what to do', async () => {
    const path = join(folder, 'podscan.sock');
    const server = createServer();
    await new Promise<void>((done) => server.listen(path, done));
    try {
      const message = await messageOf(
        writeOutput(nodeIo, path, 'x', 'wide.csv'),
      );

      expect(message).toBe(
        `cannot write ${path}: it is a device, pipe or socket, not a ` +
          `file; give a file name for the output, e.g. ${join(folder, 'wide.csv')}`,
      );
      expect(lstatSync(path).isSocket()).toBe(true);
      expect(
        readdirSync(folder).filter((name) => name.endsWith('.tmp')),
      ).toEqual([]);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('calls a folder named without a slash a folder', async () => {
    const message = await messageOf(
      writeOutput(nodeIo, folder, 'x', 'wide.csv'),
    );

    expect(message).toBe(
      `${folder} is a folder; give a file name for the output, e.g. ` +
        join(folder, 'wide.csv'),
    );
  });

  it('names a loop of links', async () => {
    const [a, b] = [join(folder, 'a.csv'), join(folder, 'b.csv')];
    symlinkSync(b, a);
    symlinkSync(a, b);

    expect(await messageOf(writeOutput(nodeIo, a, 'x', 'wide.csv'))).toBe(
      `cannot write ${a}: its symbolic links go round in a loop; check the path`,
    );
  });
});
