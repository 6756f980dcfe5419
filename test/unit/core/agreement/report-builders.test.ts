import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildAlphaChartSvg,
  buildDisagreementLog,
  buildDisagreementQueue,
  buildReliabilityCsv,
  buildReliabilityHtml,
  computeReliability,
  escapeHtml,
  exportDisagreementLog,
  formatReportNumber,
  RELIABILITY_CSV_COLUMNS,
} from '../../../../src/core/agreement';
import type { CodeId } from '../../../../src/core/model/ids';
import { asCodeId } from '../../../../src/core/model/ids';
import {
  ANA,
  BEN,
  coding,
  decision,
  EQUITY,
  MEALS,
  NAMES,
  RECORDS,
  twoCoderCodings,
} from './layer-fixture';

const NEVER = asCodeId('99999999-9999-4999-8999-999999999999');

function fixtureReport(codes: readonly CodeId[] = [EQUITY, MEALS]) {
  return computeReliability({
    coders: [ANA, BEN],
    records: RECORDS,
    codes,
    codings: twoCoderCodings(),
    bootstrap: null,
  });
}

function parse(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  }).data;
}

describe('formatReportNumber', () => {
  it('writes at most six decimals and never an exponent', () => {
    expect(
      [0.1 + 0.2, 1e-7, -0.25, 1, null, undefined].map(formatReportNumber),
    ).toEqual(['0.3', '0', '-0.25', '1', '', '']);
  });
});

describe('buildReliabilityCsv', () => {
  it('writes one row per code × coefficient with its flag and note', () => {
    const report = fixtureReport();
    const rows = parse(buildReliabilityCsv(report, NAMES).text);
    const kappa = report.codes[0]!.agreement.report.statistics.cohen_kappa;
    const flag = report.codes[0]!.flags.find(
      (each) => each.statistic === 'cohen_kappa',
    )!;

    expect(rows[0]).toEqual([...RELIABILITY_CSV_COLUMNS]);
    expect(rows).toContainEqual([
      EQUITY,
      'Equity focus',
      'all',
      'cohen_kappa',
      '0.4',
      '',
      '',
      formatReportNumber(kappa.se),
      '10',
      '10',
      '0.45',
      'red',
      flag.explanation,
    ]);
    expect(rows).toContainEqual([
      EQUITY,
      'Equity focus',
      'all',
      'percent_agreement',
      '0.7',
      '',
      '',
      expect.any(String),
      '10',
      '10',
      '0.45',
      '',
      '',
    ]);
  });

  it('writes each pair and the pooled values, labelled', () => {
    const rows = parse(buildReliabilityCsv(fixtureReport(), NAMES).text);
    const statistic = (code: string, coders: string, name: string) =>
      rows.find(
        (row) => row[1] === code && row[2] === coders && row[3] === name,
      );

    expect(statistic('Equity focus', 'Ana × Ben', 'pabak')?.[4]).toBe('0.4');
    expect(
      statistic('All codes (pooled)', 'all', 'pooled_kappa_summed_tables'),
    ).toEqual([
      '',
      'All codes (pooled)',
      'all',
      'pooled_kappa_summed_tables',
      expect.any(String),
      '',
      '',
      expect.any(String),
      '2',
      '',
      '',
      'red',
      "each pair's 2×2 tables summed over codes, then kappa",
    ]);
    expect(
      statistic('All codes (pooled)', 'all', 'mean_of_codes_cohen_kappa')?.[4],
    ).toBe(formatReportNumber((0.4 + 0.16 / 0.26) / 2));
    expect(
      statistic('All codes (pooled)', 'all', 'alpha_over_record_code_units'),
    ).toBeDefined();
  });

  it('writes the pooled intervals where the report has them', () => {
    const report = computeReliability({
      coders: [ANA, BEN],
      records: RECORDS,
      codes: [EQUITY, MEALS],
      codings: twoCoderCodings(),
      bootstrap: { replicates: 200, seed: 5 },
    });
    const rows = parse(buildReliabilityCsv(report, NAMES).text);
    const pooled = (coders: string, name: string) =>
      rows.find(
        (row) =>
          row[1] === 'All codes (pooled)' &&
          row[2] === coders &&
          row[3] === name,
      )!;
    const { kappa, pairs } = report.pooled!.summedTables;
    const alpha = report.pooled!.alphaOverUnits;

    expect(pooled('all', 'pooled_kappa_summed_tables').slice(5, 7)).toEqual(
      kappa.ci95!.map(formatReportNumber),
    );
    expect(
      pooled('Ana × Ben', 'pooled_kappa_summed_tables').slice(5, 7),
    ).toEqual(pairs[0]!.cohenKappa.ci95!.map(formatReportNumber));
    expect(pooled('all', 'alpha_over_record_code_units').slice(5, 7)).toEqual(
      alpha.ci95!.map(formatReportNumber),
    );
    expect(pooled('all', 'mean_of_codes_cohen_kappa').slice(5, 7)).toEqual([
      '',
      '',
    ]);
    expect(
      buildReliabilityHtml(report, {
        ...NAMES,
        project: 'Pods',
        generatedAt: '2024-03-03',
        generatedBy: 'Lena',
        scope: 'all records',
      }),
    ).toContain(
      'Krippendorff&#39;s alpha over all record × code units: ' +
        `${alpha.value!.toFixed(3)} [${alpha.ci95![0].toFixed(3)}, ` +
        `${alpha.ci95![1].toFixed(3)}]`,
    );
  });

  it('leaves undefined values empty and gives the reason', () => {
    const rows = parse(buildReliabilityCsv(fixtureReport([NEVER]), NAMES).text);
    const alpha = rows.find(
      (row) => row[2] === 'all' && row[3] === 'krippendorff_alpha',
    )!;

    expect(alpha[4]).toBe('');
    expect(alpha[12]).toBe(
      'undefined: all pairable values are alike, so expected disagreement ' +
        'is 0 and alpha is 0/0',
    );
    expect(rows.flat().join()).not.toMatch(/NaN/);
  });

  it('neutralises names a spreadsheet would run as formulas', () => {
    const names = { ...NAMES, nameCode: () => '=HYPERLINK("x")' };
    const rows = parse(buildReliabilityCsv(fixtureReport(), names).text);

    expect(rows[1]![1]).toBe('\'=HYPERLINK("x")');
  });
});

