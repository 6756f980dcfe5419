import {
  describePair,
  type CodeAgreement,
  type PairAgreement,
} from './code-agreement';
import { alphaFromCoincidences } from './krippendorff-alpha';
import {
  DEGENERATE,
  definedStatistic,
  REASONS,
  undefinedStatistic,
} from './statistic';
import { sumTables, type ContingencyTable } from './two-coders';
import { STATISTIC_NAMES, type Statistic, type StatisticName } from './types';

/**
 * A per-code mean, with how many codes it covers and left out.
 *
 * It never has a bootstrap interval. Drawing records jointly, each
 * replicate would re-tally every code over all records and re-evaluate
 * every coefficient of every code: more work than all the per-code
 * intervals together (several seconds more at 50 codes × 100,000
 * records). And the codes where a coefficient is defined change from
 * replicate to replicate, so replicates would average different sets of
 * codes and the interval would not describe the reported mean.
 */
export type MeanOfCodes = {
  readonly value: number | null;
  readonly reason?: string;
  readonly codes: number;
  readonly undefinedCodes: number;
};

/**
 * Agreement pooled across codes, three ways, because tools disagree:
 * - `summedTables`: each pair's 2×2 tables summed over codes, Cohen's
 *   kappa per pair; overall (p̄o − p̄e)/(1 − p̄e) with p̄o and p̄e averaged
 *   over pairs (Conger 1980), which is Cohen's kappa for two coders;
 * - `meanOfCodes`: the arithmetic mean of each per-code statistic over
 *   the codes where it is defined (no interval: see MeanOfCodes);
 * - `alphaOverUnits`: Krippendorff's alpha over all record × code units
 *   (coincidence matrices summed).
 * All codes must have the same coders and categories. With intervals
 * from `bootstrapPooledIntervals`, the summed-table kappas (overall and
 * per pair) and alpha carry `ci95`: records drawn jointly across codes.
 */
export type PooledAgreement = {
  readonly codes: number;
  readonly summedTables: {
    readonly kappa: Statistic;
    readonly pairs: readonly PairAgreement[];
  };
  readonly meanOfCodes: Readonly<Record<StatisticName, MeanOfCodes>>;
  readonly alphaOverUnits: Statistic;
};

/** A 95% interval, or null where the bootstrap gives none. */
export type PooledInterval = readonly [number, number] | null;

/** Bootstrap intervals of the pooled values that have one. */
export type PooledIntervals = {
  /** For `summedTables.kappa`. */
  readonly kappa: PooledInterval;
  /** For `summedTables.pairs`, in the same order. */
  readonly pairs: readonly PooledInterval[];
  readonly alphaOverUnits: PooledInterval;
};

/**
 * Pools per-code agreement three ways (see PooledAgreement). Intervals,
 * when given, are attached to the values that are defined.
 */
export function poolCodeAgreements(
  codes: readonly CodeAgreement[],
  intervals?: PooledIntervals,
): PooledAgreement {
  const pairs = (codes[0]?.pairs ?? []).map((pair, index) => {
    const pooled = describePair(
      pair.coders,
      sumTables(codes.map((code) => code.pairs[index]!.table)),
    );
    return withInterval(pooled, intervals?.pairs[index]);
  });
  const meanOfCodes = Object.fromEntries(
    STATISTIC_NAMES.map((name) => [name, meanOf(codes, name)]),
  ) as Record<StatisticName, MeanOfCodes>;
  const summed = codes[0]
    ? sumCoincidences(codes.map((code) => code.coincidences))
    : null;

  return {
    codes: codes.length,
    summedTables: {
      kappa: attach(kappaOverPairs(pairs), intervals?.kappa),
      pairs,
    },
    meanOfCodes,
    alphaOverUnits: attach(
      summed ? nominalAlpha(summed) : undefinedStatistic(REASONS.noPairable),
      intervals?.alphaOverUnits,
    ),
  };
}

/**
 * Kappa over coder pairs from their summed tables: Cohen's kappa for one
 * pair, otherwise (p̄o − p̄e)/(1 − p̄e) over the pairs with units.
 */
export function kappaOverPairs(pairs: readonly PairAgreement[]): Statistic {
  if (pairs.length === 1) return pairs[0]!.cohenKappa;

  let observed = 0;
  let chance = 0;
  let counted = 0;
  for (const pair of pairs) {
    if (pair.units === 0) continue;

    observed += pair.percentAgreement!;
    chance += pairChance(pair.table);
    counted += 1;
  }
  if (counted === 0) return undefinedStatistic(REASONS.noPairable);

  observed /= counted;
  chance /= counted;
  if (1 - chance < DEGENERATE) return undefinedStatistic(REASONS.oneCategory);

  return definedStatistic((observed - chance) / (1 - chance));
}

/** Nominal Krippendorff's alpha of a (summed) coincidence matrix. */
export function nominalAlpha(coincidences: Float64Array): Statistic {
  const size = Math.round(Math.sqrt(coincidences.length));
  const nominal = new Float64Array(size * size).map((_, index) =>
    index % (size + 1) === 0 ? 0 : 1,
  );
  const value = alphaFromCoincidences(coincidences, nominal);
  return typeof value === 'string'
    ? undefinedStatistic(value)
    : definedStatistic(value);
}

function attach(statistic: Statistic, interval?: PooledInterval): Statistic {
  return statistic.value !== null && interval
    ? { ...statistic, ci95: interval }
    : statistic;
}

function withInterval(
  pair: PairAgreement,
  interval?: PooledInterval,
): PairAgreement {
  const cohenKappa = attach(pair.cohenKappa, interval);
  return cohenKappa === pair.cohenKappa ? pair : { ...pair, cohenKappa };
}

function pairChance(table: ContingencyTable): number {
  const { size, cells } = table;
  const total = cells.reduce((sum, count) => sum + count, 0);
  let chance = 0;
  for (let k = 0; k < size; k += 1) {
    let row = 0;
    let column = 0;
    for (let l = 0; l < size; l += 1) {
      row += cells[k * size + l]!;
      column += cells[l * size + k]!;
    }
    chance += (row / total) * (column / total);
  }
  return chance;
}

function meanOf(
  codes: readonly CodeAgreement[],
  name: StatisticName,
): MeanOfCodes {
  const values = codes
    .map((code) => code.report.statistics[name].value)
    .filter((value): value is number => value !== null);
  const undefinedCodes = codes.length - values.length;
  if (values.length === 0) {
    return {
      value: null,
      reason: 'not defined for any code',
      codes: 0,
      undefinedCodes,
    };
  }

  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return { value: mean, codes: values.length, undefinedCodes };
}

function sumCoincidences(matrices: readonly Float64Array[]): Float64Array {
  const summed = new Float64Array(matrices[0]!.length);
  for (const matrix of matrices) {
    matrix.forEach((count, index) => {
      summed[index] = summed[index]! + count;
    });
  }
  return summed;
}
