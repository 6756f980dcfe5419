import {
  computeAgreementTerms,
  linearizedVariance,
  type AgreementTerms,
} from './agreement-terms';
import { weightSum } from './gwet-ac';
import {
  DEGENERATE,
  definedStatistic,
  REASONS,
  undefinedStatistic,
} from './statistic';
import type { Statistic, WeightMatrix } from './types';
import type { UnitTally } from './unit-tally';

/**
 * Brennan–Prediger coefficient (Brennan & Prediger 1981, "Coefficient
 * kappa: some uses, misuses, and alternatives"), weighted and with
 * missing ratings as in Gwet (2014; irrCAC `bp.coeff.raw`):
 * pe = T_w / q², uniform chance over the q categories (all declared
 * categories count, used or not).
 * Standard error: Gwet's linearisation variance with a fixed pe.
 * Undefined when no unit has two ratings or only one category exists.
 */
export function computeBrennanPrediger(
  tally: UnitTally,
  weights: WeightMatrix,
  terms: AgreementTerms = computeAgreementTerms(tally, weights),
): Statistic {
  const q = tally.categoryCount;
  if (terms.pairableUnits === 0) return undefinedStatistic(REASONS.noPairable);

  const chance = weightSum(weights) / (q * q);
  if (1 - chance < DEGENERATE) {
    return undefinedStatistic(REASONS.singleCategoryScale);
  }

  const value = (terms.percentAgreement - chance) / (1 - chance);
  return definedStatistic(
    value,
    linearizedVariance(tally, terms, chance, null, value),
  );
}