describe('buildReliabilityHtml', () => {
  const hostile = {
    ...NAMES,
    nameCode: (id: CodeId) =>
      id === EQUITY ? '<script>alert(1)</script>' : 'Meals & "snacks"',
    nameCoder: () => "<img src=x onerror='x'>",
  };
  const html = buildReliabilityHtml(fixtureReport(), {
    ...hostile,
    project: 'Pods </title><script>',
    generatedAt: '2024-03-02T09:00:00.000Z',
    generatedBy: 'Lena',
    scope: 'all done records',
  });

  it('escapes every text and carries no script', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Meals &amp; &quot;snacks&quot;');
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    );
  });

  it('shows the values, flags, explanations and pooled values', () => {
    expect(html).toContain('<td class="num red">0.400</td>');
    expect(html).toContain('Coders differ on 30% of the records');
    expect(html).toContain(
      'Pooled kappa from summed tables (each pair&#39;s 2×2 tables summed ' +
        'over codes, then kappa): ',
    );
    expect(html).toContain(
      'Krippendorff&#39;s alpha over all record × code units: ',
    );
    expect(html).toContain('<svg');
  });
});

describe('buildAlphaChartSvg', () => {
  it('draws one dot per code, interval whiskers and both thresholds', () => {
    const svg = buildAlphaChartSvg([
      { label: 'A <b>', value: 0.9, ci95: [0.8, 0.95] },
      { label: 'B', value: 0.5 },
    ]);

    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg.match(/stroke-width="2"/g)).toHaveLength(1);
    expect(svg).toContain('>0.667</text>');
    expect(svg).toContain('>0.800</text>');
    expect(svg).toContain('A &lt;b&gt;');
  });
});

describe('escapeHtml', () => {
  it('replaces the five markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('disagreement log', () => {
  const queue = buildDisagreementQueue({
    coders: [ANA, BEN],
    records: RECORDS,
    codes: [EQUITY, MEALS],
    codings: [...twoCoderCodings(), coding(ANA, 11, [])],
  });
  const consensus = [
    decision(4, EQUITY, 'present', 'Scholarships count as equity.'),
    decision(6, EQUITY, 'needs_work', 'Definition silent on sliding fees.'),
  ];

  it('counts decisions per code and keeps the rationales', () => {
    const [equity, meals] = buildDisagreementLog(queue, consensus);

    expect(equity).toMatchObject({
      codeId: EQUITY,
      disagreements: 3,
      decidedPresent: 1,
      decidedAbsent: 0,
      needsWork: 1,
      pending: 1,
    });
    expect(equity!.decided.map((item) => item.decision.rationale)).toEqual([
      'Scholarships count as equity.',
      'Definition silent on sliding fees.',
    ]);
    expect(meals).toMatchObject({ disagreements: 1, pending: 1 });
  });

  it('exports a code row with counts and a row per decision', () => {
    const log = buildDisagreementLog(queue, consensus);
    const rows = parse(exportDisagreementLog(log, NAMES).text);

    expect(rows.slice(1)).toEqual([
      [
        'code',
        EQUITY,
        'Equity focus',
        '3',
        '1',
        '0',
        '1',
        '1',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'decision',
        EQUITY,
        'Equity focus',
        '',
        '',
        '',
        '',
        '',
        'P-4',
        'Ana: present; Ben: absent',
        'present',
        'Scholarships count as equity.',
        'Lena',
        '2024-03-02T09:00:00.000Z',
      ],
      [
        'decision',
        EQUITY,
        'Equity focus',
        '',
        '',
        '',
        '',
        '',
        'P-6',
        'Ana: absent; Ben: present',
        'needs_work',
        'Definition silent on sliding fees.',
        'Lena',
        '2024-03-02T09:00:00.000Z',
      ],
      ['code', MEALS, 'Meals', '1', '0', '0', '0', '1', '', '', '', '', '', ''],
    ]);
  });
});
