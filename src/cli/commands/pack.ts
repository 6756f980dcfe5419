import { randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import {
  importCodebookCsv,
  importQdcBytes,
  parseCodebookJson,
  type Codebook,
  type CodebookContext,
} from '../../core/codebook';
import { packCodedProject, writeCodedFile } from '../../core/exchange';
import { capProblems } from '../../core/model/capped-problems';
import type { Problem } from '../../core/model/problem';
import { countOf, parseScan, suggestKeyColumns } from '../../core/scan';
import type { ParsedScan } from '../../core/scan/types';
import { readXlsxScan } from '../../shared/xlsx/read-scan';
import { now, printProblems } from '../coded-input';
import {
  CliError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  readInput,
  writeOutput,
  type CliIo,
} from '../io';
import type { SetExit } from './index';

type PackFlags = {
  readonly records: string;
  readonly key?: string;
  readonly generateKeys?: boolean;
  readonly codebook?: string;
  readonly codings?: string;
  readonly sheet?: string;
  readonly output: string;
  readonly actor: string;
  readonly json?: boolean;
};

const PACK_HELP = `
SCAN is read exactly as an import reads it (CSV or TSV in any supported
encoding, or a sheet of an .xlsx workbook). Give the key column with
--key; when no column has a unique value in every row, --generate-keys
makes keys from each row's content, as the app's import does when told to
generate them (LONG.csv must then name records by those keys, as a long
export of such a project does). LONG.csv has the header
record,coder,code,value and optionally memo: record key, coder name, code
name or GUID, 1 or 0. A record listed for a coder counts as done for that
coder. Podscan's long export (--format long) is read back whole, with its
code_guid, status, coded_at and codebook_version columns. Codes missing
from the codebook are added and reported.

Exit status:
  0  packed (warnings about the scan or codings, e.g. mixed line
     endings, and notes, e.g. codes added, go to stderr)
  1  the scan, codebook or codings have problems (listed; nothing written)
  2  usage error (e.g. an unknown key column, or neither --key nor
     --generate-keys), or an unreadable file`;

/** Registers `podscan pack` (PRODUCT.md §5). */
export function registerPack(
  program: Command,
  io: CliIo,
  setExit: SetExit,
): void {
  program
    .command('pack')
    .description('turn spreadsheet-coded data into a coded file')
    .requiredOption('--records <file>', 'the scan (.csv, .tsv or .xlsx)')
    .option('--key <column>', 'key column (header or column key)')
    .option('--generate-keys', 'generate keys instead of taking a key column')
    .option('--codebook <file>', 'codebook (.qdc, .json or .csv)')
    .option('--codings <file>', 'long CSV of codings')
    .option('--sheet <name>', 'sheet of an .xlsx scan (default: the first)')
    .requiredOption('-o, --output <file>', 'coded file to write (atomically)')
    .option('--actor <name>', 'who the project history names', 'podscan CLI')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', PACK_HELP)
    .action(async (flags: PackFlags) => {
      setExit(await runPack(flags, io));
    });
}

async function runPack(flags: PackFlags, io: CliIo): Promise<number> {
  const keyColumn = readKeyFlags(flags);
  const context: CodebookContext = {
    actor: flags.actor,
    clock: now,
    newId: () => randomUUID(),
  };
  const scan = await readScan(io, flags.records, flags.sheet);
  printWarnings(io, flags.records, scan);
  const codebook =
    flags.codebook === undefined
      ? null
      : await readCodebook(io, flags.codebook, context);
  const codings =
    flags.codings === undefined ? null : await readCodings(io, flags.codings);
  const packed = packCodedProject({
    scan,
    scanFileName: basename(flags.records),
    keyColumn,
    codebook,
    codings,
    ...context,
  });
  if (!packed.ok) {
    const isUsage = packed.error.some(
      (p) => p.code === 'PACK_KEY_COLUMN_UNKNOWN',
    );
    const source = isCodingsProblem(packed.error)
      ? flags.codings
      : flags.records;
    printProblems(io.err, `${source ?? flags.records}: `, packed.error);
    if (hasKeyProblem(packed.error)) io.err(describeKeyAdvice(scan));
    io.err(`podscan: ${flags.output} was not written.\n`);
    return isUsage ? EXIT_USAGE : EXIT_PROBLEMS;
  }

  const { snapshot, notes } = packed.value;
  const text = writeCodedFile(snapshot, {
    exportedAt: context.clock(),
    exportedBy: flags.actor,
  });
  if (!text.ok) {
    printProblems(io.err, 'packed project: ', text.error);
    return EXIT_PROBLEMS;
  }
  await writeOutput(io, flags.output, text.value, 'packed.podscan.json');
  printProblems(io.err, `${flags.codings ?? ''}: `, notes);
  const summary = {
    output: flags.output,
    records: snapshot.records.length,
    coders: snapshot.coders.length,
    codings: snapshot.layers.length,
    codes: snapshot.codebook.codes.length,
    codesAdded: notes.length,
    notes,
  };
  io.out(
    flags.json
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `Packed ${countOf(summary.records, 'record')}, ` +
          `${countOf(summary.coders, 'coder')} and ` +
          `${countOf(summary.codings, 'coding')} ` +
          `(${countOf(summary.codes, 'code')}, ${summary.codesAdded} added) ` +
          `into ${flags.output}.\n`,
  );
  return EXIT_OK;
}

async function readScan(
  io: CliIo,
  path: string,
  sheet: string | undefined,
): Promise<ParsedScan> {
  const bytes = await readInput(io, path, 'a scan (.csv, .tsv or .xlsx)');
  if (extname(path).toLowerCase() !== '.xlsx') {
    if (sheet !== undefined) {
      throw new CliError('--sheet applies to an .xlsx scan only', EXIT_USAGE);
    }
    return parseScan(bytes);
  }
  const chosen = sheet === undefined ? {} : { sheet };
  const read = await readXlsxScan(bytes, { fileName: path, ...chosen });
  if (!read.ok) throw new CliError(read.message, EXIT_USAGE);

  return read.scan;
}

async function readCodings(io: CliIo, path: string): Promise<ParsedScan> {
  const codings = parseScan(await readInput(io, path, 'a long CSV of codings'));
  printWarnings(io, path, codings);
  return codings;
}

async function readCodebook(
  io: CliIo,
  path: string,
  context: CodebookContext,
): Promise<Codebook> {
  const bytes = await readInput(io, path, 'a codebook (.qdc, .json or .csv)');
  const extension = extname(path).toLowerCase();
  const read =
    extension === '.json'
      ? parseCodebookJson(new TextDecoder().decode(bytes))
      : extension === '.csv' || extension === '.tsv'
        ? importCodebookCsv(bytes, context)
        : importQdcBytes(bytes, context);
  if (read.ok) return read.value.codebook;

  const problems: readonly Problem[] = Array.isArray(read.error)
    ? read.error
    : [read.error as Problem];
  printProblems(io.err, `${path}: `, problems);
  throw new CliError(`${path} is not a usable codebook`, EXIT_PROBLEMS);
}

/** The column given with --key, or null for --generate-keys. */
function readKeyFlags(flags: PackFlags): string | null {
  if (flags.generateKeys !== true) {
    if (flags.key !== undefined) return flags.key;

    throw new CliError(
      'give the key column with --key COLUMN, or --generate-keys to let ' +
        'Podscan generate keys',
      EXIT_USAGE,
    );
  }
  if (flags.key !== undefined) {
    throw new CliError(
      'give either --key or --generate-keys, not both',
      EXIT_USAGE,
    );
  }
  return null;
}

function hasKeyProblem(problems: readonly Problem[]): boolean {
  return problems.some(
    (p) => p.code === 'KEY_DUPLICATE' || p.code === 'KEY_EMPTY',
  );
}

/**
 * What to do about empty or repeated keys on the command line, where
 * "let Podscan generate keys" (as the problems put it) is --generate-keys.
 * Names the columns that could be the key, if any.
 */
function describeKeyAdvice(scan: ParsedScan): string {
  const keys = new Set<string>(suggestKeyColumns(scan));
  const labels = scan.columns
    .filter((column) => keys.has(column.key))
    .map((column) => `"${column.label}"`);
  const generate =
    'give --generate-keys instead of --key to let Podscan generate keys';
  if (labels.length === 0) {
    return (
      'podscan: keys must be filled in and unique, and no column of the ' +
      `scan has a unique value in every row: fix the scan, or ${generate}.\n`
    );
  }
  return (
    'podscan: keys must be filled in and unique: fix the scan, give --key ' +
    `a column with a unique value in every row (${labels.join(', ')}), or ` +
    `${generate}.\n`
  );
}

/**
 * What the import would warn about in a table read (line endings, damaged
 * text…), as inspect lists it, at most 20 of each code. Warnings do not
 * stop the pack; errors do, and come back from packCodedProject.
 */
function printWarnings(io: CliIo, path: string, table: ParsedScan): void {
  const warnings = table.problems.filter((p) => p.severity === 'warning');
  printProblems(io.err, `${path}: `, capProblems(warnings));
}

function isCodingsProblem(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.code.startsWith('CODINGS_'));
}
