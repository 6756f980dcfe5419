import { writeCsv, type CsvOptions, type ExportOutput } from '../export/csv';
import type { CodeId, CoderId } from '../model/ids';
import type { PairAgreement } from './code-agreement';
import { flagLevelOf, type AgreementFlag } from './flags';
import type { CodeReliability, ReliabilityReport } from './reliability';
import { STATISTIC_NAMES, type Statistic } from './types';
import { countOf } from '../scan/problems';

/** How a report names codes and coders. */
export type ReportNames = {
  readonly nameCode: (id: CodeId) => string;
  readonly nameCoder: (id: CoderId) => string;
};

/** Columns of the reliability report CSV, in order. */
export const RELIABILITY_CSV_COLUMNS = [
  'code_guid',
  'code',
  'coders',
  'statistic',
  'value',
  'ci95_low',
  'ci95_high',
  'se',
  'units',
  'pairable_units',
  'prevalence',
  'flag',
  'note',
] as const;

/** The `code` cell of the pooled rows. */
export const POOLED_LABEL = 'All codes (pooled)';

/**
 * The reliability report as CSV: per code, one row per coefficient over
 * all coders (with its bootstrap interval and standard error) and, per
 * coder pair, percent agreement, Cohen's kappa and PABAK; then the pooled
 * values, each labelled by how it pools. `flag` is red or amber below
 * 0.667 or 0.800; `note` gives the flag's explanation or, for an
 * undefined value (empty `value`), the reason.
 */
export function buildReliabilityCsv(
  report: ReliabilityReport,
  names: ReportNames,
  options: CsvOptions = {},
): ExportOutput {
  const rows = report.codes.flatMap((code) => codeRows(report, code, names));
  if (report.pooled) rows.push(...pooledRows(report, names));
  return writeCsv(RELIABILITY_CSV_COLUMNS, rows, options);
}

/** A number as reports write it: at most six decimals, no exponent. */
export function formatReportNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';

  return String(Number(value.toFixed(6)));
}

function codeRows(
  report: ReliabilityReport,
  code: CodeReliability,
  names: ReportNames,
): string[][] {
  const { agreement } = code;
  const head = [code.codeId, names.nameCode(code.codeId)];
  const units = String(agreement.report.units);
  const pairable = String(agreement.report.pairableUnits);
  const prevalence = formatReportNumber(agreement.prevalence);
  const rows = STATISTIC_NAMES.map((name) => {
    const statistic = agreement.report.statistics[name];
    const flag = code.flags.find((each) => each.statistic === name);
    return [
      ...head,
      'all',
      name,
      ...statisticCells(statistic),
      units,
      pairable,
      prevalence,
      ...flagCells(statistic, flag),
    ];
  });
  for (const pair of agreement.pairs) {
    rows.push(...pairRows(report, pair, head, prevalence, names));
  }
  return rows;
}

function pairRows(
  report: ReliabilityReport,
  pair: PairAgreement,
  head: readonly string[],
  prevalence: string,
  names: ReportNames,
): string[][] {
  const coders = pair.coders
    .map((index) => names.nameCoder(report.coders[index]!))
    .join(' × ');
  const units = String(pair.units);
  const row = (statistic: string, cells: string[]) => [
    ...head,
    coders,
    statistic,
    ...cells,
    units,
    units,
    prevalence,
  ];
  const noPairs = 'no record was coded by both coders';
  return [
    row('percent_agreement', [
      formatReportNumber(pair.percentAgreement),
      '',
      '',
      '',
      '',
      pair.percentAgreement === null ? noPairs : '',
    ]),
    row('cohen_kappa', [
      ...statisticCells(pair.cohenKappa),
      ...flagCells(pair.cohenKappa, 'by-value'),
    ]),
    row('pabak', [
      formatReportNumber(pair.twoByTwo?.pabak),
      '',
      '',
      '',
      '',
      pair.twoByTwo === null ? noPairs : '',
    ]),
  ];
}

function pooledRows(report: ReliabilityReport, names: ReportNames): string[][] {
  const pooled = report.pooled!;
  const codes = String(pooled.codes);
  const row = (
    statistic: string,
    value: Statistic,
    note = '',
    flagged = true,
  ) => [
    '',
    POOLED_LABEL,
    'all',
    statistic,
    ...statisticCells(value),
    codes,
    '',
    '',
    ...flagCells(value, flagged ? 'by-value' : undefined, note),
  ];
  const rows = [
    row(
      'pooled_kappa_summed_tables',
      pooled.summedTables.kappa,
      "each pair's 2×2 tables summed over codes, then kappa",
    ),
    row(
      'alpha_over_record_code_units',
      pooled.alphaOverUnits,
      "Krippendorff's alpha over every record × code unit",
    ),
  ];
  for (const name of STATISTIC_NAMES) {
    const mean = pooled.meanOfCodes[name];
    rows.push(
      row(
        `mean_of_codes_${name}`,
        mean,
        mean.value === null
          ? ''
          : `mean over ${countOf(mean.codes, 'code')}; ${mean.undefinedCodes} ` +
              'undefined left out',
        name !== 'percent_agreement' && name !== 'scott_pi',
      ),
    );
  }
  for (const pair of pooled.summedTables.pairs) {
    const coders = pair.coders
      .map((index) => names.nameCoder(report.coders[index]!))
      .join(' × ');
    rows.push([
      '',
      POOLED_LABEL,
      coders,
      'pooled_kappa_summed_tables',
      ...statisticCells(pair.cohenKappa),
      String(pair.units),
      String(pair.units),
      '',
      ...flagCells(pair.cohenKappa, 'by-value'),
    ]);
  }
  return rows;
}

/** value, ci95_low, ci95_high, se */
function statisticCells(statistic: Statistic): string[] {
  return [
    formatReportNumber(statistic.value),
    formatReportNumber(statistic.ci95?.[0]),
    formatReportNumber(statistic.ci95?.[1]),
    formatReportNumber(statistic.se),
  ];
}

/**
 * flag, note. A per-code coefficient carries its own flag (or none, as
 * percent agreement); pair and pooled kappas are marked by the same
 * thresholds.
 */
function flagCells(
  statistic: Statistic,
  flag: AgreementFlag | undefined | 'by-value',
  note = '',
): string[] {
  if (statistic.value === null) {
    return ['', `undefined: ${statistic.reason ?? 'no value'}`];
  }
  if (flag === 'by-value') {
    return [flagLevelOf(statistic.value) ?? '', note];
  }
  return [flag?.level ?? '', flag?.explanation ?? note];
}
