import type { Command } from 'commander';
import { isCodedFile, isWorkbookFile } from '../../core/exchange';
import type { Problem } from '../../core/model/problem';
import {
  describeDelimiter,
  parseScan,
  SCAN_ENCODINGS,
  type ParsedScan,
  type ScanEncoding,
} from '../../core/scan';
import { readXlsxScan } from '../../shared/xlsx/read-scan';
import {
  CliError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  readInput,
  type CliIo,
} from '../io';
import type { SetExit } from './index';
import { describeOtherJson, inspectCodedFile } from './inspect-coded';

type InspectFlags = {
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly json?: boolean;
  readonly rows?: boolean;
  readonly sheet?: string;
};

type Workbook = { readonly sheet: string; readonly sheets: readonly string[] };

/** A scan as the import read it, and the workbook sheet it came from. */
type Inspected = {
  readonly parsed: ParsedScan;
  readonly workbook: Workbook | null;
};

/**
 * The JSON report of PRODUCT.md §5; for a workbook also the sheet read
 * and every sheet's name. A sheet reads as UTF-8, comma-delimited, LF.
 */
export type InspectReport = {
  readonly encoding: ScanEncoding;
  readonly bom: boolean;
  readonly delimiter: string;
  readonly lineEnding: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rowCount: number;
  readonly problems: readonly Omit<Problem, 'severity'>[];
  readonly rows?: readonly Readonly<Record<string, string>>[];
  readonly sheet?: string;
  readonly sheets?: readonly string[];
};

const EXIT_HELP = `
An .xlsx file (or any zip) is read as a workbook, one sheet (--sheet,
else the first) as the app's import reads it; the report names the sheets.
A coded file (*.podscan.json, or JSON whose "format" is
"podscan-coded-file") is described and checked as the app's reader checks
it; its --json report has "format": "podscan-coded-file", or null when a
file named .podscan.json holds something else. Other JSON named .json is
neither a scan nor a coded file, and is refused.

Exit status:
  0  the file parsed without problems (notes about what was done, such as
     skipped blank lines or a removed sep= line, do not count)
  1  the file has problems: errors or warnings, listed in the report (for
     a coded file: accepted with warnings)
  2  the file cannot be read (or is not text, or not in the encoding
     given, or is not the workbook its name says, or has
     no such sheet, or is a coded file the reader refuses: its report
     says why, or is other JSON named .json), or an option is wrong`;

/** Registers `podscan inspect` (PRODUCT.md §5). */
export function registerInspect(
  program: Command,
  io: CliIo,
  setExit: SetExit,
): void {
  program
    .command('inspect')
    .description(
      'parse a scan exactly as the import does, or check a coded file, and ' +
        'report',
    )
    .argument('<file>', 'CSV or TSV file, .xlsx workbook, or coded file')
    .option(
      '--encoding <name>',
      `read as ${SCAN_ENCODINGS.join(', ')} instead of detecting`,
    )
    .option(
      '--delimiter <char>',
      'split fields on , ; | or tab ("tab" or "\\t") instead of detecting',
    )
    .option('--sheet <name>', 'the sheet of an .xlsx workbook (default: first)')
    .option('--json', 'print the report as JSON')
    .option('--rows', 'include the rows, as objects keyed by column key')
    .addHelpText('after', EXIT_HELP)
    .action(async (file: string, flags: InspectFlags) => {
      setExit(await runInspect(file, flags, io));
    });
}

async function runInspect(
  file: string,
  flags: InspectFlags,
  io: CliIo,
): Promise<number> {
  const encoding = readEncodingFlag(flags.encoding);
  const delimiter = readDelimiterFlag(flags.delimiter);
  const bytes = await readInput(io, file, INPUT_KINDS);
  if (isCodedFile(file, bytes)) return inspectCodedFile(file, bytes, flags, io);
  const otherJson = describeOtherJson(file, bytes);
  if (otherJson !== null) throw new CliError(otherJson, EXIT_USAGE);

  const inspected = isWorkbookFile(file, bytes)
    ? await readWorkbook(file, bytes, flags)
    : readText(bytes, flags.sheet, { encoding, delimiter });
  const { parsed } = inspected;
  const report = toReport(inspected, flags.rows === true);

  io.out(
    flags.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : describeScan(file, inspected, report),
  );
  if (parsed.problems.some(isUnreadable)) return EXIT_USAGE;
  const hasProblems = parsed.problems.some((p) => p.severity !== 'info');
  return hasProblems ? EXIT_PROBLEMS : EXIT_OK;
}

/** Bytes that do not read as text (in the encoding chosen): no scan at all. */
function isUnreadable(problem: Problem): boolean {
  return (
    problem.severity === 'error' &&
    (problem.code === 'FILE_NOT_TEXT' ||
      problem.code === 'ENCODING_CHOICE_DIFFERS')
  );
}

const INPUT_KINDS =
  'a scan (.csv, .tsv or .xlsx) or a coded file (.podscan.json)';

/** A CSV or TSV file; options that only a workbook takes are refused. */
function readText(
  bytes: Uint8Array,
  sheet: string | undefined,
  options: { encoding?: ScanEncoding; delimiter?: string },
): Inspected {
  if (sheet !== undefined) {
    throw new CliError('--sheet applies to an .xlsx workbook only', EXIT_USAGE);
  }

  return { parsed: parseScan(bytes, options), workbook: null };
}

