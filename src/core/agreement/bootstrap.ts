import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { drawMultinomial } from './binomial';
import type { BootstrapOptions } from './types';
import { reweightTally, type UnitTally } from './unit-tally';

/** Defaults for interactive use: 1,000 replicates, a fixed seed. */
export const DEFAULT_BOOTSTRAP: BootstrapOptions = {
  replicates: 1000,
  seed: 20201101,
};

/**
 * A replicate needs this share of defined values for an interval; below
 * it the resampled data too often lose the variation the coefficient
 * needs, and an interval over the rest would mislead.
 */
const MIN_DEFINED_SHARE = 0.9;

/**
 * Seeded nonparametric bootstrap over units (Efron & Tibshirani 1993,
 * percentile method): each replicate draws as many units as were rated,
 * with replacement, and re-evaluates every statistic. Units nobody rated
 * are not drawn, so adding them changes nothing. Deterministic for a seed
 * (xoroshiro128+ from pure-rand).
 *
 * `evaluate` returns one value per statistic, NaN where undefined.
 * Returns per statistic the 2.5% and 97.5% percentiles (R type 7), or
 * null when fewer than 90% of replicates were defined.
 */
export function bootstrapIntervals(
  tally: UnitTally,
  evaluate: (replicate: UnitTally) => Float64Array,
  options: BootstrapOptions,
): (readonly [number, number] | null)[] {
  const eligible = eligibleProfiles(tally);
  const draws = eligible.length;
  const rng = xoroshiro128plus(options.seed);
  const weight = new Float64Array(tally.profileCount);
  const samples: number[][] = [];

  const eligibleWeight = Float64Array.from(tally.weight, (count, profile) =>
    tally.totals[profile]! > 0 ? count : 0,
  );

  for (let replicate = 0; replicate < options.replicates; replicate += 1) {
    if (options.draw === 'profiles') {
      drawMultinomial(rng, draws, eligibleWeight, weight);
    } else {
      weight.fill(0);
      for (let draw = 0; draw < draws; draw += 1) {
        const profile = eligible[drawIndex(rng, draws)]!;
        weight[profile] = weight[profile]! + 1;
      }
    }
    const values = evaluate(reweightTally(tally, weight));
    values.forEach((value, index) => {
      samples[index] ??= [];
      if (Number.isFinite(value)) samples[index].push(value);
    });
  }

  return summariseSamples(samples, options.replicates, draws);
}

/**
 * Percentile intervals from each statistic's defined replicate values:
 * null when fewer than 90% of `replicates` were defined or when a
 * replicate drew at most one unit (every replicate is then the data).
 */
export function summariseSamples(
  samples: readonly (readonly number[])[],
  replicates: number,
  draws: number,
): (readonly [number, number] | null)[] {
  return samples.map((values) =>
    values.length > 0 &&
    values.length >= MIN_DEFINED_SHARE * replicates &&
    draws > 1
      ? percentileInterval(values)
      : null,
  );
}

/**
 * Uniform integer in [0, size) for size ≤ 2^32: rejection below the
 * largest multiple of size, the same draw as pure-rand's `uniformInt`
 * without its per-call range handling (this loop runs units × replicates
 * times). The remainder is taken with floor division, which is exact
 * below 2^32 and avoids V8's slow floating-point `%`.
 */
export function drawIndex(rng: RandomGenerator, size: number): number {
  const limit = Math.floor(0x100000000 / size) * size;
  let value = rng.next() + 0x80000000;
  while (value >= limit) value = rng.next() + 0x80000000;
  return value - Math.floor(value / size) * size;
}

/** Profile of every unit with at least one rating, unit by unit. */
function eligibleProfiles(tally: UnitTally): Int32Array {
  const result: number[] = [];
  tally.unitProfile.forEach((profile) => {
    if (tally.totals[profile]! > 0) result.push(profile);
  });
  return Int32Array.from(result);
}

function percentileInterval(
  values: readonly number[],
): readonly [number, number] {
  const sorted = Float64Array.from(values).sort();
  return [quantile(sorted, 0.025), quantile(sorted, 0.975)];
}

/** Hyndman & Fan (1996) type 7, R's default. */
function quantile(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  const fraction = position - low;
  return sorted[low]! + fraction * (sorted[high]! - sorted[low]!);
}
