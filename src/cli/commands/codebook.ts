import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import type { Command } from 'commander';
import {
  exportCodebookTable,
  exportQdc,
  importCodebookCsv,
  importCodebookTable,
  importQdcBytes,
  parseCodebookJson,
  serializeCodebookJson,
  type Codebook,
  type CodebookContext,
  type CodebookProblem,
  type CodebookRead,
} from '../../core/codebook';
import { capProblems, countProblems } from '../../core/model/capped-problems';
import { decodeUtf8 } from '../../core/exchange';
import { fail, ok, type Result } from '../../core/model/problem';
import {
  CliError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  readInput,
  writeOutput,
  type CliIo,
} from '../io';
import { readXlsxScan } from '../../shared/xlsx/read-scan';
import type { SetExit } from './index';
import { countOf } from '../../core/scan';

type InputFormat = 'qdc' | 'csv' | 'xlsx' | 'json';
type OutputFormat = 'qdc' | 'json' | 'csv' | 'tsv';

const INPUT_FORMATS: Readonly<Record<string, InputFormat>> = {
  '.qdc': 'qdc',
  '.qde': 'qdc',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.xlsx': 'xlsx',
  '.json': 'json',
};

const OUTPUT_FORMATS: Readonly<Record<string, OutputFormat>> = {
  '.qdc': 'qdc',
  '.json': 'json',
  '.csv': 'csv',
  '.tsv': 'tsv',
};

/** Problems meaning the file could not be read as a codebook at all. */
const UNREADABLE = new Set([
  'QDC_NOT_XML',
  'QDC_NOT_CODEBOOK',
  'CODEBOOK_JSON_INVALID',
  'CODEBOOK_JSON_FORMAT',
  'CODEBOOK_JSON_VERSION',
  'TEXT_NOT_UTF8',
  'XLSX_UNREADABLE',
  'XLSX_EMPTY',
  'FILE_EMPTY',
  'FILE_NOT_TEXT',
  'TABLE_EMPTY',
]);

type ConvertFlags = {
  readonly actor: string;
  readonly bom?: boolean;
  readonly json?: boolean;
};

const CONVERT_HELP = `
A .csv or .tsv output has one row per code (kind "code", guid, path A>B>C
with \\> for a > inside a name, yes/no flags, texts, colour, shortcut, set
names) and one row per set (kind "set", guid, name, description); convert
reads it back to the same codes and sets. Cells starting with = + - @ TAB
or CR get a leading apostrophe, which the import removes again.

Exit status:
  0  written (repairs and warnings go to stderr)
  1  not written: the codebook has errors, or the output format cannot
     carry it (problems listed)
  2  usage error, missing or unreadable input`;

type ValidateFlags = { readonly json?: boolean };

/** Registers `podscan codebook convert` and `podscan codebook validate`. */
export function registerCodebook(
  program: Command,
  io: CliIo,
  setExit: SetExit,
): void {
  const codebook = program
    .command('codebook')
    .description('convert and validate codebooks (.qdc, .csv, .xlsx, .json)');
  codebook
    .command('convert')
    .description(
      'convert a codebook; formats follow the extensions: input .qdc, ' +
        '.csv, .tsv, .xlsx or .json, output .json, .qdc, .csv or .tsv',
    )
    .argument('<in>', 'codebook to read')
    .argument('<out>', 'file to write (replaced atomically)')
    .option('--actor <name>', 'who the codebook history names', 'podscan CLI')
    .option('--bom', 'start a .csv or .tsv with a UTF-8 byte-order mark')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', CONVERT_HELP)
    .action(async (input: string, output: string, flags: ConvertFlags) => {
      setExit(await runConvert(input, output, flags, io));
    });
  codebook
    .command('validate')
    .description('check a codebook and list its problems (exit 1 if any)')
    .argument('<file>', 'codebook (.qdc, .csv, .tsv, .xlsx or .json)')
    .option('--json', 'print JSON')
    .action(async (file: string, flags: ValidateFlags) => {
      setExit(await runValidate(file, flags, io));
    });
}

