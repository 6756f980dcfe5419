import { readFile, rename, writeFile, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

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
  /** Writes through a temporary file and a rename: never half a file. */
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
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      await writeFile(temp, data);
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  },
};

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

function describeReadError(
  path: string,
  error: unknown,
  expected: string,
): string {
  const code = error instanceof Error && 'code' in error ? error.code : null;
  if (code === 'EISDIR') {
    return `${path} is a folder, not a file; give ${expected}`;
  }
  if (code === 'ENOENT') return `cannot read ${path}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') {
    return (
      `cannot read ${path}: permission denied; check that you may read ` +
      'it, or copy it somewhere you can'
    );
  }

  const reason = error instanceof Error ? error.message : String(error);
  return `cannot read ${path}: ${reason}`;
}
