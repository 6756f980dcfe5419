import type { WeightMatrix } from './types';
import type { UnitTally } from './unit-tally';

/**
 * Quantities shared by the multi-coder coefficients for raw data with
 * missing ratings in Gwet (2014), Handbook of Inter-Rater Reliability,
 * 4th ed., ch. 2–3 (implemented in his irrCAC package):
 *
 * - n = units with at least one rating; n₂ = units with two or more;
 * - per unit, pa_i = Σ_k r_ik (r*_ik − 1) / (r_i (r_i − 1)) with
 *   r*_ik = Σ_l w_kl r_il, and pa = mean of pa_i over the n₂ units;
 * - π_k = (1/n) Σ_i r_ik / r_i over the n units.
 */
export type AgreementTerms = {
  readonly units: number;
  readonly pairableUnits: number;
  /** NaN when no unit has two ratings; callers check pairableUnits. */
  readonly percentAgreement: number;
  /** pa_i per profile; 0 for profiles with fewer than two ratings. */
  readonly unitAgreement: Float64Array;
  /** π_k, the mean share of each category per rated unit. */
  readonly classShares: Float64Array;
};

export function computeAgreementTerms(
  tally: UnitTally,
  weights: WeightMatrix,
): AgreementTerms {
  const { profileCount, categoryCount: q, counts, totals, weight } = tally;
  const unitAgreement = new Float64Array(profileCount);
  const classShares = new Float64Array(q);
  let units = 0;
  let pairableUnits = 0;
  let agreementSum = 0;

  for (let p = 0; p < profileCount; p += 1) {
    const total = totals[p]!;
    const w = weight[p]!;
    if (total === 0) continue;

    units += w;
    for (let k = 0; k < q; k += 1) {
      classShares[k] = classShares[k]! + (w * counts[p * q + k]!) / total;
    }
    if (total < 2) continue;

    const agreement = unitAgreementOf(tally, weights, p);
    unitAgreement[p] = agreement;
    pairableUnits += w;
    agreementSum += w * agreement;
  }

  for (let k = 0; k < q; k += 1) {
    classShares[k] = classShares[k]! / (units || 1);
  }
  return {
    units,
    pairableUnits,
    percentAgreement: agreementSum / pairableUnits,
    unitAgreement,
    classShares,
  };
}

/**
 * Gwet's (2014) linearisation variance of (pa − pe) / (1 − pe):
 * v = (1 / (n (n − 1))) Σ_i (κ*_i − κ)², with
 * κ_i = (n / n₂)(pa_i − pe·[r_i ≥ 2]) / (1 − pe) and
 * κ*_i = κ_i − 2 (1 − κ)(pe_i − pe) / (1 − pe), where pe_i is the unit's
 * share of chance agreement (`unitChance`, null when pe is a constant as
 * for Brennan–Prediger and percent agreement). `centre` is the value the
 * deviations are taken from (κ itself, except for Krippendorff's alpha).
 * Undefined (undefined) for fewer than two units.
 */
export function linearizedVariance(
  tally: UnitTally,
  terms: AgreementTerms,
  chance: number,
  unitChance: Float64Array | null,
  coefficient: number,
): number | undefined {
  const { units, pairableUnits, unitAgreement } = terms;
  if (units < 2) return undefined;

  const scale = units / pairableUnits;
  const spread = 1 - chance;
  let sum = 0;
  for (let p = 0; p < tally.profileCount; p += 1) {
    if (tally.totals[p]! === 0) continue;

    const isPairable = tally.totals[p]! >= 2;
    let term =
      (scale * (unitAgreement[p]! - (isPairable ? chance : 0))) / spread;
    if (unitChance !== null) {
      term -= (2 * (1 - coefficient) * (unitChance[p]! - chance)) / spread;
    }
    sum += tally.weight[p]! * (term - coefficient) ** 2;
  }
  return sum / (units * (units - 1));
}

/** Σ_k w_kl-weighted pair agreement of one profile. */
function unitAgreementOf(
  tally: UnitTally,
  weights: WeightMatrix,
  profile: number,
): number {
  const q = tally.categoryCount;
  const base = profile * q;
  const total = tally.totals[profile]!;
  let sum = 0;
  for (let k = 0; k < q; k += 1) {
    const count = tally.counts[base + k]!;
    if (count === 0) continue;

    let weighted = 0;
    for (let l = 0; l < q; l += 1) {
      weighted += weights.values[k * q + l]! * tally.counts[base + l]!;
    }
    sum += count * (weighted - 1);
  }
  return sum / (total * (total - 1));
}
