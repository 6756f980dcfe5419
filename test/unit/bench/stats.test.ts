import { describe, expect, it } from 'vitest';
import {
  median,
  pairedRatio,
  percentile,
  summarise,
} from '../../../scripts/bench/stats';

describe('summarise', () => {
  it('gives the middle sample of an odd count with the extremes', () => {
    expect(summarise([30, 10, 50, 20, 40])).toEqual({
      runs: 5,
      median: 30,
      min: 10,
      max: 50,
    });
  });

  it('averages the middle two samples of an even count', () => {
    expect(summarise([4, 1, 3, 2])).toEqual({
      runs: 4,
      median: 2.5,
      min: 1,
      max: 4,
    });
  });

  it('reports NaN throughout when nothing was measured', () => {
    const summary = summarise([]);
    expect(summary.runs).toBe(0);
    expect(summary.median).toBeNaN();
    expect(summary.min).toBeNaN();
    expect(summary.max).toBeNaN();
  });

  it('leaves the samples in their order', () => {
    const samples = [3, 1, 2];
    summarise(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('median', () => {
  it('is the single value of one sample', () => {
    expect(median([7])).toBe(7);
  });
});

describe('percentile', () => {
  const twenty = Array.from({ length: 20 }, (_, index) => 20 - index);

  it('takes the nearest rank: the 19th of 20 samples for p95', () => {
    expect(percentile(twenty, 95)).toBe(19);
  });

  it('gives the largest sample for p100 and the smallest for tiny p', () => {
    expect(percentile(twenty, 100)).toBe(20);
    expect(percentile(twenty, 0.1)).toBe(1);
  });

  it('gives the only sample of one', () => {
    expect(percentile([12.5], 95)).toBe(12.5);
  });

  it('is NaN for no samples', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});

describe('pairedRatio', () => {
  it('takes the median of the run-by-run ratios', () => {
    expect(pairedRatio([130, 240, 90], [100, 200, 100])).toBeCloseTo(1.2, 12);
  });

  it('differs from the ratio of medians when load shifts between runs', () => {
    const subject = [110, 330, 120];
    const baseline = [100, 300, 100];
    expect(pairedRatio(subject, baseline)).toBeCloseTo(1.1, 12);
    expect(median(subject) / median(baseline)).toBeCloseTo(1.2, 12);
  });

  it('pairs only as many runs as both have and skips empty baselines', () => {
    expect(pairedRatio([10, 20, 30], [0, 10])).toBe(2);
  });

  it('is NaN without a usable pair', () => {
    expect(pairedRatio([10], [])).toBeNaN();
  });
});
