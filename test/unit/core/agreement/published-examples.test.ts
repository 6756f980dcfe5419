import { describe, expect, it } from 'vitest';
import {
  computeAgreement,
  computeCountAgreement,
} from '../../../../src/core/agreement';
import { DIAGNOSES, IRRCAC_DATASETS } from './irrcac-datasets';
import {
  expectPublished,
  expectStatistic,
  expectStatistics,
  matrixFromTable,
  matrixFromValues,
} from './published';

const _ = null;
const RANKS_1_TO_5 = [1, 2, 3, 4, 5];

function countTable(rows: readonly (readonly number[])[]) {
  return {
    unitCount: rows.length,
    categoryCount: rows[0]!.length,
    counts: Int32Array.from(rows.flat()),
  };
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
// section C: 4 observers × 12 units, values 1–5, missing data.
const KRIPPENDORFF_2011 = matrixFromValues(
  [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ],
  RANKS_1_TO_5,
);

// Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., p. 120; the
// irrCAC dataset cac.raw4raters (the same ratings as Krippendorff 2011,
// with the lone rating of unit 12 given by rater 3).
const CAC_RAW_4_RATERS = matrixFromValues(
  [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, _],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ],
  RANKS_1_TO_5,
);

describe("Fleiss' kappa", () => {
  it("gives 0.210 on Wikipedia's worked example (10 subjects, 14 raters)", () => {
    // Wikipedia, "Fleiss' kappa", Worked example: P̄ = 0.378, κ = 0.210.
    const report = computeCountAgreement(
      countTable([
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
      ]),
    );

    expectPublished(report.statistics.fleiss_kappa.value, '0.210');
    expectPublished(report.statistics.percent_agreement.value, '0.378');
    expect(report.coders).toBe(14);
  });

  it('gives 0.4302445 on the diagnoses data of Fleiss (1971)', () => {
    // R irr: kappam.fleiss(diagnoses) = 0.4302445 (30 patients, 6 raters,
    // 5 diagnoses), as quoted in statsmodels' test_inter_rater.py.
    expectPublished(
      computeAgreement(DIAGNOSES).statistics.fleiss_kappa.value,
      '0.4302445',
    );
  });
});

describe("Conger's kappa", () => {
  it('gives 0.442 on the diagnoses data', () => {
    // R irr documentation: kappam.fleiss(diagnoses, exact = TRUE), which
    // computes Conger's (1980) exact kappa, prints Kappa = 0.442.
    expectPublished(
      computeAgreement(DIAGNOSES).statistics.conger_kappa.value,
      '0.442',
    );
  });
});

