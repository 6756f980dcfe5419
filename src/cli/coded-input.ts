import type { CodedFileRead } from '../core/exchange';
import { readCodedFile } from '../core/exchange';
import type { Problem } from '../core/model/problem';
import { CliError, EXIT_USAGE, readInput, type CliIo } from './io';

/**
 * Reads and checks a coded file. A refused file is unreadable input
 * whatever the reason (not JSON, cut off, another format or a newer
 * version, or damaged or changed since it was written: schema, checksum,
 * content hash, consistency): the app refuses it too and the command can
 * use none of it. Its problems go to stderr, then exit 2. `output` is the
 * file the command would have written, if it writes one.
 */
export async function readCodedInput(
  io: CliIo,
  path: string,
  output: string | null,
): Promise<CodedFileRead> {
  const bytes = await readInput(io, path);
  const read = readCodedFile(bytes);
  if (read.ok) return read.value;

  printProblems(io.err, `${path}: `, read.error);
  const consequence = output === null ? '' : `; ${output} was not written`;
  throw new CliError(`${path} was refused${consequence}`, EXIT_USAGE);
}

/** One line per problem: severity, code, place and message. */
export function printProblems(
  write: (text: string) => void,
  prefix: string,
  problems: readonly (Problem & { readonly path?: string })[],
): void {
  for (const problem of problems) {
    const place = [
      problem.row === null ? '' : `row ${problem.row}`,
      problem.column ?? '',
      problem.path ?? '',
    ].filter((part) => part !== '');
    const where = place.length === 0 ? '' : ` (${place.join(', ')})`;
    write(
      `${prefix}${problem.severity} ${problem.code}${where}: ${problem.message}\n`,
    );
  }
}

/** Writes through io.writeAtomic, turning a failure into a CliError. */
export async function writeOutput(
  io: CliIo,
  path: string,
  data: string | Uint8Array,
): Promise<void> {
  try {
    await io.writeAtomic(path, data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot write ${path}: ${reason}`, EXIT_USAGE);
  }
}

/** The current time, for the export stamp of files the CLI writes. */
export function now(): string {
  return new Date().toISOString();
}
