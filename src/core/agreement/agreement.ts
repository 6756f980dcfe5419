import { computeAgreementTerms } from './agreement-terms';
import { bootstrapIntervals } from './bootstrap';
import { computeBrennanPrediger } from './brennan-prediger';
import { computeCongerKappa } from './conger-kappa';
import { computeFleissKappa } from './fleiss-kappa';
import { computeGwetAc } from './gwet-ac';
import {
  computeKrippendorffAlpha,
  type AlphaMetric,
} from './krippendorff-alpha';
import { computePercentAgreement } from './percent-agreement';
import { REASONS, reasonNotTwoCoders, undefinedStatistic } from './statistic';
import {
  computeCohenKappa,
  computeScottPi,
  computeTwoByTwoIndices,
  pairTable,
} from './two-coders';
import {
  STATISTIC_NAMES,
  type AgreementReport,
  type BootstrapOptions,
  type MeasurementLevel,
  type RatingMatrix,
  type Statistic,
  type StatisticName,
  type Statistics,
  type WeightMatrix,
  type WeightScheme,
} from './types';
import {
  countUnitsRated,
  tallyCountTable,
  tallyRatingMatrix,
  type CountTable,
  type UnitTally,
} from './unit-tally';
import { findAgreementWarnings } from './warnings';
import { createWeights, identityWeights } from './weights';

export type AgreementOptions = {
  /**
   * Category values used by weights and by interval and ratio alpha.
   * Default 1..q (category order).
   */
  readonly positions?: readonly number[];
  /** Alpha's metric when no weights are given. Default nominal. */
  readonly level?: MeasurementLevel;
  /**
   * Agreement weights for every weighted coefficient (kappa family, AC2,
   * Brennan–Prediger, and alpha with distance 1 − w). Default: none.
   */
  readonly weights?: WeightScheme;
  /** When given, every statistic gets a bootstrap `ci95`. */
  readonly bootstrap?: BootstrapOptions;
  /** Category names for warnings, in category order. */
  readonly categoryLabels?: readonly string[];
};

/**
 * Every coefficient for a rating matrix: percent agreement, Cohen's kappa
 * and Scott's pi (two coders only), Fleiss' kappa, Conger's kappa,
 * Krippendorff's alpha, Gwet's AC1/AC2 and Brennan–Prediger, with
 * analytic standard errors, optional bootstrap intervals, the 2×2
 * indices for two coders and two categories, and plain-language
 * warnings. Each coefficient's module documents its formula and source.
 *
 * Cohen's kappa and Scott's pi are null unless there are exactly two
 * coders: their multi-coder generalisations are reported separately as
 * conger_kappa (Conger 1980) and fleiss_kappa (Fleiss 1971). They use
 * the units both coders coded; the multi-coder coefficients also use
 * units with one rating where the formula allows (Gwet 2014), so with
 * missing data fleiss_kappa and scott_pi can differ for two coders.
 */
export function computeAgreement(
  matrix: RatingMatrix,
  options: AgreementOptions = {},
): AgreementReport {
  const tally = tallyRatingMatrix(matrix);
  return computeTallyAgreement(tally, matrix.unitCount, options);
}

/**
 * The coefficients that a count table supports (rows = units, columns =
 * categories, cells = coders choosing it): percent agreement, Fleiss'
 * kappa, Krippendorff's alpha, Gwet's AC1/AC2, Brennan–Prediger. The
 * coder-specific ones are null with a reason.
 */
export function computeCountAgreement(
  table: CountTable,
  options: AgreementOptions = {},
): AgreementReport {
  return computeTallyAgreement(
    tallyCountTable(table),
    table.unitCount,
    options,
  );
}

/** The report for already tallied data (shared by both entry points). */
export function computeTallyAgreement(
  tally: UnitTally,
  units: number,
  options: AgreementOptions = {},
): AgreementReport {
  const context = createContext(tally, options);
  const point = evaluateStatistics(tally, context);
  const statistics = options.bootstrap
    ? withIntervals(tally, context, point, options.bootstrap)
    : point;
  const table = context.isTwoCoders ? pairTable(tally, 0, 1) : null;
  const twoByTwo = table ? computeTwoByTwoIndices(table) : null;
  const terms = computeAgreementTerms(tally, context.weights);

  return {
    coders: tally.coderCount,
    units,
    pairableUnits: countUnitsRated(tally, 2),
    statistics,
    twoByTwo,
    warnings: findAgreementWarnings(statistics, terms.classShares, {
      labels: options.categoryLabels,
    }),
  };
}

type Context = {
  readonly weights: WeightMatrix;
  readonly metric: AlphaMetric;
  readonly isTwoCoders: boolean;
  readonly hasCoders: boolean;
};

function createContext(tally: UnitTally, options: AgreementOptions): Context {
  const q = tally.categoryCount;
  const positions =
    options.positions ?? Array.from({ length: q }, (_, k) => k + 1);
  if (positions.length !== q) {
    throw new RangeError(`${positions.length} positions for ${q} categories`);
  }

  const weights = options.weights
    ? createWeights(options.weights, positions)
    : identityWeights(q);
  const metric: AlphaMetric = options.weights
    ? { weights }
    : { level: options.level ?? 'nominal', positions };
  const hasCoders = tally.codings !== null;
  return {
    weights,
    metric,
    hasCoders,
    isTwoCoders: hasCoders && tally.coderCount === 2,
  };
}

function evaluateStatistics(tally: UnitTally, context: Context): Statistics {
  const { weights } = context;
  const terms = computeAgreementTerms(tally, weights);
  const table = context.isTwoCoders ? pairTable(tally, 0, 1) : null;
  const twoCoderReason = context.hasCoders
    ? reasonNotTwoCoders(tally.coderCount)
    : REASONS.countTable;

  return {
    percent_agreement: computePercentAgreement(tally, weights, terms),
    cohen_kappa: table
      ? computeCohenKappa(table, weights)
      : undefinedStatistic(twoCoderReason),
    scott_pi: table
      ? computeScottPi(table, weights)
      : undefinedStatistic(twoCoderReason),
    fleiss_kappa: computeFleissKappa(tally, weights, terms),
    conger_kappa: computeCongerKappa(tally, weights, terms),
    krippendorff_alpha: computeKrippendorffAlpha(tally, context.metric),
    gwet_ac1: computeGwetAc(tally, weights, terms),
    brennan_prediger: computeBrennanPrediger(tally, weights, terms),
  };
}

function withIntervals(
  tally: UnitTally,
  context: Context,
  point: Statistics,
  bootstrap: BootstrapOptions,
): Statistics {
  const intervals = bootstrapIntervals(
    tally,
    (replicate) => {
      const values = evaluateStatistics(replicate, context);
      return Float64Array.from(
        STATISTIC_NAMES,
        (name) => values[name].value ?? Number.NaN,
      );
    },
    bootstrap,
  );

  const entries = STATISTIC_NAMES.map(
    (name, index): [StatisticName, Statistic] => {
      const statistic = point[name];
      const interval = intervals[index];
      return [
        name,
        statistic.value !== null && interval
          ? { ...statistic, ci95: interval }
          : statistic,
      ];
    },
  );
  return Object.fromEntries(entries) as Statistics;
}
