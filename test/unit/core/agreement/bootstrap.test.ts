import { describe, expect, it } from 'vitest';
import {
  computeAgreement,
  ratingMatrixFromRows,
} from '../../../../src/core/agreement';

const A = [1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1];
const B = [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1];
const MATRIX = ratingMatrixFromRows([A, B], 2);

describe('bootstrap intervals', () => {
  it('are the same for the same seed and differ for another', () => {
    const run = (seed: number) =>
      computeAgreement(MATRIX, { bootstrap: { replicates: 200, seed } })
        .statistics.cohen_kappa.ci95;

    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('bracket the estimate with a width near ±1.96 standard errors', () => {
    const { cohen_kappa: kappa } = computeAgreement(MATRIX, {
      bootstrap: { replicates: 2000, seed: 1 },
    }).statistics;
    const [low, high] = kappa.ci95!;

    expect(low).toBeLessThan(kappa.value!);
    expect(high).toBeGreaterThan(kappa.value!);
    expect((high - low) / (2 * 1.96 * kappa.se!)).toBeGreaterThan(0.7);
    expect((high - low) / (2 * 1.96 * kappa.se!)).toBeLessThan(1.3);
  });

  it('are omitted where most replicates leave a coefficient undefined', () => {
    // One unit in "present" among 30 "absent": most resamples lose it.
    const rare = [...Array.from({ length: 30 }, () => 0), 1];
    const report = computeAgreement(ratingMatrixFromRows([rare, rare], 2), {
      bootstrap: { replicates: 200, seed: 3 },
    });

    expect(report.statistics.cohen_kappa.value).toBe(1);
    expect(report.statistics.cohen_kappa.ci95).toBeUndefined();
    expect(report.statistics.percent_agreement.ci95).toEqual([1, 1]);
  });
});
