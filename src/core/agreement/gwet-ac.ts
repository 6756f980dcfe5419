import {
  computeAgreementTerms,
  linearizedVariance,
  type AgreementTerms,
} from './agreement-terms';
import { shareOfUnits } from './fleiss-kappa';
import {
  DEGENERATE,
  definedStatistic,
  REASONS,
  undefinedStatistic,
} from './statistic';
import type { Statistic, WeightMatrix } from './types';
import type { UnitTally } from './unit-tally';

/**
 * Gwet's AC1 (identity weights) and AC2 (other weights): Gwet (2008),
 * "Computing inter-rater reliability and its variance in the presence of
 * high agreement", BJMSP 61, 29–48; raw data with missing ratings as in
 * Gwet (2014, ch. 4; irrCAC `gwet.ac1.raw`):
 * pe = T_w / (q (q − 1)) · Σ_k π_k (1 − π_k), T_w = Σ_kl w_kl.
 * Standard error: Gwet's linearisation variance.
 * Undefined when no unit has two ratings or only one category exists.
 * Note AC1 stays defined (and high) when every rating is in one category
 * of two or more: that is its design, not a bug.
 */
export function computeGwetAc(
  tally: UnitTally,
  weights: WeightMatrix,
  terms: AgreementTerms = computeAgreementTerms(tally, weights),
): Statistic {
  const q = tally.categoryCount;
  if (terms.pairableUnits === 0) return undefinedStatistic(REASONS.noPairable);
  if (q < 2) return undefinedStatistic(REASONS.singleCategoryScale);

  const { classShares } = terms;
  const factor = weightSum(weights) / (q * (q - 1));
  let spread = 0;
  for (let k = 0; k < q; k += 1) {
    spread += classShares[k]! * (1 - classShares[k]!);
  }
  const chance = factor * spread;
  if (1 - chance < DEGENERATE) return undefinedStatistic(REASONS.oneCategory);

  const value = (terms.percentAgreement - chance) / (1 - chance);
  const complement = classShares.map((share) => factor * (1 - share));
  const unitChance = shareOfUnits(tally, complement);
  return definedStatistic(
    value,
    linearizedVariance(tally, terms, chance, unitChance, value),
  );
}

/** T_w = Σ_kl w_kl. */
export function weightSum(weights: WeightMatrix): number {
  return weights.values.reduce((sum, weight) => sum + weight, 0);
}
