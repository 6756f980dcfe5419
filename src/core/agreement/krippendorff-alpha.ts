import { symmetricProduct, weightedProduct } from './fleiss-kappa';
import {
  DEGENERATE,
  definedStatistic,
  REASONS,
  undefinedStatistic,
} from './statistic';
import type { MeasurementLevel, Statistic, WeightMatrix } from './types';
import type { UnitTally } from './unit-tally';
import { createAlphaDistances, distancesFromWeights } from './weights';

/**
 * How alpha measures disagreement: Krippendorff's metric for a level of
 * measurement, or 1 − w for given agreement weights.
 */
export type AlphaMetric =
  | {
      readonly level: MeasurementLevel;
      /** Category values (interval, ratio); any for nominal, ordinal. */
      readonly positions: readonly number[];
    }
  | { readonly weights: WeightMatrix };

/**
 * Krippendorff's alpha from the coincidence matrix, any number of coders,
 * missing data allowed (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability", Annenberg School working paper):
 * α = 1 − (n.. − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 * Standard error: Gwet's (2014, ch. 4; irrCAC `krippen.alpha.raw`)
 * linearisation variance, with weights 1 − δ²/max δ² (for the ordinal
 * metric the data-dependent distances are held fixed).
 * Undefined when no unit has two values, or when all pairable values are
 * alike so that expected disagreement is 0.
 */
export function computeKrippendorffAlpha(
  tally: UnitTally,
  metric: AlphaMetric,
): Statistic {
  const coincidences = computeCoincidences(tally);
  const distances = distancesFor(metric, coincidences, tally.categoryCount);
  const value = alphaFromCoincidences(coincidences, distances);
  if (typeof value === 'string') return undefinedStatistic(value);

  return definedStatistic(value, alphaVariance(tally, distances));
}

/**
 * The coincidence matrix o_ck = Σ_u n_uc (n_uk − [c = k]) / (m_u − 1) over
 * units with m_u ≥ 2 values (Krippendorff 2011). Additive over units, so
 * pooled alpha sums these matrices.
 */
export function computeCoincidences(tally: UnitTally): Float64Array {
  const { profileCount, categoryCount: q, counts, totals, weight } = tally;
  const coincidences = new Float64Array(q * q);
  for (let p = 0; p < profileCount; p += 1) {
    const total = totals[p]!;
    if (total < 2) continue;

    const scale = weight[p]! / (total - 1);
    for (let c = 0; c < q; c += 1) {
      const countC = counts[p * q + c]!;
      if (countC === 0) continue;

      for (let k = 0; k < q; k += 1) {
        const pairs = countC * (counts[p * q + k]! - (c === k ? 1 : 0));
        coincidences[c * q + k] = coincidences[c * q + k]! + pairs * scale;
      }
    }
  }
  return coincidences;
}

/** Marginals n_c of a coincidence matrix. */
export function coincidenceMarginals(
  coincidences: Float64Array,
  size: number,
): Float64Array {
  const marginals = new Float64Array(size);
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      marginals[c] = marginals[c]! + coincidences[c * size + k]!;
    }
  }
  return marginals;
}

/** Distances δ² for alpha from a metric and the coincidences. */
export function distancesFor(
  metric: AlphaMetric,
  coincidences: Float64Array,
  size: number,
): Float64Array {
  if ('weights' in metric) return distancesFromWeights(metric.weights);

  const marginals = coincidenceMarginals(coincidences, size);
  return createAlphaDistances(metric.level, metric.positions, marginals);
}

/** Alpha, or the reason it is undefined. */
export function alphaFromCoincidences(
  coincidences: Float64Array,
  distances: Float64Array,
): number | string {
  const size = Math.round(Math.sqrt(coincidences.length));
  const marginals = coincidenceMarginals(coincidences, size);
  const total = marginals.reduce((sum, count) => sum + count, 0);
  if (total === 0) return REASONS.noPairable;

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      const distance = distances[c * size + k]!;
      observed += coincidences[c * size + k]! * distance;
      expected += marginals[c]! * marginals[k]! * distance;
    }
  }
  if (expected < DEGENERATE * total * total) {
    return 'all pairable values are alike, so expected disagreement is 0 and alpha is 0/0';
  }

  return 1 - ((total - 1) * observed) / expected;
}

