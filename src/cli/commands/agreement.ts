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
  type Statistic,
  type StatisticName,
  type WeightScheme,
} from '../../core/agreement';
import type { Problem } from '../../core/model/problem';
import {
  CliError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  readInput,
  type CliIo,
} from '../io';
import type { SetExit } from './index';

const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
const SCHEMES = ['identity', 'linear', 'quadratic'] as const;

/** Problems about the options, not the file: a usage error (exit 2). */
const USAGE_PROBLEMS = new Set([
  'CATEGORY_ORDER_NEEDED',
  'CATEGORY_NOT_NUMERIC',
]);

type AgreementFlags = {
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
    .argument('[files...]', 'coded project files (*.podscan.json)')
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
    .option('--json', 'print JSON')
    .action(async (files: string[], flags: AgreementFlags) => {
      setExit(await runAgreement(files, flags, io));
    });
}

async function runAgreement(
  files: readonly string[],
  flags: AgreementFlags,
  io: CliIo,
): Promise<number> {
  const path = checkUsage(files, flags);
  const text = decodeUtf8(await readInput(io, path), path);
  const computed = flags.counts ? countReport(text) : matrixReport(text, flags);
  if (!computed.ok) {
    io.err(`podscan: ${path}: ${computed.problem.message}\n`);
    return USAGE_PROBLEMS.has(computed.problem.code)
      ? EXIT_USAGE
      : EXIT_PROBLEMS;
  }

  const { report, describe } = computed;
  io.out(
    flags.json ? `${JSON.stringify(toJson(report), null, 2)}\n` : describe,
  );
  for (const warning of report.warnings)
    io.err(`warning: ${warning.message}\n`);
  return EXIT_OK;
}

function checkUsage(files: readonly string[], flags: AgreementFlags): string {
  if (files.length > 0) {
    throw new CliError(
      'agreement on coded files (*.podscan.json) is not available yet; ' +
        'use --matrix FILE or --counts FILE',
      EXIT_USAGE,
    );
  }
  if (Boolean(flags.matrix) === Boolean(flags.counts)) {
    throw new CliError(
      'give exactly one of --matrix FILE or --counts FILE',
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
  return flags.matrix ?? flags.counts!;
}

/** UTF-8 text without a byte order mark; anything else is unreadable. */
function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    throw new CliError(
      `cannot read ${path}: it is not UTF-8 text; save it as CSV UTF-8`,
      EXIT_USAGE,
    );
  }
}

type Computed =
  | { ok: true; report: AgreementReport; describe: string }
  | { ok: false; problem: Problem };

function matrixReport(text: string, flags: AgreementFlags): Computed {
  const level = flags.level ?? 'nominal';
  const weights = flags.weights;
  const parsed = parseReliabilityMatrix(text, {
    unitsAsRows: flags.unitsAsRows ?? false,
    ...(flags.categories ? { categories: flags.categories.split(',') } : {}),
    needsNumbers: level === 'interval' || level === 'ratio',
    needsOrder:
      level === 'ordinal' || (weights !== undefined && weights !== 'identity'),
  });
  if (!parsed.ok) return { ok: false, problem: parsed.error };

  const { matrix, categories, positions } = parsed.value;
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

function jsonStatistic(statistic: Statistic): object {
  return {
    value: statistic.value,
    ...(statistic.reason === undefined ? {} : { reason: statistic.reason }),
    ...(statistic.ci95 === undefined ? {} : { ci95: [...statistic.ci95] }),
  };
}

const LABELS: Record<StatisticName, string> = {
  percent_agreement: 'Percent agreement',
  cohen_kappa: "Cohen's kappa",
  scott_pi: "Scott's pi",
  fleiss_kappa: "Fleiss' kappa",
  conger_kappa: "Conger's kappa",
  krippendorff_alpha: "Krippendorff's alpha",
  gwet_ac1: "Gwet's AC1",
  brennan_prediger: 'Brennan–Prediger',
};

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
    `${'Statistic'.padEnd(22)}${'Value'.padStart(8)}  ` +
      `${'95% CI (bootstrap)'.padEnd(20)}SE`,
  ];
  for (const name of STATISTIC_NAMES) {
    const label =
      name === 'gwet_ac1' && weights && weights !== 'identity'
        ? "Gwet's AC2"
        : LABELS[name];
    lines.push(describeStatistic(label, report.statistics[name]));
  }
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

function describeStatistic(label: string, statistic: Statistic): string {
  if (statistic.value === null) {
    return `${label.padEnd(22)}${'—'.padStart(8)}  ${statistic.reason ?? ''}`;
  }

  const interval = statistic.ci95
    ? `[${fixed(statistic.ci95[0])}, ${fixed(statistic.ci95[1])}]`
    : '';
  const se = statistic.se === undefined ? '' : fixed(statistic.se);
  return (
    `${label.padEnd(22)}${fixed(statistic.value).padStart(8)}  ` +
    `${interval.padEnd(20)}${se}`
  );
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
