import { uniformFloat32 } from 'pure-rand/distribution/uniformFloat32';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A value and its relative weight for a weighted draw. */
export type Weighted<T> = readonly [value: T, weight: number];

/**
 * Seeded source of random choices. Every draw advances one generator, so
 * the same seed and the same sequence of calls give the same sample.
 */
export type Random = {
  /** Uniform in [0, 1), in steps of 2^-24: plenty for weights. */
  readonly float: () => number;
  /** Uniform integer in [min, max], both included. */
  readonly int: (min: number, max: number) => number;
  readonly chance: (probability: number) => boolean;
  readonly pick: <T>(items: readonly T[]) => T;
  readonly weighted: <T>(entries: readonly Weighted<T>[]) => T;
  /** `count` distinct items in their original order. */
  readonly sample: <T>(items: readonly T[], count: number) => T[];
};

/**
 * Creates a seeded random source over pure-rand's xoroshiro128+.
 * The seed must be an integer in [0, 2^32 − 1]; `seed | 0` maps that range
 * one-to-one onto the 32-bit seeds the generator takes.
 */
export function createRandom(seed: number): Random {
  const generator = xoroshiro128plus(seed | 0);
  // 24 bits from one draw: half the cost of a 53-bit double, and chances
  // in this generator never need finer steps.
  const float = (): number => uniformFloat32(generator);
  const int = (min: number, max: number): number =>
    uniformInt(generator, min, max);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');

    return items[int(0, items.length - 1)] as T;
  };

  return {
    float,
    int,
    chance: (probability) => float() < probability,
    pick,
    weighted: (entries) => pickWeighted(entries, float()),
    sample: (items, count) => sampleInOrder(items, count, int),
  };
}

function pickWeighted<T>(entries: readonly Weighted<T>[], draw: number): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let remaining = draw * total;
  for (const [value, weight] of entries) {
    remaining -= weight;
    if (remaining < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new Error('Cannot pick from an empty weighted list');

  return last[0];
}

function sampleInOrder<T>(
  items: readonly T[],
  count: number,
  int: (min: number, max: number) => number,
): T[] {
  const indexes = items.map((_, index) => index);
  const wanted = Math.min(count, items.length);
  // Partial Fisher–Yates: the first `wanted` slots become the sample.
  for (let slot = 0; slot < wanted; slot += 1) {
    const other = int(slot, indexes.length - 1);
    const held = indexes[slot] as number;
    indexes[slot] = indexes[other] as number;
    indexes[other] = held;
  }

  return indexes
    .slice(0, wanted)
    .sort((a, b) => a - b)
    .map((index) => items[index] as T);
}
