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
 * Conger's kappa (Conger 1980, "Integration and generalization of kappas
 * for multiple raters"), the multi-coder generalisation of Cohen's kappa
 * that averages Cohen-type chance agreement over coder pairs; missing
 * ratings and weights as in Gwet (2014, ch. 2–3; irrCAC
 * `conger.kappa.raw`): p_gk = share of coder g's ratings in category k,
 * pe = Σ_kl w_kl (p̄_k p̄_l − s²_kl / r) with s²_kl the covariance of p_gk
 * and p_gl over the r coders. With two coders and complete data this is
 * Cohen's kappa. Coders with no rating at all are left out of r.
 * Standard error: Gwet's linearisation variance.
 * Undefined for count tables (no per-coder ratings), fewer than two
 * coders with ratings, no unit with two ratings, or chance agreement 1.
 */
export function computeCongerKappa(
  tally: UnitTally,
  weights: WeightMatrix,
  terms: AgreementTerms = computeAgreementTerms(tally, weights),
): Statistic {
  if (tally.codings === null) return undefinedStatistic(REASONS.countTable);

  const shares = coderShares(tally, tally.codings);
  if (shares.active.length < 2) return undefinedStatistic(REASONS.fewCoders);
  if (terms.pairableUnits === 0) return undefinedStatistic(REASONS.noPairable);

  const chance = congerChance(shares, weights);
  if (1 - chance < DEGENERATE) return undefinedStatistic(REASONS.oneCategory);

  const value = (terms.percentAgreement - chance) / (1 - chance);
  const unitChance = congerUnitChance(tally, tally.codings, shares, weights);
  return definedStatistic(
    value,
    linearizedVariance(tally, terms, chance, unitChance, value),
  );
}

type CoderShares = {
  /** Coders with at least one rating. */
  readonly active: readonly number[];
  /** rated[g]: units coder g rated. */
  readonly rated: Float64Array;
  /** shares[g * q + k] = p_gk. */
  readonly shares: Float64Array;
  /** mean[k] = p̄_k over active coders. */
  readonly mean: Float64Array;
  /** units with at least one rating. */
  readonly units: number;
};

function coderShares(tally: UnitTally, codings: Int32Array): CoderShares {
  const { coderCount: m, categoryCount: q, profileCount } = tally;
  const rated = new Float64Array(m);
  const shares = new Float64Array(m * q);
  let units = 0;
  for (let p = 0; p < profileCount; p += 1) {
    if (tally.totals[p]! > 0) units += tally.weight[p]!;
    for (let g = 0; g < m; g += 1) {
      const category = codings[p * m + g]!;
      if (category < 0) continue;

      rated[g] = rated[g]! + tally.weight[p]!;
      shares[g * q + category] = shares[g * q + category]! + tally.weight[p]!;
    }
  }

  const active = Array.from({ length: m }, (_, g) => g).filter(
    (g) => rated[g]! > 0,
  );
  const mean = new Float64Array(q);
  for (const g of active) {
    for (let k = 0; k < q; k += 1) {
      shares[g * q + k] = shares[g * q + k]! / rated[g]!;
      mean[k] = mean[k]! + shares[g * q + k]! / active.length;
    }
  }
  return { active, rated, shares, mean, units };
}

function congerChance(coders: CoderShares, weights: WeightMatrix): number {
  const { active, shares, mean } = coders;
  const q = weights.size;
  const r = active.length;
  let chance = 0;
  for (let k = 0; k < q; k += 1) {
    for (let l = 0; l < q; l += 1) {
      let cross = 0;
      for (const g of active) cross += shares[g * q + k]! * shares[g * q + l]!;
      const covariance = (cross - r * mean[k]! * mean[l]!) / (r - 1);
      chance +=
        weights.values[k * q + l]! * (mean[k]! * mean[l]! - covariance / r);
    }
  }
  return chance;
}

/**
 * Each unit's share of Conger's chance agreement, pe_i = Σ_g λ_ig /
 * (r (r − 1)), with λ_ig = (n / n_g) Σ_k (r p̄_k − p_gk) Σ_l w_kl
 * (δ_igl − (ε_ig − n_g / n) p_gl) (Gwet 2014; irrCAC).
 */
function congerUnitChance(
  tally: UnitTally,
  codings: Int32Array,
  coders: CoderShares,
  weights: WeightMatrix,
): Float64Array {
  const { coderCount: m, categoryCount: q, profileCount } = tally;
  const { active, rated, shares, mean, units } = coders;
  const r = active.length;
  const spread = new Float64Array(m * q);
  const expected = new Float64Array(m * q);
  for (const g of active) {
    for (let k = 0; k < q; k += 1) {
      spread[g * q + k] = r * mean[k]! - shares[g * q + k]!;
      for (let l = 0; l < q; l += 1) {
        expected[g * q + k] =
          expected[g * q + k]! +
          weights.values[k * q + l]! * shares[g * q + l]!;
      }
    }
  }

  const result = new Float64Array(profileCount);
  for (let p = 0; p < profileCount; p += 1) {
    if (tally.totals[p]! === 0) continue;

    let sum = 0;
    for (const g of active) {
      const category = codings[p * m + g]!;
      const presence = (category >= 0 ? 1 : 0) - rated[g]! / units;
      let lambda = 0;
      for (let k = 0; k < q; k += 1) {
        const own = category >= 0 ? weights.values[k * q + category]! : 0;
        lambda += (own - presence * expected[g * q + k]!) * spread[g * q + k]!;
      }
      sum += (units / rated[g]!) * lambda;
    }
    result[p] = sum / (r * (r - 1));
  }
  return result;
}
