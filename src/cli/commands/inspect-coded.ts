import { CODEBOOK_FILE_FORMAT } from '../../core/codebook';
import {
  CODED_FILE_FORMAT,
  decodeUtf8,
  isCodedFile,
  readCodedFile,
  type CodedFileProblem,
} from '../../core/exchange';
import { countProblems } from '../../core/model/capped-problems';
import { countOf } from '../../core/scan';
import {
  CliError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  type CliIo,
} from '../io';

/** Options of `podscan inspect` that only a scan takes. */
type ScanOnlyFlags = {
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly sheet?: string;
  readonly rows?: boolean;
};

/**
 * The JSON report of `podscan inspect` for a coded file: what it holds
 * and whether Podscan's reader accepts it. A refused file is described
 * as far as it can be read; what cannot be read is null. `problemCount`
 * is how many problems were found: more than `problems` lists when a
 * summary ("… and 181 more like the above.") stands for the rest.
 * `format` is null for a file named as a coded file whose content is not
 * one (another format, or not JSON at all).
 */
export type CodedFileReport = {
  readonly format: typeof CODED_FILE_FORMAT | null;
  readonly accepted: boolean;
  readonly project: { readonly id: string; readonly name: string } | null;
  readonly exportedAt: string | null;
  readonly exportedBy: string | null;
  readonly coders: readonly string[] | null;
  readonly recordCount: number | null;
  readonly codeCount: number | null;
  readonly codingCount: number | null;
  readonly problemCount: number;
  readonly problems: readonly ReportedProblem[];
};

type ReportedProblem = {
  readonly severity: CodedFileProblem['severity'];
  readonly code: string;
  readonly path: string;
  readonly message: string;
  /** Only on a summary: how many problems it stands for. */
  readonly unlisted?: number;
};

/**
 * Describes a coded file and checks it as the app's reader does. Exits 0
 * when it is accepted without warnings, 1 when it is accepted with
 * warnings, 2 when it is refused (unreadable input, as for every other
 * command) or given options it does not take; the report is printed in
 * every case but the last.
 */
export function inspectCodedFile(
  file: string,
  bytes: Uint8Array,
  flags: ScanOnlyFlags & { readonly json?: boolean },
  io: CliIo,
): number {
  const misfits = SCAN_ONLY.filter((flag) => flags[flag] !== undefined);
  if (misfits.length > 0) {
    const names = misfits.map((flag) => `--${flag}`).join(', ');
    throw new CliError(
      `${names} ${misfits.length === 1 ? 'applies' : 'apply'} to a scan, ` +
        `not to a coded file; leave ${misfits.length === 1 ? 'it' : 'them'} ` +
        'out',
      EXIT_USAGE,
    );
  }

  const report = reportCodedFile(bytes);
  io.out(
    flags.json === true
      ? `${JSON.stringify(report, null, 2)}\n`
      : describeCodedFile(file, report),
  );
  if (!report.accepted) return EXIT_USAGE;

  const isClean = !report.problems.some((p) => p.severity !== 'info');
  return isClean ? EXIT_OK : EXIT_PROBLEMS;
}

const SCAN_ONLY = ['encoding', 'delimiter', 'sheet', 'rows'] as const;

/**
 * Why a file named .json is neither a scan nor a coded file, when it
 * holds JSON (or starts as JSON does) but no coded file; else null. Read
 * as a CSV it would be one odd column. Other names are read as scans,
 * as the import reads them, whatever their first character.
 */
