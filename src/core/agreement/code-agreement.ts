import { computeTallyAgreement } from './agreement';
import { computeCoincidences } from './krippendorff-alpha';
import {
  computeCohenKappa,
  computeTwoByTwoIndices,
  pairTable,
  tableAgreement,
  type ContingencyTable,
} from './two-coders';
import type {
  AgreementReport,
  BootstrapOptions,
  RatingMatrix,
  Statistic,
  TwoByTwoIndices,
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
  /**
   * Share of ratings in the last category ("present") over the units two
   * or more coders rated (the units the coefficients use); null if none.
   */
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
  return computeTallyCodeAgreement(tallyRatingMatrix(matrix), options);
}

/**
 * `computeCodeAgreement` for a matrix already tallied, so a caller that
 * keeps the tally (the pooled bootstrap needs it) tallies only once.
 */
export function computeTallyCodeAgreement(
  tally: UnitTally,
  options: CodeAgreementOptions = {},
): CodeAgreement {
  const report = computeTallyAgreement(tally, tally.unitProfile.length, {
    categoryLabels: options.categoryLabels ?? ['absent', 'present'],
    ...(options.bootstrap ? { bootstrap: options.bootstrap } : {}),
  });
  const pairs: PairAgreement[] = [];
  for (let first = 0; first < tally.coderCount; first += 1) {
    for (let second = first + 1; second < tally.coderCount; second += 1) {
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

/** One pair's agreement from its contingency table. */
export function describePair(
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

function prevalenceOf(tally: UnitTally): number | null {
  const q = tally.categoryCount;
  let present = 0;
  let ratings = 0;
  for (let p = 0; p < tally.profileCount; p += 1) {
    if (tally.totals[p]! < 2) continue;

    present += tally.weight[p]! * tally.counts[p * q + q - 1]!;
    ratings += tally.weight[p]! * tally.totals[p]!;
  }
  return ratings === 0 ? null : present / ratings;
}
