import { Option, type Command } from 'commander';
import {
  computeAgreement,
  computeCountAgreement,
  DEFAULT_BOOTSTRAP,
  parseCountTable,
  parseReliabilityMatrix,
  STATISTIC_NAMES,
  type AgreementOptions,
  type AgreementReport,
  type MeasurementLevel,
  type StatisticName,
  type WeightScheme,
} from '../../core/agreement';
import { decodeUtf8 } from '../../core/exchange';
import type { Problem } from '../../core/model/problem';
import {
  CliError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  readInput,
  type CliIo,
} from '../io';
import {
  describeMissingIntervals,
  describeStatistic,
  describeStatisticHeader,
  fixed,
  jsonStatistic,
  LABELS,
} from './agreement-format';
import {
  PROJECT_ONLY_FLAGS,
  runProjectAgreement,
  type ProjectFlags,
} from './agreement-project';
import type { SetExit } from './index';

const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
const SCHEMES = ['identity', 'linear', 'quadratic'] as const;

/**
 * Problems in the options whatever the file: a usage error (exit 2).
 * Text values where the options need numbers or an order are a problem
 * of the file under those options (exit 1), like a ragged row.
 */
const USAGE_PROBLEMS = new Set(['CATEGORIES_INVALID', 'CATEGORY_NOT_NUMERIC']);

type AgreementFlags = ProjectFlags & {
  readonly matrix?: string;
  readonly counts?: string;
  readonly unitsAsRows?: boolean;
  readonly level?: MeasurementLevel;
  readonly weights?: WeightScheme;
  readonly categories?: string;
  readonly json?: boolean;
};

/** Registers `podscan agreement` (PRODUCT.md §5). */
export function registerAgreement(
  program: Command,
  io: CliIo,
  setExit: SetExit,
): void {
  program
    .command('agreement')
    .description(
      'inter-coder agreement of reliability data: every coefficient with ' +
        'a bootstrap 95% interval',
    )
    .argument(
      '[files...]',
      'coded project files (*.podscan.json); several are combined',
    )
    .option('--matrix <file>', 'reliability matrix CSV (one row per coder)')
    .option('--counts <file>', 'count table CSV (units × categories)')
    .option(
      '--units-as-rows',
      'matrix has one row per unit, one column per coder',
    )
    .addOption(new Option('--level <level>', 'alpha metric').choices(LEVELS))
    .addOption(
      new Option('--weights <scheme>', 'agreement weights').choices(SCHEMES),
    )
    .option('--categories <list>', 'categories in order, e.g. low,mid,high')
    .option('--code <code>', 'coded files: only this code (name or GUID)')
    .option(
      '--coders <list>',
      'coded files: compare these coders (names, initials or GUIDs), e.g. Ana,Ben',
    )
    .option('--json', 'print JSON')
    .addHelpText('after', EXIT_HELP)
    .action(async (files: string[], flags: AgreementFlags) => {
      setExit(
        files.length > 0
          ? await runProjectAgreement(files, checkProjectUsage(flags), io)
          : await runAgreement(flags, io),
      );
    });
}

async function runAgreement(flags: AgreementFlags, io: CliIo): Promise<number> {
  const path = checkUsage(flags);
  const text = readUtf8(await readInput(io, path, 'a CSV file'), path);
  const computed = flags.counts ? countReport(text) : matrixReport(text, flags);
  if (!computed.ok) {
    io.err(`podscan: ${path}: ${computed.problem.message}\n`);
    return USAGE_PROBLEMS.has(computed.problem.code)
      ? EXIT_USAGE
      : EXIT_PROBLEMS;
  }

  const { report, describe, warnings } = computed;
  io.out(
    flags.json ? `${JSON.stringify(toJson(report), null, 2)}\n` : describe,
  );
  for (const warning of warnings)
    io.err(`warning: ${path}: ${warning.message}\n`);
  for (const warning of report.warnings)
    io.err(`warning: ${warning.message}\n`);
  const note = describeMissingIntervals(
    report.statistics,
    report.pairableUnits,
    (name) => name,
  );
  if (flags.json && note) io.err(`note: ${note}\n`);
  return EXIT_OK;
}

const EXIT_HELP = `
With coded files, reports agreement per code, per coder pair and pooled
across codes. Units are records a coder marked done; by default every
codable code and every coder with done records. Several files of one
project are combined with the merge engine before the report.

Exit status:
  0  reported
  1  the input has problems (fewer than two coders, a coder given twice,
     text where --level or --weights need numbers or an order, no
     codable code)
  2  usage error, or unreadable input (a coded file that was refused:
     not readable, damaged or changed since it was written)`;

/** Project-form flags only; matrix and count options are refused. */
function checkProjectUsage(flags: AgreementFlags): ProjectFlags {
  if (flags.matrix !== undefined || flags.counts !== undefined) {
    throw new CliError(
      'give coded files, or --matrix FILE or --counts FILE, not both',
      EXIT_USAGE,
    );
  }
  const matrixOnly = ['unitsAsRows', 'level', 'weights', 'categories'] as const;
  const misplaced = matrixOnly.find((name) => flags[name] !== undefined);
  if (misplaced) {
    throw new CliError(
      `--${kebab(misplaced)} applies to --matrix only; codes in a project ` +
        'are present/absent, analysed at the nominal level, unweighted',
      EXIT_USAGE,
    );
  }
  return flags;
}

