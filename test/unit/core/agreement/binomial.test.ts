import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import {
  drawBinomial,
  drawMultinomial,
  drawUniform,
  logFactorial,
} from '../../../../src/core/agreement/binomial';
import {
  computeAgreement,
  ratingMatrixFromRows,
} from '../../../../src/core/agreement';

function moments(draw: () => number, count: number) {
  let sum = 0;
  let squares = 0;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < count; i += 1) {
    const value = draw();
    sum += value;
    squares += value * value;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const mean = sum / count;
  return { mean, variance: squares / count - mean * mean, low, high };
}

describe('drawUniform', () => {
  it('stays in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = xoroshiro128plus(7);
    const { mean, variance, low, high } = moments(
      () => drawUniform(rng),
      100_000,
    );

    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 2);
  });
});

describe('drawBinomial', () => {
  // Mean n·p and variance n·p·q; 40,000 draws keep the sampling error of
  // the mean under 1% of the standard deviation times 2.5.
  it.each([
    { trials: 40, probability: 0.1, method: 'inversion' },
    { trials: 1_000, probability: 0.3, method: 'rejection' },
    { trials: 100_000, probability: 0.02, method: 'rejection' },
    { trials: 500, probability: 0.9, method: 'rejection, mirrored' },
  ])(
    'has mean n·p and variance n·p·q by $method ($trials, $probability)',
    ({ trials, probability }) => {
      const rng = xoroshiro128plus(11);
      const draws = 40_000;
      const { mean, variance, low, high } = moments(
        () => drawBinomial(rng, trials, probability),
        draws,
      );
      const expectedVariance = trials * probability * (1 - probability);

      expect(low).toBeGreaterThanOrEqual(0);
      expect(high).toBeLessThanOrEqual(trials);
      expect(
        Math.abs(mean - trials * probability) /
          Math.sqrt(expectedVariance / draws),
      ).toBeLessThan(4);
      expect(variance / expectedVariance).toBeGreaterThan(0.95);
      expect(variance / expectedVariance).toBeLessThan(1.05);
    },
  );

  it('gives the exact probabilities of a small case', () => {
    // Binomial(3, 0.25): 27/64, 27/64, 9/64, 1/64.
    const rng = xoroshiro128plus(5);
    const counts = [0, 0, 0, 0];
    const draws = 64_000;
    for (let i = 0; i < draws; i += 1) {
      const value = drawBinomial(rng, 3, 0.25);
      counts[value] = counts[value]! + 1;
    }

    expect(counts.map((count) => count / draws)).toEqual([
      expect.closeTo(27 / 64, 2),
      expect.closeTo(27 / 64, 2),
      expect.closeTo(9 / 64, 2),
      expect.closeTo(1 / 64, 2),
    ]);
  });

  it('returns the bounds for probability 0 and 1 and for no trials', () => {
    const rng = xoroshiro128plus(1);

    expect(drawBinomial(rng, 10, 0)).toBe(0);
    expect(drawBinomial(rng, 10, 1)).toBe(10);
    expect(drawBinomial(rng, 0, 0.5)).toBe(0);
  });
});

describe('drawMultinomial', () => {
  it('spreads every trial over the weighted categories', () => {
    const rng = xoroshiro128plus(3);
    const weights = Float64Array.from([5, 0, 15, 80]);
    const into = new Float64Array(4);
    const totals = [0, 0, 0, 0];
    for (let i = 0; i < 2_000; i += 1) {
      drawMultinomial(rng, 100, weights, into);
      expect(into.reduce((sum, count) => sum + count, 0)).toBe(100);
      into.forEach((count, index) => {
        totals[index] = totals[index]! + count;
      });
    }

    expect(totals[1]).toBe(0);
    expect(totals.map((total) => total / 200_000)).toEqual([
      expect.closeTo(0.05, 2),
      0,
      expect.closeTo(0.15, 2),
      expect.closeTo(0.8, 2),
    ]);
  });
});

describe('logFactorial', () => {
  it('matches the sum of logarithms beyond its table', () => {
    let exact = 0;
    for (let k = 2; k <= 1_000; k += 1) exact += Math.log(k);

    expect(logFactorial(1_000)).toBeCloseTo(exact, 9);
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
  });
});

describe('profile bootstrap', () => {
  const A = [1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1];
  const B = [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1];
  const matrix = ratingMatrixFromRows([A, B], 2);
  const interval = (draw: 'units' | 'profiles') =>
    computeAgreement(matrix, {
      bootstrap: { replicates: 4_000, seed: 9, draw },
    }).statistics.cohen_kappa.ci95!;

  it('gives the same intervals as drawing unit by unit, up to noise', () => {
    const byUnits = interval('units');
    const byProfiles = interval('profiles');

    expect(byProfiles[0]).toBeCloseTo(byUnits[0], 1);
    expect(byProfiles[1]).toBeCloseTo(byUnits[1], 1);
  });

  it('is deterministic for a seed', () => {
    expect(interval('profiles')).toEqual(interval('profiles'));
  });
});