async function runConvert(
  input: string,
  output: string,
  flags: ConvertFlags,
  io: CliIo,
): Promise<number> {
  const outputFormat = formatOf(output, OUTPUT_FORMATS, 'write');
  const read = await readCodebook(io, input, cliContext(flags.actor));
  if (!read.ok) return reportUnusable(io, input, read);

  printProblems(io.err, `${input}: `, read.problems);
  const encoded = encode(read.codebook, outputFormat, flags.bom === true);
  if (!encoded.ok) {
    printProblems(io.err, `${input}: `, capProblems(encoded.error));
    io.err(`podscan: ${output} was not written; fix the problems above.\n`);
    return EXIT_PROBLEMS;
  }

  printProblems(io.err, `${output}: `, capProblems(encoded.value.warnings));
  const example = `codebook${extname(output)}`;
  await writeOutput(io, output, encoded.value.text, example);
  const { codes, sets } = read.codebook;
  const summary = {
    output,
    codes: codes.length,
    sets: sets.length,
    problems: read.problems,
  };
  io.out(
    flags.json
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `Wrote ${countOf(codes.length, 'code')} and ` +
          `${countOf(sets.length, 'set')} to ${output}.\n`,
  );
  return EXIT_OK;
}

async function runValidate(
  file: string,
  flags: ValidateFlags,
  io: CliIo,
): Promise<number> {
  const read = await readCodebook(io, file, cliContext('podscan CLI'));
  if (!read.ok && read.unreadable) return reportUnusable(io, file, read);

  const problems = read.problems;
  const hasProblems = problems.some((p) => p.severity !== 'info');
  const codebook = read.ok ? read.codebook : null;
  if (flags.json) {
    const report = {
      valid: !hasProblems,
      codes: codebook?.codes.length ?? null,
      sets: codebook?.sets.length ?? null,
      problems,
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    printProblems(io.out, `${file}: `, problems);
    io.out(`${file}: ${describeVerdict(codebook, problems)}.\n`);
  }
  return hasProblems ? EXIT_PROBLEMS : EXIT_OK;
}

type ReadOutcome =
  | {
      readonly ok: true;
      readonly codebook: Codebook;
      readonly problems: readonly CodebookProblem[];
    }
  | {
      readonly ok: false;
      readonly problems: readonly CodebookProblem[];
      readonly unreadable: boolean;
    };

async function readCodebook(
  io: CliIo,
  path: string,
  context: CodebookContext,
): Promise<ReadOutcome> {
  const format = formatOf(path, INPUT_FORMATS, 'read');
  const bytes = await readInput(io, path, 'a codebook file');
  const result = await readFormat(format, path, bytes, context);
  if (result.ok) return { ok: true, ...result.value };

  const problems = toList(result.error);
  const unreadable = problems.some((p) => UNREADABLE.has(p.code));
  return { ok: false, problems, unreadable };
}

type FormatResult = Result<
  CodebookRead,
  CodebookProblem | readonly CodebookProblem[]
>;

async function readFormat(
  format: InputFormat,
  path: string,
  bytes: Uint8Array,
  context: CodebookContext,
): Promise<FormatResult> {
  switch (format) {
    case 'qdc':
      return capRead(importQdcBytes(bytes, context));
    case 'csv':
      return capRead(importCodebookCsv(bytes, context));
    case 'json': {
      const text = decodeUtf8(bytes);
      return text === null
        ? { ok: false, error: unreadable('TEXT_NOT_UTF8', 'is not UTF-8 text') }
        : parseCodebookJson(text);
    }
    case 'xlsx':
      return capRead(await readWorkbook(path, bytes, context));
  }
}

/**
 * At most 20 problems of each code, then a summary that counts the rest,
 * as parseCodebookJson lists them: one fault repeated in every code of a
 * large codebook would otherwise fill the screen.
 */
function capRead(read: FormatResult): FormatResult {
  if (!read.ok) return fail(capProblems(toList(read.error)));

  const { codebook, problems } = read.value;
  return ok({ codebook, problems: capProblems(problems) });
}

/**
 * The first sheet as the app's codebook import reads it: cells as Excel
 * shows them, the first non-blank row as the header.
 */
async function readWorkbook(
  path: string,
  bytes: Uint8Array,
  context: CodebookContext,
): Promise<FormatResult> {
  const read = await readXlsxScan(bytes, { fileName: path });
  if (!read.ok)
    return { ok: false, error: fileProblem(read.code, read.message) };

  const { columns, rows } = read.scan;
  if (columns.length === 0) {
    const message =
      `The first sheet ("${read.sheet}") is empty; put the codes on the ` +
      'first sheet, under a header row.';
    return { ok: false, error: fileProblem('TABLE_EMPTY', message) };
  }
  const header = columns.map((column) => column.label);
  return importCodebookTable([header, ...rows], context);
}

type Encoded = {
  readonly text: string;
  readonly warnings: readonly CodebookProblem[];
};

function encode(
  codebook: Codebook,
  format: OutputFormat,
  bom: boolean,
): Result<Encoded, readonly CodebookProblem[]> {
  switch (format) {
    case 'json':
      return ok({ text: serializeCodebookJson(codebook), warnings: [] });
    case 'qdc': {
      const xml = exportQdc(codebook);
      return xml.ok ? ok({ text: xml.value, warnings: [] }) : xml;
    }
    case 'csv':
    case 'tsv':
      return exportCodebookTable(codebook, {
        delimiter: format === 'tsv' ? '\t' : ',',
        bom,
      });
  }
}

function formatOf<F extends string>(
  path: string,
  formats: Readonly<Record<string, F>>,
  verb: 'read' | 'write',
): F {
  const extension = extname(path).toLowerCase();
  const format = formats[extension];
  if (format !== undefined) return format;

  const known = Object.keys(formats).join(', ');
  throw new CliError(
    `cannot ${verb} a codebook as "${extension || path}"; use a file ` +
      `ending in ${known}`,
    EXIT_USAGE,
  );
}

function reportUnusable(
  io: CliIo,
  path: string,
  read: Extract<ReadOutcome, { ok: false }>,
): number {
  printProblems(io.err, `${path}: `, read.problems);
  return read.unreadable ? EXIT_USAGE : EXIT_PROBLEMS;
}

function printProblems(
  write: (text: string) => void,
  prefix: string,
  problems: readonly CodebookProblem[],
): void {
  for (const problem of problems) {
    const row = problem.row === null ? '' : ` (row ${problem.row})`;
    const label = `${problem.severity} ${problem.code}${row}`;
    write(`${prefix}${label}: ${problem.message}\n`);
  }
}

function unreadable(code: string, reason: string): CodebookProblem {
  return fileProblem(code, `The file ${reason}.`);
}

function fileProblem(code: string, message: string): CodebookProblem {
  return { row: null, column: null, code, message, severity: 'error' };
}

function cliContext(actor: string): CodebookContext {
  return {
    actor,
    clock: () => new Date().toISOString(),
    newId: () => randomUUID(),
  };
}

function toList(
  error: CodebookProblem | readonly CodebookProblem[],
): readonly CodebookProblem[] {
  return isProblemList(error) ? error : [error];
}

function isProblemList(
  error: CodebookProblem | readonly CodebookProblem[],
): error is readonly CodebookProblem[] {
  return Array.isArray(error);
}

function describeVerdict(
  codebook: Codebook | null,
  problems: readonly CodebookProblem[],
): string {
  const blocking = problems.filter((p) => p.severity !== 'info');
  const count = countProblems(blocking);
  const listed = blocking.filter((p) => p.unlisted === undefined).length;
  if (count > listed) return `${countOf(count, 'problem')} (${listed} listed)`;
  if (count > 0) return countOf(count, 'problem');

  const codes = countOf(codebook?.codes.length ?? 0, 'code');
  const sets = countOf(codebook?.sets.length ?? 0, 'set');
  return `valid codebook (${codes}, ${sets})`;
}