function checkUsage(flags: AgreementFlags): string {
  if (Boolean(flags.matrix) === Boolean(flags.counts)) {
    throw new CliError(
      'give coded files (*.podscan.json), or exactly one of --matrix FILE ' +
        'or --counts FILE',
      EXIT_USAGE,
    );
  }
  const projectOnly = PROJECT_ONLY_FLAGS.find(
    (name) => flags[name] !== undefined,
  );
  if (projectOnly) {
    throw new CliError(
      `--${projectOnly} applies to coded files (*.podscan.json) only`,
      EXIT_USAGE,
    );
  }
  const matrixOnly = ['unitsAsRows', 'level', 'weights', 'categories'] as const;
  const misplaced = matrixOnly.find((name) => flags[name] !== undefined);
  if (flags.counts && misplaced) {
    throw new CliError(
      `--${kebab(misplaced)} applies to --matrix only; a count table is ` +
        'analysed at the nominal level, unweighted',
      EXIT_USAGE,
    );
  }
  if (flags.categories?.trim() === '') {
    throw new CliError(
      '--categories is empty; give the categories in order, separated by ' +
        'commas (e.g. --categories low,mid,high), or leave it out',
      EXIT_USAGE,
    );
  }
  return flags.matrix ?? flags.counts!;
}

/** UTF-8 text without a byte order mark; anything else is unreadable. */
function readUtf8(bytes: Uint8Array, path: string): string {
  const text = decodeUtf8(bytes);
  if (text === null) {
    throw new CliError(
      `cannot read ${path}: it is not UTF-8 text; save it as CSV UTF-8`,
      EXIT_USAGE,
    );
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

type Computed =
  | {
      ok: true;
      report: AgreementReport;
      describe: string;
      /** Problems in the file that do not stop the report. */
      warnings: readonly Problem[];
    }
  | { ok: false; problem: Problem };

function matrixReport(text: string, flags: AgreementFlags): Computed {
  const level = flags.level ?? 'nominal';
  const weights = flags.weights;
  const parsed = parseReliabilityMatrix(text, {
    unitsAsRows: flags.unitsAsRows ?? false,
    ...(flags.categories === undefined
      ? {}
      : { categories: flags.categories.split(',') }),
    needsNumbers: level === 'interval' || level === 'ratio',
    needsOrder:
      level === 'ordinal' || (weights !== undefined && weights !== 'identity'),
  });
  if (!parsed.ok) return { ok: false, problem: parsed.error };

  const { matrix, categories, positions, warnings } = parsed.value;
  const options: AgreementOptions = {
    positions,
    level,
    ...(weights ? { weights } : {}),
    bootstrap: DEFAULT_BOOTSTRAP,
    categoryLabels: categories,
  };
  const report = computeAgreement(matrix, options);
  const setting = weights
    ? `${weights} weights for every coefficient`
    : `unweighted; alpha at the ${level} level`;
  return {
    ok: true,
    report,
    describe: describeReport(report, categories, setting, weights),
    warnings,
  };
}

function countReport(text: string): Computed {
  const parsed = parseCountTable(text);
  if (!parsed.ok) return { ok: false, problem: parsed.error };

  const { table, categories } = parsed.value;
  const report = computeCountAgreement(table, {
    bootstrap: DEFAULT_BOOTSTRAP,
    categoryLabels: categories,
  });
  const setting = 'unweighted; alpha at the nominal level';
  return {
    ok: true,
    report,
    describe: describeReport(report, categories, setting, undefined),
    warnings: [],
  };
}

/** The JSON contract of PRODUCT.md §5, exactly these keys. */
function toJson(report: AgreementReport): object {
  const statistics = Object.fromEntries(
    STATISTIC_NAMES.map((name) => [
      name,
      jsonStatistic(report.statistics[name]),
    ]),
  );
  return {
    coders: report.coders,
    units: report.units,
    pairableUnits: report.pairableUnits,
    statistics,
  };
}

function describeReport(
  report: AgreementReport,
  categories: readonly string[],
  setting: string,
  weights: WeightScheme | undefined,
): string {
  const lines = [
    `${report.coders} coders, ${report.units} units, ` +
      `${report.pairableUnits} pairable (coded by two or more coders)`,
    `Categories: ${categories.join(', ')} (${setting})`,
    '',
    describeStatisticHeader(),
  ];
  const label = (name: StatisticName) =>
    name === 'gwet_ac1' && weights && weights !== 'identity'
      ? "Gwet's AC2"
      : LABELS[name];
  for (const name of STATISTIC_NAMES) {
    lines.push(describeStatistic(label(name), report.statistics[name]));
  }
  const note = describeMissingIntervals(
    report.statistics,
    report.pairableUnits,
    label,
  );
  if (note) lines.push('', note);
  if (report.twoByTwo) {
    const { prevalenceIndex, biasIndex, pabak } = report.twoByTwo;
    lines.push(
      '',
      `2×2 table: prevalence index ${fixed(prevalenceIndex)}, ` +
        `bias index ${fixed(biasIndex)}, PABAK ${fixed(pabak)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
