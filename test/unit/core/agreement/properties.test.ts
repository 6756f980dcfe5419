import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeAgreement,
  ratingMatrixFromRows,
  selectCoders,
  selectUnits,
  STATISTIC_NAMES,
  type AgreementOptions,
  type AgreementReport,
} from '../../../../src/core/agreement';

const CATEGORIES = 3;
const POSITIONS = [1, 2, 3];

/** Reliability data: 2–5 coders × 1–12 units, about 20% missing. */
const reliabilityData = fc
  .record({
    coders: fc.integer({ min: 2, max: 5 }),
    units: fc.integer({ min: 1, max: 12 }),
  })
  .chain(({ coders, units }) =>
    fc.array(
      fc.array(
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 4, arbitrary: fc.integer({ min: 0, max: CATEGORIES - 1 }) },
        ),
        { minLength: units, maxLength: units },
      ),
      { minLength: coders, maxLength: coders },
    ),
  );

const optionsArbitrary: fc.Arbitrary<AgreementOptions> = fc.record({
  positions: fc.constant(POSITIONS),
  level: fc.constantFrom('nominal', 'ordinal', 'interval', 'ratio'),
  weights: fc.constantFrom(undefined, 'identity', 'linear', 'quadratic'),
});

function values(report: AgreementReport): (number | null)[] {
  return STATISTIC_NAMES.map((name) => report.statistics[name].value);
}

function expectSameValues(a: AgreementReport, b: AgreementReport): void {
  values(a).forEach((value, index) => {
    const other = values(b)[index]!;
    if (value === null) expect(other).toBeNull();
    else expect(other).toBeCloseTo(value, 10);
  });
}

describe('agreement properties', () => {
  it('gives 1 for perfect agreement wherever a coefficient is defined', () => {
    fc.assert(
      fc.property(reliabilityData, optionsArbitrary, (rows, options) => {
        // Every coder who rates a unit gives it the first coder's value
        // (or category 0 when the first coder left it missing).
        const perfect = rows.map((row) =>
          row.map((value, unit) =>
            value === null ? null : (rows[0]![unit] ?? 0),
          ),
        );
        const report = computeAgreement(
          ratingMatrixFromRows(perfect, CATEGORIES),
          options,
        );
        for (const value of values(report)) {
          if (value !== null) expect(value).toBeCloseTo(1, 10);
        }
      }),
    );
  });

  it('does not depend on the order of the coders', () => {
    fc.assert(
      fc.property(
        reliabilityData,
        optionsArbitrary,
        fc.integer(),
        (rows, options, seed) => {
          const matrix = ratingMatrixFromRows(rows, CATEGORIES);
          const order = rows.map((_, coder) => coder);
          const shuffled = [...order].sort(
            (a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13),
          );
          expectSameValues(
            computeAgreement(matrix, options),
            computeAgreement(selectCoders(matrix, shuffled), options),
          );
        },
      ),
    );
  });

  it('does not change when a unit nobody coded is added', () => {
    fc.assert(
      fc.property(reliabilityData, optionsArbitrary, (rows, options) => {
        const withEmpty = rows.map((row) => [...row, null]);
        const bootstrap = { replicates: 30, seed: 7 };
        const before = computeAgreement(
          ratingMatrixFromRows(rows, CATEGORIES),
          { ...options, bootstrap },
        );
        const after = computeAgreement(
          ratingMatrixFromRows(withEmpty, CATEGORIES),
          { ...options, bootstrap },
        );
        expect(after.statistics).toEqual(before.statistics);
        expect(after.units).toBe(before.units + 1);
      }),
    );
  });

  it('does not depend on the order of the units', () => {
    fc.assert(
      fc.property(reliabilityData, optionsArbitrary, (rows, options) => {
        const matrix = ratingMatrixFromRows(rows, CATEGORIES);
        const reversed = Array.from(
          { length: matrix.unitCount },
          (_, unit) => matrix.unitCount - 1 - unit,
        );
        expectSameValues(
          computeAgreement(matrix, options),
          computeAgreement(selectUnits(matrix, reversed), options),
        );
      }),
    );
  });

  it('never returns NaN: a value is a finite number or null with a reason', () => {
    fc.assert(
      fc.property(reliabilityData, optionsArbitrary, (rows, options) => {
        const report = computeAgreement(
          ratingMatrixFromRows(rows, CATEGORIES),
          options,
        );
        for (const name of STATISTIC_NAMES) {
          const { value, se, reason } = report.statistics[name];
          if (value === null) expect(reason).toBeTruthy();
          else expect(Number.isFinite(value)).toBe(true);
          if (se !== undefined) expect(Number.isFinite(se)).toBe(true);
        }
      }),
    );
  });
});
