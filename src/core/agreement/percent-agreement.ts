import {
  computeAgreementTerms,
  linearizedVariance,
  type AgreementTerms,
} from './agreement-terms';
import { definedStatistic, REASONS, undefinedStatistic } from './statistic';
import type { Statistic, WeightMatrix } from './types';
import type { UnitTally } from './unit-tally';

/**
 * Percent agreement among any number of coders with missing ratings:
 * the mean over units coded by two or more coders of the share of
 * agreeing coder pairs, weighted when weights are given (Gwet 2014,
 * Handbook of Inter-Rater Reliability, 4th ed.; irrCAC `pa.coeff.raw`).
 * Standard error: Gwet's linearisation variance.
 * Undefined when no unit has two or more ratings.
 */
export function computePercentAgreement(
  tally: UnitTally,
  weights: WeightMatrix,
  terms: AgreementTerms = computeAgreementTerms(tally, weights),
): Statistic {
  if (terms.pairableUnits === 0) return undefinedStatistic(REASONS.noPairable);

  const value = terms.percentAgreement;
  return definedStatistic(
    value,
    linearizedVariance(tally, terms, 0, null, value),
  );
}
