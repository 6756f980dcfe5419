import { computeTallyAgreement } from './agreement';
import {
  computeCoincidences,
  alphaFromCoincidences,
} from './krippendorff-alpha';
import {
  DEGENERATE,
  definedStatistic,
  REASONS,
  undefinedStatistic,
} from './statistic';
import {
  computeCohenKappa,
  computeTwoByTwoIndices,
  pairTable,
  sumTables,
  tableAgreement,
  type ContingencyTable,
} from './two-coders';
import {
  STATISTIC_NAMES,
  type AgreementReport,
  type BootstrapOptions,
  type RatingMatrix,
  type Statistic,
  type StatisticName,
  type TwoByTwoIndices,
} from './types';
import { tallyRatingMatrix, type UnitTally } from './unit-tally';
import { identityWeights } from './weights';

/** Agreement of one pair of coders on one code (or pooled codes). */
export type PairAgreement = {
  /** Coder indices into the matrix, first < second. */
  readonly coders: readonly [number, number];
  /** Units both coders coded. */
  readonly units: number;
  readonly table: ContingencyTable;
  readonly percentAgreement: number | null;
  readonly cohenKappa: Statistic;
  /** Prevalence and bias indices and PABAK (two categories only). */
  readonly twoByTwo: TwoByTwoIndices | null;
};

export type CodeAgreement = {
  /** Every statistic over all coders; units are records. */
  readonly report: AgreementReport;
  /** Share of ratings in the last category ("present"); null if none. */
  readonly prevalence: number | null;
  readonly pairs: readonly PairAgreement[];
  /** Krippendorff coincidence matrix, kept for pooling. */
  readonly coincidences: Float64Array;
};

export type CodeAgreementOptions = {
  readonly bootstrap?: BootstrapOptions;
  /** Category names for warnings; default absent, present. */
  readonly categoryLabels?: readonly string[];
};

/**
 * Agreement on one code: units are records, categories 0 = absent and
 * 1 = present, missing where a record is not `done` for a coder (see
 * `buildCodeMatrices`). Works for any nominal variable in the same layout.
 * Returns every coefficient over all coders, each coder pair's Cohen's
 * kappa with its 2×2 indices, the prevalence, and the coincidences that
 * `poolCodeAgreements` sums. One pass over the matrix; the rest works on
 * distinct unit profiles (at most 3^coders for a binary code).
 */
export function computeCodeAgreement(
  matrix: RatingMatrix,
  options: CodeAgreementOptions = {},
): CodeAgreement {
  const tally = tallyRatingMatrix(matrix);
  const report = computeTallyAgreement(tally, matrix.unitCount, {
    categoryLabels: options.categoryLabels ?? ['absent', 'present'],
    ...(options.bootstrap ? { bootstrap: options.bootstrap } : {}),
  });
  const pairs: PairAgreement[] = [];
  for (let first = 0; first < matrix.coderCount; first += 1) {
    for (let second = first + 1; second < matrix.coderCount; second += 1) {
      const table = pairTable(tally, first, second);
      pairs.push(describePair([first, second], table));
    }
  }

  return {
    report,
    prevalence: prevalenceOf(tally),
    pairs,
    coincidences: computeCoincidences(tally),
  };
}

/** A per-code mean, with how many codes it covers and left out. */
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
 *   the codes where it is defined;
 * - `alphaOverUnits`: Krippendorff's alpha over all record × code units
 *   (coincidence matrices summed).
 * All codes must have the same coders and categories.
 *
 * TODO(#5): no intervals for pooled values yet; they need a bootstrap
 * that resamples records jointly across codes.
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

export function poolCodeAgreements(
  codes: readonly CodeAgreement[],
): PooledAgreement {
  const pairs = (codes[0]?.pairs ?? []).map((pair, index) =>
    describePair(
      pair.coders,
      sumTables(codes.map((code) => code.pairs[index]!.table)),
    ),
  );
  const meanOfCodes = Object.fromEntries(
    STATISTIC_NAMES.map((name) => [name, meanOf(codes, name)]),
  ) as Record<StatisticName, MeanOfCodes>;

  return {
    codes: codes.length,
    summedTables: { kappa: kappaOverPairs(pairs), pairs },
    meanOfCodes,
    alphaOverUnits: pooledAlpha(codes),
  };
}

function describePair(
  coders: readonly [number, number],
  table: ContingencyTable,
): PairAgreement {
  const weights = identityWeights(table.size);
  return {
    coders,
    units: table.cells.reduce((sum, count) => sum + count, 0),
    table,
    percentAgreement: tableAgreement(table, weights),
    cohenKappa: computeCohenKappa(table, weights),
    twoByTwo: computeTwoByTwoIndices(table),
  };
}

function kappaOverPairs(pairs: readonly PairAgreement[]): Statistic {
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

function pooledAlpha(codes: readonly CodeAgreement[]): Statistic {
  const first = codes[0];
  if (first === undefined) return undefinedStatistic(REASONS.noPairable);

  const summed = new Float64Array(first.coincidences.length);
  for (const code of codes) {
    code.coincidences.forEach((count, index) => {
      summed[index] = summed[index]! + count;
    });
  }
  const size = Math.round(Math.sqrt(summed.length));
  const nominal = new Float64Array(size * size).map((_, index) =>
    index % (size + 1) === 0 ? 0 : 1,
  );
  const value = alphaFromCoincidences(summed, nominal);
  return typeof value === 'string'
    ? undefinedStatistic(value)
    : definedStatistic(value);
}

function prevalenceOf(tally: UnitTally): number | null {
  const q = tally.categoryCount;
  let present = 0;
  let ratings = 0;
  for (let p = 0; p < tally.profileCount; p += 1) {
    present += tally.weight[p]! * tally.counts[p * q + q - 1]!;
    ratings += tally.weight[p]! * tally.totals[p]!;
  }
  return ratings === 0 ? null : present / ratings;
}
