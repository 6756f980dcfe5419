import {
  listShownStatistics,
  STATISTIC_NAMES,
  type CodeReliability,
  type PairAgreement,
  type PooledAgreement,
  type ReliabilityReport,
  type Statistic,
} from '../../core/agreement';
import type { Code } from '../../core/codebook';
import type { Coder } from '../../core/model/coding';
import type { ProjectSnapshot } from '../../core/model/snapshot';
import {
  describeStatistic,
  describeStatisticHeader,
  fixed,
  jsonStatistic,
  LABELS,
} from './agreement-format';
import { countOf } from '../../core/scan';

/** The coders and codes a project report compares. */
export type ProjectScope = {
  readonly ok: true;
  readonly coders: readonly Coder[];
  readonly codes: readonly Code[];
};

/** What the project report prints from. */
export type ProjectReportContext = {
  readonly files: readonly string[];
  readonly snapshot: ProjectSnapshot;
  readonly scope: ProjectScope;
  readonly report: ReliabilityReport;
};

/** The name of a reported code. */
export function nameCode(scope: ProjectScope, code: CodeReliability): string {
  return scope.codes.find((each) => each.id === code.codeId)?.name ?? '';
}

/** The report as JSON, statistics in the §5 shape. */
export function toProjectJson({
  files,
  snapshot,
  scope,
  report,
}: ProjectReportContext): object {
  const coderIds = report.coders;
  return {
    files,
    project: snapshot.meta.name,
    coders: scope.coders.map((coder) => ({ id: coder.id, name: coder.name })),
    records: report.recordsInScope,
    units: report.units,
    bootstrap: report.bootstrap && {
      replicates: report.bootstrap.replicates,
      seed: report.bootstrap.seed,
    },
    codes: report.codes.map((code) => ({
      id: code.codeId,
      name: nameCode(scope, code),
      coders: code.agreement.report.coders,
      units: code.agreement.report.units,
      pairableUnits: code.agreement.report.pairableUnits,
      prevalence: code.agreement.prevalence,
      statistics: Object.fromEntries(
        STATISTIC_NAMES.map((name) => [
          name,
          jsonStatistic(code.agreement.report.statistics[name]),
        ]),
      ),
      pairs: code.agreement.pairs.map((pair) => jsonPair(pair, coderIds)),
      flags: code.flags.map(({ statistic, level, explanation }) => ({
        statistic,
        level,
        explanation,
      })),
      warnings: code.agreement.report.warnings,
    })),
    pooled: report.pooled && jsonPooled(report.pooled, coderIds),
  };
}

function jsonPair(pair: PairAgreement, coderIds: readonly string[]): object {
  return {
    coders: pair.coders.map((index) => coderIds[index]),
    units: pair.units,
    percent_agreement: pair.percentAgreement,
    cohen_kappa: jsonStatistic(pair.cohenKappa),
    prevalence_index: pair.twoByTwo?.prevalenceIndex ?? null,
    bias_index: pair.twoByTwo?.biasIndex ?? null,
    pabak: pair.twoByTwo?.pabak ?? null,
  };
}

function jsonPooled(
  pooled: PooledAgreement,
  coderIds: readonly string[],
): object {
  return {
    codes: pooled.codes,
    summed_tables_kappa: {
      ...jsonStatistic(pooled.summedTables.kappa),
      pairs: pooled.summedTables.pairs.map((pair) => jsonPair(pair, coderIds)),
    },
    mean_of_codes: Object.fromEntries(
      STATISTIC_NAMES.map((name) => {
        const mean = pooled.meanOfCodes[name];
        return [
          name,
          {
            ...jsonStatistic(mean),
            codes: mean.codes,
            undefinedCodes: mean.undefinedCodes,
          },
        ];
      }),
    ),
    alpha_over_units: jsonStatistic(pooled.alphaOverUnits),
  };
}

/** The report as text for people. */
export function describeProject({
  files,
  snapshot,
  scope,
  report,
}: ProjectReportContext): string {
  const pairable = report.codes[0]?.agreement.report.pairableUnits ?? 0;
  const lines = [
    `Project: ${snapshot.meta.name} (${files.join(', ')})`,
    `Coders: ${scope.coders.map((coder) => coder.name).join(', ')}`,
    `Units: ${report.units} of ${report.recordsInScope} records marked ` +
      `done by a coder; ${pairable} by two or more`,
    report.bootstrap
      ? `95% CI: percentile bootstrap over records, ` +
        `${report.bootstrap.replicates} replicates, seed ` +
        `${report.bootstrap.seed}`
      : 'No intervals',
  ];
  for (const code of report.codes) {
    lines.push('', ...describeCode(report, scope, code));
  }
  if (report.pooled) lines.push('', ...describePooled(report.pooled));
  return `${lines.join('\n')}\n`;
}

function describeCode(
  report: ReliabilityReport,
  scope: ProjectScope,
  code: CodeReliability,
): string[] {
  const { agreement } = code;
  const prevalence =
    agreement.prevalence === null
      ? '—'
      : `${(agreement.prevalence * 100).toFixed(1)}%`;
  const coderName = (index: number) =>
    scope.coders.find((coder) => coder.id === report.coders[index])?.name;
  return [
    `Code: ${nameCode(scope, code)} (${code.codeId}), prevalence ${prevalence}`,
    describeStatisticHeader(),
    ...listShownStatistics(report.coders.length).map((name) =>
      describeStatistic(LABELS[name], agreement.report.statistics[name]),
    ),
    ...agreement.pairs.map(
      (pair) =>
        `  ${coderName(pair.coders[0])} × ${coderName(pair.coders[1])}: ` +
        `${pair.units} units, kappa ` +
        (pair.cohenKappa.value === null
          ? `undefined (${pair.cohenKappa.reason ?? ''})`
          : fixed(pair.cohenKappa.value)) +
        (pair.twoByTwo ? `, PABAK ${fixed(pair.twoByTwo.pabak)}` : ''),
    ),
    ...code.flags
      .filter((flag) => flag.statistic === 'krippendorff_alpha')
      .map((flag) => `  ${flag.level}: ${flag.explanation}`),
  ];
}

function describePooled(pooled: PooledAgreement): string[] {
  const value = (statistic: Statistic) =>
    statistic.value === null
      ? `undefined (${statistic.reason ?? ''})`
      : fixed(statistic.value) +
        (statistic.ci95
          ? ` [${fixed(statistic.ci95[0])}, ${fixed(statistic.ci95[1])}]`
          : '');
  const alphaMean = pooled.meanOfCodes.krippendorff_alpha;
  return [
    `Pooled across ${countOf(pooled.codes, 'code')}, three ways:`,
    `  Pooled kappa from summed tables: ${value(pooled.summedTables.kappa)}`,
    `  Mean of per-code alpha (${countOf(alphaMean.codes, 'code')}, ` +
      `${alphaMean.undefinedCodes} undefined): ${value(alphaMean)}`,
    `  Alpha over all record × code units: ${value(pooled.alphaOverUnits)}`,
  ];
}
