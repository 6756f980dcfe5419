import {
  chmod,
  lstat,
  readFile,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname, basename, join, resolve, sep } from 'node:path';
import type { Writable } from 'node:stream';

/** Exit codes of the command-line contract (PRODUCT.md §5). */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/**
 * Everything a command touches outside itself, so tests can run commands
 * in-process and capture their output.
 */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readBytes: (path: string) => Promise<Uint8Array>;
  /**
   * Writes through a temporary file and a rename: never half a file. A
   * symbolic link is written through, to the file it points at; a device,
   * pipe or socket is refused (NOT_A_FILE), never replaced.
   */
  readonly writeAtomic: (
    path: string,
    data: string | Uint8Array,
  ) => Promise<void>;
};

export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeAtomic: async (path, data) => {
    const target = await resolveLinks(path);
    const existing = await statIfAny(target);
    if (existing !== null && !existing.isFile()) {
      const code = existing.isDirectory() ? 'EISDIR' : NOT_A_FILE;
      throw Object.assign(new Error(`${target} is not a file`), { code });
    }
    const temp = join(
      dirname(target),
      `.${basename(target)}.${process.pid}.tmp`,
    );
    try {
      await writeFile(temp, data);
      // A file written again keeps who may read it.
      if (existing !== null) await chmod(temp, existing.mode & 0o7777);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  },
};

/** The error code writeAtomic gives for a device, pipe or socket. */
const NOT_A_FILE = 'NOT_A_FILE';

/**
 * The path a write to `path` should replace: `path` itself, or the file
 * its symbolic links lead to, which may not exist yet.
 */
async function resolveLinks(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < MAX_LINK_HOPS; hops += 1) {
    const found = await lstatIfAny(current);
    if (found === null || !found.isSymbolicLink()) return current;

    const real = await realpath(current).catch(() => null);
    if (real !== null) return real;
    // A link to a file not yet written: follow it one step at a time.
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), {
    code: 'ELOOP',
  });
}

const MAX_LINK_HOPS = 32;

async function lstatIfAny(path: string): Promise<Stats | null> {
  return lstat(path).catch((error: unknown) => ignoreMissing(error));
}

async function statIfAny(path: string): Promise<Stats | null> {
  return stat(path).catch((error: unknown) => ignoreMissing(error));
}

function ignoreMissing(error: unknown): null {
  if (codeOf(error) === 'ENOENT') return null;
  throw error;
}

/** A failure the user can act on; carries the exit code to use. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

/**
 * Reads a file or throws a CliError naming it, the reason and what to do.
 * `expected` says what the command reads, for when the path is a folder.
 */
export async function readInput(
  io: CliIo,
  path: string,
  expected = 'a file',
): Promise<Uint8Array> {
  try {
    return await io.readBytes(path);
  } catch (error) {
    throw new CliError(describeReadError(path, error, expected), EXIT_USAGE);
  }
}

/**
 * Writes through io.writeAtomic, turning a failure into a CliError that
 * names the path, why and what to do. `example` is a file name to offer
 * when the path is a folder, e.g. merged.podscan.json.
 */
export async function writeOutput(
  io: CliIo,
  path: string,
  data: string | Uint8Array,
  example: string,
): Promise<void> {
  // A path ending in a separator names a folder; rename would call it
  // "not a directory" (ENOTDIR).
  if (path.endsWith('/') || path.endsWith(sep)) {
    throw new CliError(describeFolderOutput(path, example), EXIT_USAGE);
  }

  try {
    await io.writeAtomic(path, data);
  } catch (error) {
    throw new CliError(describeWriteError(path, error, example), EXIT_USAGE);
  }
}

/**
 * Ends output quietly when its reader goes away, as Unix tools do
 * (`podscan inspect scan.csv | head`): Node reports the closed pipe as an
 * EPIPE 'error' event, and with no listener prints a stack trace. Later
 * writes to the closed stream are dropped; the command still finishes,
 * so a file it writes is whole, and exits with its own code. Other
 * stream errors are thrown as before.
 */
export function endQuietlyOnClosedPipe(stream: Writable): void {
  stream.on('error', (error: unknown) => {
    if (codeOf(error) !== 'EPIPE') throw error;
  });
}

/** endQuietlyOnClosedPipe for the process's stdout and stderr, once. */
export function endProcessOutputQuietly(): void {
  if (isProcessOutputQuiet) return;

  isProcessOutputQuiet = true;
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
}

let isProcessOutputQuiet = false;

function describeReadError(
  path: string,
  error: unknown,
  expected: string,
): string {
  const code = codeOf(error);
  if (code === 'EISDIR') {
    return `${path} is a folder, not a file; give ${expected}`;
  }
  if (code === 'ENOENT') {
    return `cannot read ${path}: no such file; check the path`;
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return (
      `cannot read ${path}: permission denied; check that you may read ` +
      'it, or copy it somewhere you can'
    );
  }

  const reason = error instanceof Error ? error.message : String(error);
  return `cannot read ${path}: ${reason}`;
}

function describeWriteError(
  path: string,
  error: unknown,
  example: string,
): string {
  const folder = dirname(failedPathOf(error) ?? path);
  switch (codeOf(error)) {
    case 'EISDIR':
      return describeFolderOutput(path, example);
    case 'ENOENT':
      return (
        `cannot write ${path}: the folder ${folder} does not exist; ` +
        'create it or check the path'
      );
    case 'ENOTDIR':
      return (
        `cannot write ${path}: part of the path is a file, not a folder; ` +
        'check the path'
      );
    case 'EACCES':
    case 'EPERM':
      return (
        `cannot write ${path}: permission denied; check that you may ` +
        `write to ${folder}, or write somewhere else`
      );
    case 'EROFS':
      return `cannot write ${path}: ${folder} is read-only; write somewhere else`;
    case 'ENOSPC':
      return `cannot write ${path}: the disk is full; free space and try again`;
    case NOT_A_FILE:
      return (
        `cannot write ${path}: it is a device, pipe or socket, not a file; ` +
        `give a file name for the output, e.g. ${join(folder, example)}`
      );
    case 'ELOOP':
      return `cannot write ${path}: its symbolic links go round in a loop; check the path`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `cannot write ${path}: ${reason}`;
}

function describeFolderOutput(path: string, example: string): string {
  return (
    `${path} is a folder; give a file name for the output, e.g. ` +
    join(path, example)
  );
}

/**
 * The file a failed write was writing: after a symbolic link, in another
 * folder than the path given.
 */
function failedPathOf(error: unknown): string | null {
  const path = error instanceof Error && 'path' in error ? error.path : null;
  return typeof path === 'string' ? path : null;
}

function codeOf(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : null;
}