/**
 * An .xlsx workbook (or a file named so), read by the code the app's
 * import uses. A file that is no workbook, or a missing sheet, is refused
 * as there: exit 2, as for any unreadable input.
 */
async function readWorkbook(
  file: string,
  bytes: Uint8Array,
  flags: InspectFlags,
): Promise<Inspected> {
  if (flags.encoding !== undefined || flags.delimiter !== undefined) {
    throw new CliError(
      '--encoding and --delimiter apply to CSV or TSV files, not to an ' +
        '.xlsx workbook',
      EXIT_USAGE,
    );
  }

  const sheet = flags.sheet === undefined ? {} : { sheet: flags.sheet };
  const read = await readXlsxScan(bytes, { fileName: file, ...sheet });
  if (!read.ok) throw new CliError(read.message, EXIT_USAGE);

  const workbook = { sheet: read.sheet, sheets: read.sheets };
  return { parsed: read.scan, workbook };
}

function readEncodingFlag(value: string | undefined): ScanEncoding | undefined {
  if (value === undefined) return undefined;

  const encoding = SCAN_ENCODINGS.find((name) => name === value.toLowerCase());
  if (encoding) return encoding;
  throw new CliError(
    `unknown encoding "${value}": use ${SCAN_ENCODINGS.join(', ')}`,
    EXIT_USAGE,
  );
}

function readDelimiterFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;

  const delimiter = DELIMITER_FLAGS[value.toLowerCase()];
  if (delimiter) return delimiter;
  throw new CliError(
    `unknown delimiter "${value}": use , ; | or tab`,
    EXIT_USAGE,
  );
}

const DELIMITER_FLAGS: Readonly<Record<string, string>> = {
  ',': ',',
  ';': ';',
  '|': '|',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
};

function toReport(
  { parsed, workbook }: Inspected,
  withRows: boolean,
): InspectReport {
  const report: InspectReport = {
    encoding: parsed.encoding,
    bom: parsed.bom,
    delimiter: parsed.delimiter,
    lineEnding: parsed.lineEnding,
    columns: parsed.columns.map(({ key, label }) => ({ key, label })),
    rowCount: parsed.rowCount,
    problems: parsed.problems.map(({ row, column, code, message }) => ({
      row,
      column,
      code,
      message,
    })),
    ...(workbook === null ? {} : workbook),
  };
  return withRows ? { ...report, rows: rowObjects(parsed) } : report;
}

function rowObjects(parsed: ParsedScan): Record<string, string>[] {
  const keys = parsed.columns.map((column) => column.key);
  return parsed.rows.map((row) => {
    const fields: Record<string, string> = {};
    keys.forEach((key, c) => {
      fields[key] = row[c] ?? '';
    });
    return fields;
  });
}

/** The report for a person: a summary, the problems, then any rows. */
function describeScan(
  file: string,
  { parsed, workbook }: Inspected,
  report: InspectReport,
): string {
  const lines = [
    file,
    ...(workbook === null ? describeText(parsed) : describeSheet(workbook)),
    `  rows         ${parsed.rowCount}` +
      (parsed.skippedLines > 0
        ? ` (${parsed.skippedLines} blank skipped)`
        : ''),
    `  columns      ${parsed.columns.length}`,
    ...parsed.columns.map(
      (column) => `    ${column.key}  "${column.label}"  ${column.type}`,
    ),
    `  problems     ${describeCounts(parsed.problems)}`,
    ...parsed.problems.map(describeProblem),
    ...(report.rows ?? []).map(
      (row, index) => `  ${index + 1}  ${JSON.stringify(row)}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function describeText(parsed: ParsedScan): string[] {
  return [
    `  encoding     ${parsed.encoding}${parsed.bom ? ' (with BOM)' : ''}`,
    `  delimiter    ${describeDelimiter(parsed.delimiter)}`,
    `  line ending  ${LINE_ENDING_NAMES[parsed.lineEnding]}`,
  ];
}

function describeSheet({ sheet, sheets }: Workbook): string[] {
  const names = sheets.map((name) => `"${name}"`).join(', ');
  return [`  sheet        "${sheet}" (sheets: ${names})`];
}

const LINE_ENDING_NAMES: Readonly<Record<string, string>> = {
  '\n': 'LF',
  '\r\n': 'CRLF',
  '\r': 'CR',
};

function describeCounts(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'none';

  return SEVERITY_NAMES.map(([severity, one, many]) => {
    const count = problems.filter((item) => item.severity === severity).length;
    return `${count} ${count === 1 ? one : many}`;
  }).join(', ');
}

const SEVERITY_NAMES: readonly [Problem['severity'], string, string][] = [
  ['error', 'error', 'errors'],
  ['warning', 'warning', 'warnings'],
  ['info', 'note', 'notes'],
];

function describeProblem(problem: Problem): string {
  const place = [
    problem.row === null ? null : `row ${problem.row}`,
    problem.column,
  ]
    .filter((part) => part !== null)
    .join(', ');
  const where = place === '' ? '' : ` (${place})`;
  return `    ${problem.severity} ${problem.code}${where}: ${problem.message}`;
}
