import type { PooledAgreement } from './pooled-agreement';
import { flagLevelOf } from './flags';
import { listShownStatistics, STATISTIC_LABELS } from './labels';
import { describeCodeNotes } from './notes';
import { buildAlphaChartSvg } from './report-chart-svg';
import type { ReportNames } from './report-csv';
import { escapeHtml } from './report-html-escape';
import type { CodeReliability, ReliabilityReport } from './reliability';
import type { Statistic, StatisticName } from './types';
import { countOf } from '../scan/problems';

export type HtmlReportContext = ReportNames & {
  /** The project's name. */
  readonly project: string;
  readonly generatedAt: string;
  readonly generatedBy: string;
  /** Which records were compared, in words. */
  readonly scope: string;
};

/**
 * The reliability report as one printable, self-contained HTML page: no
 * script, no external resource (its own policy forbids both), every text
 * escaped. Per-code table with intervals and flags, the explanations and
 * undefined reasons, pooled values three ways, the coder-pair matrix and
 * an SVG chart of alpha per code.
 */
export function buildReliabilityHtml(
  report: ReliabilityReport,
  context: HtmlReportContext,
): string {
  const title = `Inter-coder agreement — ${context.project}`;
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    describeRun(report, context),
    `<h2>Per code</h2>`,
    codeTable(report, context),
    notesList(report, context),
    `<h2>Pooled across codes</h2>`,
    pooledList(report.pooled),
    `<h2>Coder pairs (Cohen's kappa, tables summed over codes)</h2>`,
    pairMatrix(report, context),
    `<h2>Krippendorff's alpha per code</h2>`,
    alphaChart(report, context),
  ];
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta http-equiv="Content-Security-Policy" content="default-src ' +
    "'none'; style-src 'unsafe-inline'\">" +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body>${body.join('\n')}</body></html>\n`
  );
}

const STYLE = [
  'body{font:13px/1.4 system-ui,sans-serif;color:#1d2330;margin:24px}',
  'table{border-collapse:collapse;margin:8px 0}',
  'th,td{border:1px solid #d5d9e0;padding:3px 6px;text-align:left}',
  'td.num{text-align:right;white-space:nowrap}',
  '.red{background:#fde7e5;color:#8c1d18}',
  '.amber{background:#fff4d6;color:#6b4a00}',
  '.undefined{color:#5f6b7a}',
  '.meta{color:#5f6b7a}',
  '@media print{body{margin:0}h2{break-after:avoid}}',
].join('');

function describeRun(
  report: ReliabilityReport,
  context: HtmlReportContext,
): string {
  const coders = report.coders.map(context.nameCoder).join(', ');
  const pairable = report.codes[0]?.agreement.report.pairableUnits ?? 0;
  const bootstrap = report.bootstrap
    ? `95% intervals: percentile bootstrap over records, ` +
      `${report.bootstrap.replicates} replicates, seed ` +
      `${report.bootstrap.seed}.`
    : 'No intervals were computed.';
  const lines = [
    `Generated ${context.generatedAt} by ${context.generatedBy}.`,
    `Coders: ${coders}. Scope: ${context.scope}.`,
    `Units: ${report.units} of ${report.recordsInScope} records in scope ` +
      `were marked done by at least one coder; ${pairable} by two or more.`,
    bootstrap,
    'Flags: red below 0.667, amber below 0.800 (Krippendorff 2004).',
  ];
  return lines
    .map((line) => `<p class="meta">${escapeHtml(line)}</p>`)
    .join('\n');
}

function codeTable(
  report: ReliabilityReport,
  context: HtmlReportContext,
): string {
  const shown = listShownStatistics(report.coders.length);
  const head = ['Code', 'Units (2+ coders)', 'Prevalence']
    .concat(shown.map((name) => STATISTIC_LABELS[name]))
    .map((label) => `<th>${escapeHtml(label)}</th>`)
    .join('');
  const rows = report.codes.map((code) => {
    const { report: agreement, prevalence } = code.agreement;
    const cells = shown.map((name) =>
      statisticCell(agreement.statistics[name], levelOf(code, name)),
    );
    return (
      `<tr><td>${escapeHtml(context.nameCode(code.codeId))}</td>` +
      `<td class="num">${agreement.pairableUnits}</td>` +
      `<td class="num">${escapeHtml(formatShare(prevalence))}</td>` +
      `${cells.join('')}</tr>`
    );
  });
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function levelOf(code: CodeReliability, name: StatisticName): string {
  return code.flags.find((flag) => flag.statistic === name)?.level ?? '';
}

function statisticCell(statistic: Statistic, level: string): string {
  if (statistic.value === null) {
    return `<td class="num undefined">—</td>`;
  }
  const interval = statistic.ci95
    ? ` [${statistic.ci95[0].toFixed(3)}, ${statistic.ci95[1].toFixed(3)}]`
    : '';
  const text = `${statistic.value.toFixed(3)}${interval}`;
  const className = level === '' ? 'num' : `num ${level}`;
  return `<td class="${className}">${escapeHtml(text)}</td>`;
}

function notesList(
  report: ReliabilityReport,
  context: HtmlReportContext,
): string {
  const shown = listShownStatistics(report.coders.length);
  const items = report.codes.flatMap((code) =>
    describeCodeNotes(code, shown).map(
      (note) => `${context.nameCode(code.codeId)}: ${note}`,
    ),
  );
  if (items.length === 0) return '<p>No coefficient is flagged.</p>';

  const list = items.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
  return `<h3>Notes</h3><ul>${list}</ul>`;
}

function pooledList(pooled: PooledAgreement | null): string {
  if (pooled === null) return '<p>No codes were compared.</p>';

  const alphaMean = pooled.meanOfCodes.krippendorff_alpha;
  const entries: [string, Statistic][] = [
    [
      "Pooled kappa from summed tables (each pair's 2×2 tables summed over " +
        'codes, then kappa)',
      pooled.summedTables.kappa,
    ],
    [
      `Mean of per-code alpha (over ${countOf(alphaMean.codes, 'code')}; ` +
        `${alphaMean.undefinedCodes} undefined left out)`,
      alphaMean,
    ],
    [
      "Krippendorff's alpha over all record × code units",
      pooled.alphaOverUnits,
    ],
  ];
  const items = entries.map(([label, statistic]) => {
    const interval = statistic.ci95
      ? ` [${statistic.ci95[0].toFixed(3)}, ${statistic.ci95[1].toFixed(3)}]`
      : '';
    const value =
      statistic.value === null
        ? `undefined — ${statistic.reason ?? ''}`
        : `${statistic.value.toFixed(3)}${interval}`;
    return `<li>${escapeHtml(`${label}: ${value}`)}</li>`;
  });
  return (
    `<ul>${items.join('')}</ul><p class="meta">` +
    'Pooled intervals, when computed, draw records jointly across codes; ' +
    'the mean of per-code values never has one.</p>'
  );
}

function pairMatrix(
  report: ReliabilityReport,
  context: HtmlReportContext,
): string {
  const pairs = report.pooled?.summedTables.pairs ?? [];
  const names = report.coders.map(context.nameCoder);
  const head = ['', ...names]
    .map((name) => `<th>${escapeHtml(name)}</th>`)
    .join('');
  const rows = names.map((name, row) => {
    const cells = names.map((_, column) => {
      if (row === column) return '<td class="num">—</td>';
      const pair = pairs.find(
        (each) =>
          each.coders[0] === Math.min(row, column) &&
          each.coders[1] === Math.max(row, column),
      );
      const kappa = pair?.cohenKappa ?? { value: null };
      return statisticCell(kappa, flagLevelOf(kappa.value) ?? '');
    });
    return `<tr><th>${escapeHtml(name)}</th>${cells.join('')}</tr>`;
  });
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function alphaChart(
  report: ReliabilityReport,
  context: HtmlReportContext,
): string {
  const points = report.codes.flatMap((code) => {
    const alpha = code.agreement.report.statistics.krippendorff_alpha;
    if (alpha.value === null) return [];
    return [
      {
        label: context.nameCode(code.codeId),
        value: alpha.value,
        ...(alpha.ci95 ? { ci95: alpha.ci95 } : {}),
      },
    ];
  });
  if (points.length === 0) {
    return '<p>Alpha is undefined for every code (see the notes).</p>';
  }
  return buildAlphaChartSvg(points);
}

function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}
