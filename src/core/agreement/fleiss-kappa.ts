import {
  computeAgreementTerms,
  linearizedVariance,
  type AgreementTerms,
} from './agreement-terms';
import {
  DEGENERATE,
  definedStatistic,
  REASONS,
  undefinedStatistic,
} from './statistic';
import type { Statistic, WeightMatrix } from './types';
import type { UnitTally } from './unit-tally';

/**
 * Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among
 * many raters"), generalised to missing ratings and weights as in Gwet
 * (2014, ch. 2–3; irrCAC `fleiss.kappa.raw`): κ = (pa − pe) / (1 − pe),
 * pe = Σ_kl w_kl π_k π_l. With complete data and identity weights this is
 * exactly Fleiss' 1971 statistic; with two coders it is Scott's pi.
 * Standard error: Gwet's linearisation variance (valid without assuming
 * κ = 0, unlike Fleiss, Nee & Landis 1979).
 * Undefined when no unit has two ratings, or when chance agreement is 1
 * (every rating in one category).
 */
export function computeFleissKappa(
  tally: UnitTally,
  weights: WeightMatrix,
  terms: AgreementTerms = computeAgreementTerms(tally, weights),
): Statistic {
  if (terms.pairableUnits === 0) return undefinedStatistic(REASONS.noPairable);

  const { classShares } = terms;
  const chance = weightedProduct(weights, classShares, classShares);
  if (1 - chance < DEGENERATE) return undefinedStatistic(REASONS.oneCategory);

  const value = (terms.percentAgreement - chance) / (1 - chance);
  const unitChance = fleissUnitChance(tally, weights, classShares);
  return definedStatistic(
    value,
    linearizedVariance(tally, terms, chance, unitChance, value),
  );
}

/** Σ_kl w_kl a_k b_l. */
export function weightedProduct(
  weights: WeightMatrix,
  a: Float64Array,
  b: Float64Array,
): number {
  const q = weights.size;
  let sum = 0;
  for (let k = 0; k < q; k += 1) {
    for (let l = 0; l < q; l += 1) {
      sum += weights.values[k * q + l]! * a[k]! * b[l]!;
    }
  }
  return sum;
}

/**
 * pe_i = Σ_k (r_ik / r_i) π̄_k with π̄ = (Wπ + Wᵀπ) / 2: each unit's share
 * of the chance agreement (Gwet 2014).
 */
export function fleissUnitChance(
  tally: UnitTally,
  weights: WeightMatrix,
  shares: Float64Array,
): Float64Array {
  return shareOfUnits(tally, symmetricProduct(weights, shares));
}

/** (W π + Wᵀ π) / 2: the chance gradient for non-symmetric weights too. */
export function symmetricProduct(
  weights: WeightMatrix,
  shares: Float64Array,
): Float64Array {
  const q = weights.size;
  const result = new Float64Array(q);
  for (let k = 0; k < q; k += 1) {
    let sum = 0;
    for (let l = 0; l < q; l += 1) {
      const pair = weights.values[k * q + l]! + weights.values[l * q + k]!;
      sum += pair * shares[l]!;
    }
    result[k] = sum / 2;
  }
  return result;
}

/** Σ_k (r_ik / r_i) v_k per profile; 0 for unrated profiles. */
export function shareOfUnits(
  tally: UnitTally,
  perCategory: Float64Array,
): Float64Array {
  const { profileCount, categoryCount: q, counts, totals } = tally;
  const result = new Float64Array(profileCount);
  for (let p = 0; p < profileCount; p += 1) {
    if (totals[p]! === 0) continue;

    let sum = 0;
    for (let k = 0; k < q; k += 1) sum += counts[p * q + k]! * perCategory[k]!;
    result[p] = sum / totals[p]!;
  }
  return result;
}
