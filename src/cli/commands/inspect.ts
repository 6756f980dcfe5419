import type { Command } from 'commander';
import type { Problem } from '../../core/model/problem';
import {
  describeDelimiter,
  parseScan,
  SCAN_ENCODINGS,
  type ParsedScan,
  type ScanEncoding,
} from '../../core/scan';
import {
  CliError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  readInput,
  type CliIo,
} from '../io';
import type { SetExit } from './index';

type InspectFlags = {
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly json?: boolean;
  readonly rows?: boolean;
};

/** The JSON report of PRODUCT.md §5, with nothing added. */
export type InspectReport = {
  readonly encoding: ScanEncoding;
  readonly bom: boolean;
  readonly delimiter: string;
  readonly lineEnding: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rowCount: number;
  readonly problems: readonly Omit<Problem, 'severity'>[];
  readonly rows?: readonly Readonly<Record<string, string>>[];
};

const EXIT_HELP = `
Exit status:
  0  the file parsed without problems (notes about what was done, such as
     skipped blank lines or a removed sep= line, do not count)
  1  the file has problems: errors or warnings, listed in the report
  2  the file cannot be read, or an option is wrong`;

/** Registers `podscan inspect` (PRODUCT.md §5). */
export function registerInspect(
  program: Command,
  io: CliIo,
  setExit: SetExit,
): void {
  program
    .command('inspect')
    .description('parse a scan file exactly as the import does and report')
    .argument('<file>', 'CSV or TSV file')
    .option(
      '--encoding <name>',
      `read as ${SCAN_ENCODINGS.join(', ')} instead of detecting`,
    )
    .option(
      '--delimiter <char>',
      'split fields on , ; | or tab ("tab" or "\\t") instead of detecting',
    )
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
  const bytes = await readInput(io, file);
  const parsed = parseScan(bytes, { encoding, delimiter });
  const report = toReport(parsed, flags.rows === true);

  io.out(
    flags.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : describeScan(file, parsed, report),
  );
  const hasProblems = parsed.problems.some((p) => p.severity !== 'info');
  return hasProblems ? EXIT_PROBLEMS : EXIT_OK;
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

function toReport(parsed: ParsedScan, withRows: boolean): InspectReport {
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
  parsed: ParsedScan,
  report: InspectReport,
): string {
  const lines = [
    file,
    `  encoding     ${parsed.encoding}${parsed.bom ? ' (with BOM)' : ''}`,
    `  delimiter    ${describeDelimiter(parsed.delimiter)}`,
    `  line ending  ${LINE_ENDING_NAMES[parsed.lineEnding]}`,
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