describe("Krippendorff's alpha", () => {
  it('reproduces Krippendorff (2011) at all four levels', () => {
    // Krippendorff (2011), sections C–F: nominal .743, ordinal .815,
    // interval .849, ratio .797.
    const expected = {
      nominal: '0.743',
      ordinal: '0.815',
      interval: '0.849',
      ratio: '0.797',
    } as const;
    for (const [level, value] of Object.entries(expected)) {
      const report = computeAgreement(KRIPPENDORFF_2011, {
        level: level as keyof typeof expected,
        positions: RANKS_1_TO_5,
      });
      expectPublished(report.statistics.krippendorff_alpha.value, value);
    }
  });

  it("gives 0.691 on Wikipedia's computational example", () => {
    // Wikipedia, "Krippendorff's alpha", A computational example (3 coders,
    // 15 units): nominal α = 0.691; interval α = 0.810845 per the test
    // suite of the Python package krippendorff (Castro 2017).
    const matrix = matrixFromValues(
      [
        [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
        [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
        [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
      ],
      [1, 2, 3, 4],
    );
    const nominal = computeAgreement(matrix, { positions: [1, 2, 3, 4] });
    const interval = computeAgreement(matrix, {
      positions: [1, 2, 3, 4],
      level: 'interval',
    });

    expectPublished(nominal.statistics.krippendorff_alpha.value, '0.691');
    expectPublished(interval.statistics.krippendorff_alpha.value, '0.810845');
  });
});

describe("Cohen's kappa", () => {
  it("gives 0.40 on Wikipedia's 50-proposal example", () => {
    // Wikipedia, "Cohen's kappa", Simple example: po = 0.7, pe = 0.5.
    const report = computeAgreement(
      matrixFromTable([
        [20, 5],
        [10, 15],
      ]),
    );

    expectPublished(report.statistics.cohen_kappa.value, '0.40');
    expectPublished(report.statistics.percent_agreement.value, '0.7');
  });

  it("shows Wikipedia's 'same percentages, different kappa' tables", () => {
    // Wikipedia, "Cohen's kappa": both tables have po = 0.60, yet
    // κ = 0.1304 and κ = 0.2593.
    const first = computeAgreement(
      matrixFromTable([
        [45, 15],
        [25, 15],
      ]),
    );
    const second = computeAgreement(
      matrixFromTable([
        [25, 35],
        [5, 35],
      ]),
    );

    expectPublished(first.statistics.cohen_kappa.value, '0.1304');
    expectPublished(second.statistics.cohen_kappa.value, '0.2593');
  });

  it('matches the SAS PROC FREQ printout for simple and weighted kappa', () => {
    // SAS example output as reproduced in statsmodels' test_inter_rater.py:
    // simple kappa 0.4842 (ASE 0.1380); weighted kappa with
    // Cicchetti–Allison (linear) weights 0.4701 (ASE 0.1457).
    const matrix = matrixFromTable([
      [0, 4, 1],
      [0, 8, 0],
      [0, 1, 5],
    ]);
    const simple = computeAgreement(matrix).statistics.cohen_kappa;
    const weighted = computeAgreement(matrix, {
      weights: 'linear',
      positions: [0, 1, 2],
    }).statistics.cohen_kappa;

    expectStatistic(simple, '0.4842', '0.1380');
    expectStatistic(weighted, '0.4701', '0.1457');
  });

  it('matches R irr kappa2 on the anxiety ratings, unweighted and weighted', () => {
    // R irr: kappa2(anxiety[, 2:3]) = -0.006289308, "equal" 0.1459075,
    // "squared" 0.2520325 (as quoted in statsmodels' tests). irr places
    // the observed levels 1, 2, 3, 4, 6 at equal steps, hence ranks.
    const rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
    const rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
    const matrix = matrixFromValues([rater2, rater3], [1, 2, 3, 4, 6]);
    const kappa = (weights?: 'linear' | 'quadratic') =>
      computeAgreement(matrix, {
        positions: RANKS_1_TO_5,
        ...(weights ? { weights } : {}),
      }).statistics.cohen_kappa.value;

    expectPublished(kappa(), '-0.006289308');
    expectPublished(kappa('linear'), '0.1459075');
    expectPublished(kappa('quadratic'), '0.2520325');
  });
});

describe('two-coder coefficients on a contingency table', () => {
  it("match Gwet's irrCAC README for cont3x3abstractors", () => {
    // irrCAC README (Gwet): kappa2.table 0.7964094 (se 0.05891072),
    // scott2.table 0.7962397 (se 0.05905473), gwet.ac1.table 0.8493305,
    // bp2.table 0.835, krippen2.table 0.7972585, pa2.table 0.89.
    const { statistics } = computeAgreement(
      matrixFromTable([
        [13, 0, 0],
        [0, 20, 7],
        [0, 4, 56],
      ]),
    );

    expectStatistic(statistics.cohen_kappa, '0.7964094', '0.05891072');
    expectStatistic(statistics.scott_pi, '0.7962397', '0.05905473');
    expectPublished(statistics.gwet_ac1.value, '0.8493305');
    expectPublished(statistics.brennan_prediger.value, '0.835');
    expectPublished(statistics.krippendorff_alpha.value, '0.7972585');
    expectPublished(statistics.percent_agreement.value, '0.89');
  });
});

describe('multi-coder coefficients with missing ratings (Gwet 2014)', () => {
  it('match the irrCAC README for cac.raw4raters, with standard errors', () => {
    // irrCAC README: pa 0.8181818 (se 0.12561), AC1 0.77544 (0.14295),
    // Fleiss 0.76117 (0.15302), alpha 0.74342 (0.14557), Conger 0.76282
    // (0.14917), Brennan–Prediger 0.77273 (0.14472).
    const { statistics } = computeAgreement(CAC_RAW_4_RATERS);

    expectStatistic(statistics.percent_agreement, '0.8181818', '0.12561');
    expectStatistic(statistics.gwet_ac1, '0.77544', '0.14295');
    expectStatistic(statistics.fleiss_kappa, '0.76117', '0.15302');
    expectStatistic(statistics.krippendorff_alpha, '0.74342', '0.14557');
    expectStatistic(statistics.conger_kappa, '0.76282', '0.14917');
    expectStatistic(statistics.brennan_prediger, '0.77273', '0.14472');
  });

  it('match irrCAC with linear and quadratic weights on cac.raw4raters', () => {
    // irrCAC outputs to 3 decimals as asserted by the Python port's test
    // suite (afergadis/irrCAC, tests/raw): value and standard error.
    const expected = {
      linear: {
        percent_agreement: ['0.939'],
        fleiss_kappa: ['0.818', '0.149'],
        conger_kappa: ['0.814', '0.145'],
        krippendorff_alpha: ['0.800', '0.135'],
        gwet_ac1: ['0.859', '0.117'],
        brennan_prediger: ['0.848', '0.123'],
      },
      quadratic: {
        percent_agreement: ['0.975'],
        fleiss_kappa: ['0.865', '0.146'],
        conger_kappa: ['0.858', '0.144'],
        krippendorff_alpha: ['0.849', '0.129'],
        gwet_ac1: ['0.914', '0.104'],
        brennan_prediger: ['0.902', '0.111'],
      },
    } as const;
    for (const [weights, values] of Object.entries(expected)) {
      const { statistics } = computeAgreement(CAC_RAW_4_RATERS, {
        weights: weights as 'linear' | 'quadratic',
        positions: RANKS_1_TO_5,
      });
      expectStatistics(statistics, values);
    }
  });

  it.each(IRRCAC_DATASETS)('match irrCAC on $name', ({ matrix, expected }) => {
    expectStatistics(computeAgreement(matrix).statistics, expected);
  });
});

describe('count tables (distribution of raters by subject)', () => {
  it('match the irrCAC README for distrib.6raters (Fleiss 1971)', () => {
    // irrCAC README: gwet.ac1.dist 0.4448007 (se 0.08418757),
    // fleiss.kappa.dist 0.4139265 (0.08119291), krippen.alpha.dist
    // 0.4204384, bp.coeff.dist 0.4388889 (0.08312142), pa 0.5511111.
    const { statistics } = computeCountAgreement(
      countTable([
        [0, 0, 0, 6, 0],
        [0, 3, 0, 0, 3],
        [0, 1, 4, 0, 1],
        [0, 0, 0, 0, 6],
        [0, 3, 0, 3, 0],
        [2, 0, 4, 0, 0],
        [0, 0, 4, 0, 2],
        [2, 0, 3, 1, 0],
        [2, 0, 0, 4, 0],
        [0, 0, 0, 0, 6],
        [1, 0, 0, 5, 0],
        [1, 1, 0, 4, 0],
        [0, 3, 3, 0, 0],
        [1, 0, 0, 5, 0],
        [0, 2, 0, 3, 1],
      ]),
    );

    expectStatistic(statistics.gwet_ac1, '0.4448007', '0.08418757');
    expectStatistic(statistics.fleiss_kappa, '0.4139265', '0.08119291');
    expectPublished(statistics.krippendorff_alpha.value, '0.4204384');
    expectStatistic(statistics.brennan_prediger, '0.4388889', '0.08312142');
    expectPublished(statistics.percent_agreement.value, '0.5511111');
  });
});

describe('2×2 indices (Byrt, Bishop & Carlin 1993)', () => {
  it('satisfy κ = (PABAK − PI² + BI²) / (1 − PI² + BI²)', () => {
    // Byrt et al. (1993), eq. for kappa in terms of PABAK, the prevalence
    // index PI and the bias index BI; Wikipedia's tables as data.
    for (const table of [
      [
        [20, 5],
        [10, 15],
      ],
      [
        [45, 15],
        [25, 15],
      ],
      [
        [25, 35],
        [5, 35],
      ],
    ]) {
      const report = computeAgreement(matrixFromTable(table));
      const { prevalenceIndex: pi, biasIndex: bi, pabak } = report.twoByTwo!;
      const kappa = (pabak - pi ** 2 + bi ** 2) / (1 - pi ** 2 + bi ** 2);

      expect(report.statistics.cohen_kappa.value).toBeCloseTo(kappa, 12);
    }
  });

  it('computes PI, BI and PABAK with category 1 as "yes"', () => {
    // Table [[d, c], [b, a]] with categories 0 = no, 1 = yes: a = 15 both
    // yes, d = 45 both no, b = 25 (first yes, second no), c = 15.
    const report = computeAgreement(
      matrixFromTable([
        [45, 15],
        [25, 15],
      ]),
    );

    expect(report.twoByTwo).toEqual({
      prevalenceIndex: -0.3,
      biasIndex: 0.1,
      pabak: expect.closeTo(0.2, 12) as number,
    });
  });
});
