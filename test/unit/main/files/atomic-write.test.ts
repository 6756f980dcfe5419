import { promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  writeFileAtomic,
  type AtomicWriteFs,
} from '../../../../src/main/files/atomic-write';

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'podscan-atomic-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const errno = (code: string) =>
  Object.assign(new Error(`${code}: simulated`), { code });

/** Real file operations with one of them replaced. */
function failing(overrides: Partial<AtomicWriteFs>): AtomicWriteFs {
  return {
    open: (path, flags, mode) => fs.open(path, flags, mode),
    stat: (path) => fs.stat(path),
    realpath: (path) => fs.realpath(path),
    rename: (from, to) => fs.rename(from, to),
    unlink: (path) => fs.unlink(path),
    ...overrides,
  };
}

/** A disk that fills up after `room` bytes of the next file written. */
function diskFullAfter(room: number): Partial<AtomicWriteFs> {
  return {
    open: async (path, flags, mode) => {
      const handle = await fs.open(path, flags, mode);
      return {
        writeFile: async (data) => {
          const bytes = typeof data === 'string' ? Buffer.from(data) : data;
          await handle.writeFile(bytes.subarray(0, room));
          throw errno('ENOSPC');
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

describe('writeFileAtomic', () => {
  it('writes text as UTF-8 to a new file and leaves nothing else', async () => {
    const target = join(folder, 'coded.csv');

    const result = await writeFileAtomic(
      target,
      '\uFEFFkey,name\r\nA1,Café\r\n',
    );

    expect(result).toEqual({ ok: true });
    expect(await fs.readFile(target, 'utf8')).toBe(
      '\uFEFFkey,name\r\nA1,Café\r\n',
    );
    expect(await fs.readdir(folder)).toEqual(['coded.csv']);
  });

  it('replaces an existing file with the new bytes', async () => {
    const target = join(folder, 'export.xlsx');
    await fs.writeFile(target, 'old version');

    await writeFileAtomic(target, new Uint8Array([0x50, 0x4b, 3, 4]));

    expect([...(await fs.readFile(target))]).toEqual([0x50, 0x4b, 3, 4]);
    expect(await fs.readdir(folder)).toEqual(['export.xlsx']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const target = join(folder, 'shared.csv');
    await fs.writeFile(target, 'old');
    await fs.chmod(target, 0o640);

    await writeFileAtomic(target, 'new');

    expect((await fs.stat(target)).mode & 0o777).toBe(0o640);
  });

  it('reports a full disk, removes the partial file and keeps the old one', async () => {
    const target = join(folder, 'coded.csv');
    await fs.writeFile(target, 'previous export');

    const result = await writeFileAtomic(target, 'x'.repeat(10_000), {
      fs: failing(diskFullAfter(4096)),
    });

    expect(result).toEqual({ ok: false, errno: 'ENOSPC' });
    expect(await fs.readFile(target, 'utf8')).toBe('previous export');
    expect(await fs.readdir(folder)).toEqual(['coded.csv']);
  });

  it('removes the flushed temporary file when the rename fails', async () => {
    const target = join(folder, 'coded.csv');
    await fs.writeFile(target, 'previous export');

    const result = await writeFileAtomic(target, 'new export', {
      fs: failing({ rename: () => Promise.reject(errno('EXDEV')) }),
    });

    expect(result).toEqual({ ok: false, errno: 'EXDEV' });
    expect(await fs.readFile(target, 'utf8')).toBe('previous export');
    expect(await fs.readdir(folder)).toEqual(['coded.csv']);
  });

  it('writes through a symbolic link to its file and keeps the link', async () => {
    const target = join(folder, 'coded.csv');
    const link = join(folder, 'latest.csv');
    await fs.writeFile(target, 'old');
    await fs.symlink(target, link);

    expect(await writeFileAtomic(link, 'new')).toEqual({ ok: true });

    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(target, 'utf8')).toBe('new');
  });

  it('refuses a socket or a folder and leaves it as it is', async () => {
    const socket = join(folder, 'podscan.sock');
    const server = createServer();
    await new Promise<void>((done) => server.listen(socket, done));
    try {
      expect(await writeFileAtomic(socket, 'data')).toEqual({
        ok: false,
        errno: 'NOT_A_FILE',
      });
      expect((await fs.lstat(socket)).isSocket()).toBe(true);
    } finally {
      await new Promise((done) => server.close(done));
    }
    const sub = join(folder, 'exports');
    await fs.mkdir(sub);

    expect(await writeFileAtomic(sub, 'data')).toEqual({
      ok: false,
      errno: 'EISDIR',
    });
    expect(await fs.readdir(folder)).toEqual(['exports']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const target = join(folder, 'missing', 'coded.csv');

    expect(await writeFileAtomic(target, 'data')).toEqual({
      ok: false,
      errno: 'ENOENT',
    });
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('retries a rename the OS refuses for a moment', async () => {
    const target = join(folder, 'coded.csv');
    let refusals = 2;
    const flaky = failing({
      rename: (from, to) =>
        refusals-- > 0 ? Promise.reject(errno('EBUSY')) : fs.rename(from, to),
    });

    const result = await writeFileAtomic(target, 'data', {
      fs: flaky,
      renameAttempts: 3,
    });

    expect(result).toEqual({ ok: true });
    expect(await fs.readFile(target, 'utf8')).toBe('data');
  });

  it('gives up after the last rename attempt', async () => {
    const target = join(folder, 'coded.csv');

    const result = await writeFileAtomic(target, 'data', {
      fs: failing({ rename: () => Promise.reject(errno('EBUSY')) }),
      renameAttempts: 2,
    });

    expect(result).toEqual({ ok: false, errno: 'EBUSY' });
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('creates the temporary file exclusively, never reusing one', async () => {
    const target = join(folder, 'coded.csv');
    const opened: string[] = [];
    const spying = failing({
      open: (path, flags, mode) => {
        opened.push(`${flags}`);
        return fs.open(path, flags, mode);
      },
    });

    await writeFileAtomic(target, 'data', { fs: spying });

    expect(opened[0]).toBe('wx');
  });
});
