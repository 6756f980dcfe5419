import { describe, expect, it } from 'vitest';
import {
  computeAgreement,
  computeCountAgreement,
  ratingMatrixFromRows,
  STATISTIC_NAMES,
  type AgreementReport,
} from '../../../../src/core/agreement';

const _ = null;

function expectNoNaN(report: AgreementReport): void {
  for (const name of STATISTIC_NAMES) {
    const { value, se, reason } = report.statistics[name];
    if (value === null) {
      expect(reason, name).toMatch(/\w/);
    } else {
      expect(Number.isFinite(value), name).toBe(true);
    }
    if (se !== undefined) expect(Number.isFinite(se), name).toBe(true);
  }
}

describe('undefined statistics', () => {
  it('says why kappa-type coefficients fail when every unit is in one category', () => {
    const report = computeAgreement(
      ratingMatrixFromRows(
        [
          [0, 0, 0, 0],
          [0, 0, 0, 0],
        ],
        2,
      ),
    );
    const { statistics } = report;

    for (const name of [
      'cohen_kappa',
      'scott_pi',
      'fleiss_kappa',
      'conger_kappa',
    ] as const) {
      expect(statistics[name]).toEqual({
        value: null,
        reason: expect.stringContaining('chance agreement is 1') as string,
      });
    }
    expect(statistics.krippendorff_alpha.value).toBeNull();
    expect(statistics.krippendorff_alpha.reason).toContain(
      'expected disagreement is 0',
    );
    // AC1 and Brennan–Prediger keep a defined value by design.
    expect(statistics.gwet_ac1.value).toBe(1);
    expect(statistics.brennan_prediger.value).toBe(1);
    expect(statistics.percent_agreement.value).toBe(1);
    expectNoNaN(report);
  });

  it('says there is nothing to compare when no unit has two coders', () => {
    const report = computeAgreement(
      ratingMatrixFromRows(
        [
          [0, _, 1, _],
          [_, 1, _, 0],
        ],
        2,
      ),
    );

    expect(report.pairableUnits).toBe(0);
    for (const name of STATISTIC_NAMES) {
      expect(report.statistics[name].value, name).toBeNull();
      expect(report.statistics[name].reason, name).toMatch(
        /no unit was coded by two or more coders/,
      );
    }
  });

  it('handles data with no ratings at all', () => {
    const report = computeAgreement(
      ratingMatrixFromRows(
        [
          [_, _, _],
          [_, _, _],
          [_, _, _],
        ],
        3,
      ),
    );

    expect(report.pairableUnits).toBe(0);
    expect(report.units).toBe(3);
    expect(report.statistics.conger_kappa.reason).toMatch(/two coders/);
    expectNoNaN(report);
  });

  it('limits Cohen and Scott to exactly two coders and names the count', () => {
    const report = computeAgreement(
      ratingMatrixFromRows(
        [
          [0, 1],
          [0, 1],
          [0, 1],
        ],
        2,
      ),
    );

    expect(report.statistics.cohen_kappa.value).toBeNull();
    expect(report.statistics.cohen_kappa.reason).toContain('the data has 3');
    expect(report.statistics.scott_pi.value).toBeNull();
    expect(report.statistics.fleiss_kappa.value).toBe(1);
  });

  it('leaves coder-specific coefficients undefined for count tables', () => {
    const report = computeCountAgreement({
      unitCount: 2,
      categoryCount: 2,
      counts: Int32Array.from([3, 0, 1, 2]),
    });

    for (const name of ['cohen_kappa', 'scott_pi', 'conger_kappa'] as const) {
      expect(report.statistics[name].value).toBeNull();
      expect(report.statistics[name].reason).toContain('count table');
    }
    expect(report.statistics.fleiss_kappa.value).not.toBeNull();
  });

  it('leaves AC1 and Brennan–Prediger undefined on a one-category scale', () => {
    const report = computeAgreement(
      ratingMatrixFromRows(
        [
          [0, 0],
          [0, 0],
        ],
        1,
      ),
    );

    expect(report.statistics.gwet_ac1.reason).toContain('only one category');
    expect(report.statistics.brennan_prediger.value).toBeNull();
    expect(report.statistics.percent_agreement.value).toBe(1);
  });

  it('omits a standard error that needs two units', () => {
    const report = computeAgreement(
      ratingMatrixFromRows(
        [
          [0, 1],
          [1, 1],
        ],
        2,
      ),
    );

    expect(report.pairableUnits).toBe(2);
    const single = computeAgreement(ratingMatrixFromRows([[0], [0]], 2));
    expect(single.statistics.percent_agreement).toEqual({ value: 1 });
  });
});