/**
 * Gwet's variance of alpha (irrCAC `krippen.alpha.raw`): over the n′
 * units with r_i ≥ 2 and mean r̄, pa′ = (1/n′) Σ_i sum_i / (r̄ (r_i − 1)),
 * π_k = n_k / n.., deviations of
 * κ*_i = (pa_i − pe)/(1 − pe) − 2 (1 − α′)(pe_i − pe)/(1 − pe) from α′.
 */
function alphaVariance(
  tally: UnitTally,
  distances: Float64Array,
): number | undefined {
  const q = tally.categoryCount;
  const weights = weightsFromDistances(distances, q);
  const { units, meanRatings, shares, unitSums } = pairableTerms(
    tally,
    weights,
  );
  if (units < 2) return undefined;

  const chance = weightedProduct(weights, shares, shares);
  const spread = 1 - chance;
  if (spread < DEGENERATE) return undefined;

  const agreementPrime = meanUnitAgreement(tally, unitSums, meanRatings);
  const epsilon = 1 / (units * meanRatings);
  const agreement = (1 - epsilon) * agreementPrime + epsilon;
  const alphaPrime = (agreementPrime - chance) / spread;
  const symmetric = symmetricProduct(weights, shares);

  let sum = 0;
  for (let p = 0; p < tally.profileCount; p += 1) {
    const total = tally.totals[p]!;
    if (total < 2) continue;

    // Unit terms adjusted for the unit's number of values (Gwet 2014).
    const excess = (total - meanRatings) / meanRatings;
    const unitAgreement =
      unitSums[p]! / (meanRatings * (total - 1)) - agreement * excess;
    const unitChance =
      shareOf(tally, p, symmetric) / meanRatings - chance * excess;
    const term =
      (unitAgreement - chance) / spread -
      (2 * (1 - alphaPrime) * (unitChance - chance)) / spread;
    sum += tally.weight[p]! * (term - alphaPrime) ** 2;
  }
  return sum / (units * (units - 1));
}

/** pa′ = (1/n′) Σ_i sum_i / (r̄ (r_i − 1)) over units with r_i ≥ 2. */
function meanUnitAgreement(
  tally: UnitTally,
  unitSums: Float64Array,
  meanRatings: number,
): number {
  let sum = 0;
  let units = 0;
  for (let p = 0; p < tally.profileCount; p += 1) {
    const total = tally.totals[p]!;
    if (total < 2) continue;

    units += tally.weight[p]!;
    sum += (tally.weight[p]! * unitSums[p]!) / (meanRatings * (total - 1));
  }
  return sum / units;
}

/** Σ_k r_pk v_k for one profile. */
function shareOf(tally: UnitTally, profile: number, values: Float64Array) {
  const q = tally.categoryCount;
  let sum = 0;
  for (let k = 0; k < q; k += 1) {
    sum += tally.counts[profile * q + k]! * values[k]!;
  }
  return sum;
}

function weightsFromDistances(
  distances: Float64Array,
  size: number,
): WeightMatrix {
  const largest = distances.reduce((most, d) => Math.max(most, d), 0);
  const values = distances.map((d) => (largest > 0 ? 1 - d / largest : 1));
  return { size, values };
}

function pairableTerms(
  tally: UnitTally,
  weights: WeightMatrix,
): {
  units: number;
  meanRatings: number;
  shares: Float64Array;
  unitSums: Float64Array;
} {
  const { profileCount, categoryCount: q, counts, totals, weight } = tally;
  const shares = new Float64Array(q);
  const unitSums = new Float64Array(profileCount);
  let units = 0;
  let ratings = 0;
  for (let p = 0; p < profileCount; p += 1) {
    if (totals[p]! < 2) continue;

    units += weight[p]!;
    ratings += weight[p]! * totals[p]!;
    for (let k = 0; k < q; k += 1) {
      const count = counts[p * q + k]!;
      shares[k] = shares[k]! + weight[p]! * count;
      let weighted = 0;
      for (let l = 0; l < q; l += 1) {
        weighted += weights.values[k * q + l]! * counts[p * q + l]!;
      }
      unitSums[p] = unitSums[p]! + count * (weighted - 1);
    }
  }
  for (let k = 0; k < q; k += 1) shares[k] = shares[k]! / (ratings || 1);
  return { units, meanRatings: ratings / (units || 1), shares, unitSums };
}
