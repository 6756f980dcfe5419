import { missingRatingOf } from './rating-matrix';
import type { RatingMatrix } from './types';

/**
 * Reliability data reduced to distinct unit profiles. Every coefficient is
 * a function of the multiset of profiles, so coefficients loop over
 * profiles (a few hundred for binary codes) instead of units, and the
 * bootstrap only changes `weight`.
 *
 * A profile is the full vector of per-coder ratings for matrix data, and
 * one unit's category counts for count tables (no per-coder ratings).
 */
export type UnitTally = {
  readonly categoryCount: number;
  /** Coders in the matrix; for count tables the most ratings on a unit. */
  readonly coderCount: number;
  readonly profileCount: number;
  /** counts[p * categoryCount + k]: ratings of category k in profile p. */
  readonly counts: Int32Array;
  /** totals[p]: number of ratings in profile p. */
  readonly totals: Int32Array;
  /** codings[p * coderCount + g]: coder g's category, -1 if missing. */
  readonly codings: Int32Array | null;
  /** weight[p]: how many units have profile p. */
  readonly weight: Float64Array;
  /** unitProfile[u]: the profile of unit u. */
  readonly unitProfile: Int32Array;
};

/** Category counts per unit: rows = units, cells = coders per category. */
export type CountTable = {
  readonly unitCount: number;
  readonly categoryCount: number;
  /** counts[u * categoryCount + k]. */
  readonly counts: Int32Array;
};

/**
 * Tallies a rating matrix in one pass over its cells.
 * Throws on a rating outside the categories: a broken invariant.
 */
export function tallyRatingMatrix(matrix: RatingMatrix): UnitTally {
  const { unitProfile, firstUnits } = assignProfiles(matrix);
  const profileCount = firstUnits.length;
  const { coderCount: m, unitCount: n, categoryCount: q, ratings } = matrix;
  const missing = missingRatingOf(ratings);
  const counts = new Int32Array(profileCount * q);
  const totals = new Int32Array(profileCount);
  const codings = new Int32Array(profileCount * m).fill(-1);

  firstUnits.forEach((unit, profile) => {
    for (let coder = 0; coder < m; coder += 1) {
      const value = ratings[coder * n + unit]!;
      if (value === missing) continue;

      codings[profile * m + coder] = value;
      counts[profile * q + value] = counts[profile * q + value]! + 1;
      totals[profile] = totals[profile]! + 1;
    }
  });

  const weight = new Float64Array(profileCount);
  for (let unit = 0; unit < n; unit += 1) {
    const profile = unitProfile[unit]!;
    weight[profile] = weight[profile]! + 1;
  }

  return {
    categoryCount: q,
    coderCount: m,
    profileCount,
    counts,
    totals,
    codings,
    weight,
    unitProfile,
  };
}

/** Tallies a count table; each unit is its own profile. */
export function tallyCountTable(table: CountTable): UnitTally {
  const { unitCount: n, categoryCount: q } = table;
  const totals = new Int32Array(n);
  let most = 0;
  for (let unit = 0; unit < n; unit += 1) {
    let total = 0;
    for (let k = 0; k < q; k += 1) total += table.counts[unit * q + k]!;
    totals[unit] = total;
    most = Math.max(most, total);
  }

  return {
    categoryCount: q,
    coderCount: most,
    profileCount: n,
    counts: table.counts,
    totals,
    codings: null,
    weight: new Float64Array(n).fill(1),
    unitProfile: Int32Array.from({ length: n }, (_, unit) => unit),
  };
}

/** The same profiles with other multiplicities (a bootstrap replicate). */
export function reweightTally(
  tally: UnitTally,
  weight: Float64Array,
): UnitTally {
  return { ...tally, weight };
}

/** Number of units (weighted) with at least `least` ratings. */
export function countUnitsRated(tally: UnitTally, least: number): number {
  let units = 0;
  for (let p = 0; p < tally.profileCount; p += 1) {
    if (tally.totals[p]! >= least) units += tally.weight[p]!;
  }
  return units;
}

// A profile key is the ratings read as digits in base q + 1 (0 = missing).
// Small key spaces use a lookup array: the hot path for binary codes.
const DENSE_KEY_LIMIT = 1 << 16;

function assignProfiles(matrix: RatingMatrix): {
  unitProfile: Int32Array;
  firstUnits: number[];
} {
  const radix = matrix.categoryCount + 1;
  const space = radix ** matrix.coderCount;
  if (space <= DENSE_KEY_LIMIT) return assignDense(matrix, space);

  return assignByMap(matrix);
}

function assignDense(
  matrix: RatingMatrix,
  space: number,
): { unitProfile: Int32Array; firstUnits: number[] } {
  const { coderCount: m, unitCount: n, categoryCount: q, ratings } = matrix;
  const missing = missingRatingOf(ratings);
  const keys = new Int32Array(n);
  let scale = 1;
  for (let coder = 0; coder < m; coder += 1) {
    const base = coder * n;
    for (let unit = 0; unit < n; unit += 1) {
      const value = ratings[base + unit]!;
      if (value === missing) continue;
      if (value >= q) throw new RangeError(`rating ${value} out of range`);

      keys[unit] = keys[unit]! + (value + 1) * scale;
    }
    scale *= q + 1;
  }

  const lookup = new Int32Array(space).fill(-1);
  const unitProfile = new Int32Array(n);
  const firstUnits: number[] = [];
  for (let unit = 0; unit < n; unit += 1) {
    const key = keys[unit]!;
    let profile = lookup[key]!;
    if (profile < 0) {
      profile = firstUnits.length;
      lookup[key] = profile;
      firstUnits.push(unit);
    }
    unitProfile[unit] = profile;
  }
  return { unitProfile, firstUnits };
}

function assignByMap(matrix: RatingMatrix): {
  unitProfile: Int32Array;
  firstUnits: number[];
} {
  const { coderCount: m, unitCount: n, categoryCount: q, ratings } = matrix;
  const missing = missingRatingOf(ratings);
  const lookup = new Map<string, number>();
  const unitProfile = new Int32Array(n);
  const firstUnits: number[] = [];
  const digits: number[] = new Array<number>(m);
  for (let unit = 0; unit < n; unit += 1) {
    for (let coder = 0; coder < m; coder += 1) {
      const value = ratings[coder * n + unit]!;
      if (value !== missing && value >= q) {
        throw new RangeError(`rating ${value} out of range`);
      }
      digits[coder] = value === missing ? 0 : value + 1;
    }

    const key = digits.join(',');
    let profile = lookup.get(key);
    if (profile === undefined) {
      profile = firstUnits.length;
      lookup.set(key, profile);
      firstUnits.push(unit);
    }
    unitProfile[unit] = profile;
  }
  return { unitProfile, firstUnits };
}
