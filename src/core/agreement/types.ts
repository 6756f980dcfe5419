/**
 * Reliability data for one variable: `coderCount` coders each assign at
 * most one category to each of `unitCount` units. Coder-major layout:
 * `ratings[coder * unitCount + unit]` is a category index in
 * `0 .. categoryCount - 1`, or the array's missing sentinel (255 in a
 * Uint8Array, 65535 in a Uint16Array; see `missingRatingOf`).
 *
 * For a code in a project: units are records, categories are 0 = absent
 * and 1 = present, and a record that is not `done` for a coder is missing.
 */
export type RatingMatrix = {
  readonly coderCount: number;
  readonly unitCount: number;
  readonly categoryCount: number;
  readonly ratings: Uint8Array | Uint16Array;
};

/**
 * A coefficient's result. Undefined is a result: `value` is null and
 * `reason` says why, in words a researcher understands. Never NaN.
 */
export type Statistic = {
  readonly value: number | null;
  readonly reason?: string;
  /** Analytic standard error, where the literature gives one. */
  readonly se?: number;
  /** Percentile bootstrap 95% interval over units (seeded). */
  readonly ci95?: readonly [number, number];
};

export const STATISTIC_NAMES = [
  'percent_agreement',
  'cohen_kappa',
  'scott_pi',
  'fleiss_kappa',
  'conger_kappa',
  'krippendorff_alpha',
  'gwet_ac1',
  'brennan_prediger',
] as const;

export type StatisticName = (typeof STATISTIC_NAMES)[number];

export type Statistics = Readonly<Record<StatisticName, Statistic>>;

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export type WeightScheme = 'identity' | 'linear' | 'quadratic';

/**
 * Agreement weights w[k * size + l] in [0, 1], 1 on the diagonal
 * (Cohen 1968; Gwet 2014, ch. 3). Identity weights give the unweighted
 * coefficients.
 */
export type WeightMatrix = {
  readonly size: number;
  readonly values: Float64Array;
};

/** Seeded percentile bootstrap over units. */
export type BootstrapOptions = {
  readonly replicates: number;
  readonly seed: number;
  /**
   * How a replicate is drawn. 'units' (default) draws unit by unit;
   * 'profiles' draws how many units of each profile a replicate holds
   * from the multinomial distribution those unit draws have, so the cost
   * no longer grows with the number of units. Same distribution, another
   * random stream: intervals differ slightly between the two.
   */
  readonly draw?: 'units' | 'profiles';
};

/** Prevalence and bias indices and PABAK of a 2×2 table (Byrt 1993). */
export type TwoByTwoIndices = {
  readonly prevalenceIndex: number;
  readonly biasIndex: number;
  readonly pabak: number;
};

export type AgreementWarning = {
  /** Stable UPPER_SNAKE code, e.g. PREVALENCE_PARADOX. */
  readonly code: string;
  readonly message: string;
};

export type AgreementReport = {
  readonly coders: number;
  readonly units: number;
  /** Units with values from two or more coders. */
  readonly pairableUnits: number;
  readonly statistics: Statistics;
  /** Present when there are exactly two coders and two categories. */
  readonly twoByTwo: TwoByTwoIndices | null;
  readonly warnings: readonly AgreementWarning[];
};
