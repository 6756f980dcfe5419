import { randomUUID } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errnoOf, NOT_A_FILE } from './fs-errors';

/** The file operations an atomic write needs; tests substitute failures. */
export type AtomicWriteFs = {
  readonly open: (
    path: string,
    flags: string,
    mode?: number,
  ) => Promise<WritableHandle>;
  readonly stat: (path: string) => Promise<{
    readonly mode: number;
    readonly isFile: () => boolean;
    readonly isDirectory: () => boolean;
  }>;
  readonly realpath: (path: string) => Promise<string>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
};

export type WritableHandle = {
  readonly writeFile: (data: string | Uint8Array) => Promise<void>;
  readonly sync: () => Promise<void>;
  readonly close: () => Promise<void>;
};

export type AtomicWriteOptions = {
  readonly fs?: AtomicWriteFs;
  /**
   * Tries for the final rename. Windows refuses it for a moment while a
   * virus scanner or indexer holds the new file, so it gets several.
   */
  readonly renameAttempts?: number;
};

/** Default rename attempts for this operating system. */
export const RENAME_ATTEMPTS = process.platform === 'win32' ? 5 : 1;

export type AtomicWriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly errno: string | undefined };

/**
 * Writes `data` to `target` so that a reader sees the old file or the new
 * one, never a mix: the bytes go to a temporary file in the same folder, are
 * flushed to disk, and the temporary file is renamed over the target. On any
 * failure the temporary file is removed and the target is left untouched.
 * Strings are written as UTF-8. A symbolic link is written through, to
 * its file; a folder (EISDIR) or a device, pipe or socket (NOT_A_FILE)
 * is refused and left as it is.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<AtomicWriteResult> {
  const fs = options.fs ?? nodeFs;
  const target = await fs.realpath(path).catch(() => path);
  const existing = await fs.stat(target).catch(() => null);
  if (existing !== null && !existing.isFile()) {
    return { ok: false, errno: existing.isDirectory() ? 'EISDIR' : NOT_A_FILE };
  }
  const temp = join(
    dirname(target),
    `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`,
  );

  try {
    const mode = existing === null ? NEW_FILE_MODE : existing.mode & 0o777;
    await writeAndFlush(fs, temp, data, mode);
    await renameWithRetry(
      fs,
      temp,
      target,
      options.renameAttempts ?? RENAME_ATTEMPTS,
    );
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    return { ok: false, errno: errnoOf(error) };
  }

  await flushFolder(fs, dirname(target));
  return { ok: true };
}

async function writeAndFlush(
  fs: AtomicWriteFs,
  temp: string,
  data: string | Uint8Array,
  mode: number,
): Promise<void> {
  // 'wx' never follows or replaces a file someone planted at that name.
  const handle = await fs.open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// A replaced file keeps its permissions; a new one gets the usual 0o666
// less the process umask.
const NEW_FILE_MODE = 0o666;

async function renameWithRetry(
  fs: AtomicWriteFs,
  from: string,
  to: string,
  attempts: number,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= attempts || !isTransient(errnoOf(error))) throw error;
      await sleep(50 * attempt);
    }
  }
}

function isTransient(errno: string | undefined): boolean {
  return errno === 'EPERM' || errno === 'EACCES' || errno === 'EBUSY';
}

// Makes the rename itself durable on POSIX; Windows cannot open a folder
// this way, and the data is safe either way, so failures are ignored.
async function flushFolder(fs: AtomicWriteFs, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Nothing to do: see above.
  }
}