export function describeOtherJson(
  file: string,
  bytes: Uint8Array,
): string | null {
  if (!/\.json$/i.test(file)) return null;

  const text = decodeText(bytes);
  if (text === null) return null;

  const data = parseJson(text);
  if (data === undefined && !/^[[{]/.test(text)) return null;

  if (formatOf(data) === CODEBOOK_FILE_FORMAT) {
    return (
      `${file} is a Podscan codebook file, not a scan or a coded file; ` +
      `check it with podscan codebook validate ${file}`
    );
  }
  return (
    `${file} is JSON but neither a Podscan coded file nor a scan table; ` +
    'inspect reads scans (CSV, TSV or .xlsx) and coded files ' +
    '(.podscan.json, with "format": "podscan-coded-file")'
  );
}

/** UTF-8 text without a byte-order mark or surrounding white space. */
function decodeText(bytes: Uint8Array): string | null {
  return (
    decodeUtf8(bytes)
      ?.replace(/^\uFEFF/, '')
      .trim() ?? null
  );
}

/** The parsed value, or undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function formatOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null && 'format' in data
    ? data.format
    : undefined;
}

function reportCodedFile(bytes: Uint8Array): CodedFileReport {
  const read = readCodedFile(bytes);
  if (!read.ok) {
    return {
      // By content alone: the name may claim a coded file that is not one.
      format: isCodedFile('', bytes) ? CODED_FILE_FORMAT : null,
      accepted: false,
      ...outlineOf(bytes),
      problemCount: countProblems(read.error),
      problems: read.error.map(toReported),
    };
  }

  const { snapshot } = read.value;
  return {
    format: CODED_FILE_FORMAT,
    accepted: true,
    project: { id: snapshot.meta.id, name: snapshot.meta.name },
    exportedAt: read.value.exportedAt,
    exportedBy: read.value.exportedBy,
    coders: snapshot.coders.map((coder) => coder.name),
    recordCount: snapshot.records.length,
    codeCount: snapshot.codebook.codes.length,
    codingCount: snapshot.layers.length,
    problemCount: countProblems(read.value.problems),
    problems: read.value.problems.map(toReported),
  };
}

function toReported(problem: CodedFileProblem): ReportedProblem {
  const { severity, code, path, message, unlisted } = problem;
  const reported = { severity, code, path: path ?? '', message };
  return unlisted === undefined ? reported : { ...reported, unlisted };
}

type Outline = Omit<
  CodedFileReport,
  'format' | 'accepted' | 'problemCount' | 'problems'
>;

/** What a refused file says about itself, where it can be read at all. */
function outlineOf(bytes: Uint8Array): Outline {
  const data = parseLoosely(bytes);
  const project = objectOf(data.project);
  const codebook = objectOf(data.codebook);
  const id = project.id;
  const name = project.name;
  return {
    project:
      typeof id === 'string' && typeof name === 'string' ? { id, name } : null,
    exportedAt: stringOrNull(data.exportedAt),
    exportedBy: stringOrNull(data.exportedBy),
    coders: Array.isArray(data.coders)
      ? data.coders
          .map((coder) => objectOf(coder).name)
          .filter((each): each is string => typeof each === 'string')
      : null,
    recordCount: lengthOrNull(data.records),
    codeCount: lengthOrNull(codebook.codes),
    codingCount: Array.isArray(data.layers)
      ? data.layers.reduce<number>(
          (sum, layer) => sum + (lengthOrNull(objectOf(layer).codings) ?? 0),
          0,
        )
      : null,
  };
}

function parseLoosely(bytes: Uint8Array): Readonly<Record<string, unknown>> {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  try {
    return objectOf(JSON.parse(text));
  } catch {
    return {};
  }
}

function objectOf(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function lengthOrNull(value: unknown): number | null {
  return Array.isArray(value) ? value.length : null;
}

/** The report for a person: what the file holds, then the checks. */
function describeCodedFile(file: string, report: CodedFileReport): string {
  const { project, exportedAt, exportedBy, coders } = report;
  const lines = [
    file,
    `  format       ${describeFormat(report)}`,
    ...(project === null
      ? []
      : [`  project      "${project.name}" (${project.id})`]),
    ...(exportedAt === null
      ? []
      : [`  exported     ${exportedAt} by ${exportedBy ?? 'unknown'}`]),
    ...lineOf('records', report.recordCount),
    ...lineOf('coders', coders === null ? null : describeCoders(coders)),
    ...lineOf(
      'codebook',
      report.codeCount === null ? null : countOf(report.codeCount, 'code'),
    ),
    ...lineOf('codings', report.codingCount),
    `  checks       ${describeChecks(report)}`,
    ...report.problems.map(
      (p) =>
        `    ${p.severity} ${p.code}${p.path === '' ? '' : ` (${p.path})`}: ` +
        p.message,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function describeFormat(report: CodedFileReport): string {
  return report.format === null
    ? 'not a Podscan coded file'
    : 'Podscan coded file';
}

function lineOf(label: string, value: number | string | null): string[] {
  return value === null ? [] : [`  ${label.padEnd(12)} ${value}`];
}

function describeCoders(coders: readonly string[]): string {
  return coders.length === 0 ? '0' : `${coders.length} (${coders.join(', ')})`;
}

function describeChecks(report: CodedFileReport): string {
  const { accepted, problems, problemCount } = report;
  if (!accepted) {
    const listed = problems.filter((p) => p.unlisted === undefined).length;
    const count =
      listed === problemCount
        ? countOf(problemCount, 'problem')
        : `${countOf(problemCount, 'problem')}, ${listed} of them listed`;
    return `refused (${count}); Podscan will not open or merge it`;
  }
  if (problems.length === 0) return 'passed';

  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const notes = problems.length - warnings;
  return `passed with ${countOf(warnings, 'warning')}, ${countOf(notes, 'note')}`;
}
