import type { CodedFileRead } from '../core/exchange';
import { readCodedFile } from '../core/exchange';
import type { Problem } from '../core/model/problem';
import {
  CliError,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  readInput,
  type CliIo,
} from './io';

/** Refusals meaning the file is not a coded file this build can read. */
const UNREADABLE = new Set([
  'CODED_FILE_NOT_TEXT',
  'CODED_FILE_EMPTY',
  'CODED_FILE_TRUNCATED',
  'CODED_FILE_NOT_JSON',
  'CODED_FILE_FORMAT',
  'CODED_FILE_VERSION_NEWER',
]);

/**
 * Reads and checks a coded file. A refused file is reported on stderr
 * problem by problem and ends the command: exit 2 when it cannot be read
 * as a coded file at all (not JSON, cut off, another format, a newer
 * version), exit 1 when it is one but damaged or changed (schema,
 * checksum, content hash, consistency).
 */
export async function readCodedInput(
  io: CliIo,
  path: string,
): Promise<CodedFileRead> {
  const bytes = await readInput(io, path);
  const read = readCodedFile(bytes);
  if (read.ok) return read.value;

  printProblems(io.err, `${path}: `, read.error);
  const isUnreadable = read.error.some((p) => UNREADABLE.has(p.code));
  throw new CliError(
    `${path} was refused; nothing was written`,
    isUnreadable ? EXIT_USAGE : EXIT_PROBLEMS,
  );
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
