import type { Statistic } from './types';

/** Denominators closer to zero than this make a coefficient undefined. */
export const DEGENERATE = 1e-12;

/** An undefined coefficient, with the reason in plain words. */
export function undefinedStatistic(reason: string): Statistic {
  return { value: null, reason };
}

/**
 * A defined coefficient. A variance that is missing, negative from
 * rounding, or not finite gives no standard error rather than NaN.
 */
export function definedStatistic(value: number, variance?: number): Statistic {
  if (variance === undefined || !Number.isFinite(variance)) return { value };

  return { value, se: Math.sqrt(Math.max(0, variance)) };
}

/** Shared reasons, so the same situation reads the same everywhere. */
export const REASONS = {
  noPairable:
    'no unit was coded by two or more coders, so there is no agreement to measure',
  oneCategory:
    'every rating falls in one category, so chance agreement is 1 and the coefficient is 0/0',
  singleCategoryScale:
    'only one category is available, so chance agreement is 1 and the coefficient is 0/0',
  countTable:
    "needs each coder's own ratings; a count table only has how many coders chose each category",
  fewCoders: 'needs at least two coders who each coded at least one unit',
} as const;

/** Reason for a two-coder coefficient on data with another coder count. */
export function reasonNotTwoCoders(coders: number): string {
  return (
    `defined for exactly two coders; the data has ${coders} ` +
    `(see fleiss_kappa and conger_kappa for any number of coders)`
  );
}
