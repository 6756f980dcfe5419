import type {
  CodedFileProblem,
  CodedFileRead,
  HashedFields,
} from '../core/exchange';
import { createHashedFields, readCodedFile } from '../core/exchange';
import { fail, type Problem, type Result } from '../core/model/problem';
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
  const [read] = await readCodedInputs(io, [path], output);
  return read!;
}

/**
 * Reads and checks every coded file given, in order, as readCodedInput
 * does one. When any is refused or cannot be read, every such file is
 * reported with its problems before the command stops (exit 2).
 */
export async function readCodedInputs(
  io: CliIo,
  paths: readonly string[],
  output: string | null,
): Promise<CodedFileRead[]> {
  const reads: CodedFileRead[] = [];
  const failures: Failure[] = [];
  const hashed = createHashedFields();
  for (const path of paths) {
    const read = await readChecked(io, path, hashed);
    if (read.ok) reads.push(read.value);
    else failures.push({ path, error: read.error });
  }
  if (failures.length === 0) return reads;

  const consequence = output === null ? '' : `; ${output} was not written`;
  const [only] = failures;
  if (failures.length === 1 && only!.error instanceof CliError) {
    throw new CliError(`${only!.error.message}${consequence}`, EXIT_USAGE);
  }
  for (const { path, error } of failures) {
    if (error instanceof CliError) io.err(`podscan: ${error.message}\n`);
    else printProblems(io.err, `${path}: `, error);
  }
  const refused =
    failures.length === 1
      ? `${only!.path} was refused`
      : `${failures.length} of ${paths.length} files were refused: ` +
        failures.map((failure) => failure.path).join(', ');
  throw new CliError(`${refused}${consequence}`, EXIT_USAGE);
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

/** The current time, for the export stamp of files the CLI writes. */
export function now(): string {
  return new Date().toISOString();
}

/** A file that cannot be read, or the problems it was refused for. */
type Failure = {
  readonly path: string;
  readonly error: CliError | readonly CodedFileProblem[];
};

async function readChecked(
  io: CliIo,
  path: string,
  hashed: HashedFields,
): Promise<Result<CodedFileRead, Failure['error']>> {
  try {
    const bytes = await readInput(io, path, 'a coded file (*.podscan.json)');
    return readCodedFile(bytes, { hashed });
  } catch (error) {
    if (error instanceof CliError) return fail(error);
    throw error;
  }
}
