import {
  DEGENERATE,
  definedStatistic,
  REASONS,
  undefinedStatistic,
} from './statistic';
import type { Statistic, TwoByTwoIndices, WeightMatrix } from './types';
import type { UnitTally } from './unit-tally';

/**
 * Contingency table of two coders: cells[k * size + l] counts units the
 * first coder put in k and the second in l. Only units both coded.
 */
export type ContingencyTable = {
  readonly size: number;
  readonly cells: Float64Array;
};

/** Table of coders `first` and `second` over units both of them coded. */
export function pairTable(
  tally: UnitTally,
  first: number,
  second: number,
): ContingencyTable {
  const size = tally.categoryCount;
  const cells = new Float64Array(size * size);
  const { codings, coderCount: m } = tally;
  if (codings === null) return { size, cells };

  for (let p = 0; p < tally.profileCount; p += 1) {
    const k = codings[p * m + first]!;
    const l = codings[p * m + second]!;
    if (k < 0 || l < 0) continue;

    cells[k * size + l] = cells[k * size + l]! + tally.weight[p]!;
  }
  return { size, cells };
}

/** Sum of tables of the same size (pooling across codes). */
export function sumTables(
  tables: readonly ContingencyTable[],
): ContingencyTable {
  const size = tables[0]?.size ?? 0;
  const cells = new Float64Array(size * size);
  for (const table of tables) {
    table.cells.forEach((count, index) => {
      cells[index] = cells[index]! + count;
    });
  }
  return { size, cells };
}

/**
 * Cohen's kappa (Cohen 1960; weighted: Cohen 1968) from a contingency
 * table: κ = (pa − pe)/(1 − pe), pe = Σ_kl w_kl p_k. p_.l. Units one
 * coder left uncoded are not in the table (listwise deletion, as in
 * Cohen 1960, R irr `kappa2` and SAS PROC FREQ).
 * Standard error: the large-sample variance of Fleiss, Cohen & Everitt
 * (1969) in Gwet's (2014) weighted form (irrCAC `kappa2.table`).
 * Undefined for an empty table or when chance agreement is 1.
 */
export function computeCohenKappa(
  table: ContingencyTable,
  weights: WeightMatrix,
): Statistic {
  const margins = marginsOf(table);
  if (margins.total === 0) return undefinedStatistic(REASONS.noPairable);

  const chance = sumWeighted(weights, margins.rows, margins.columns);
  return chanceCorrected(table, weights, margins, chance, {
    rowChance: multiply(weights, margins.columns, false),
    columnChance: multiply(weights, margins.rows, true),
  });
}

/**
 * Scott's pi (Scott 1955, "Reliability of content analysis: the case of
 * nominal scale coding"), weighted as in Gwet (2014): chance from the
 * pooled marginals π_k = (p_k. + p_.k)/2 of the two coders' table.
 * Standard error: Gwet's (2014) large-sample variance (irrCAC
 * `scott2.table`). Undefined for an empty table or chance agreement 1.
 */
export function computeScottPi(
  table: ContingencyTable,
  weights: WeightMatrix,
): Statistic {
  const margins = marginsOf(table);
  if (margins.total === 0) return undefinedStatistic(REASONS.noPairable);

  const pooled = margins.rows.map((row, k) => (row + margins.columns[k]!) / 2);
  const chance = sumWeighted(weights, pooled, pooled);
  const forward = multiply(weights, margins.columns, false);
  const backward = multiply(weights, margins.rows, true);
  const symmetric = forward.map((value, k) => (value + backward[k]!) / 2);
  return chanceCorrected(table, weights, margins, chance, {
    rowChance: symmetric,
    columnChance: symmetric,
  });
}

/**
 * Prevalence index (a − d)/n, bias index (b − c)/n and the prevalence-
 * and bias-adjusted kappa PABAK = 2·pa − 1 of a 2×2 table with a = both
 * coders "present" (category 1), d = both "absent" (category 0): Byrt,
 * Bishop & Carlin (1993), "Bias, prevalence and kappa", J Clin Epidemiol
 * 46(5). Null for other table sizes or an empty table.
 */
export function computeTwoByTwoIndices(
  table: ContingencyTable,
): TwoByTwoIndices | null {
  if (table.size !== 2) return null;

  const [d, c, b, a] = [0, 1, 2, 3].map((index) => table.cells[index]!) as [
    number,
    number,
    number,
    number,
  ];
  const total = a + b + c + d;
  if (total === 0) return null;

  return {
    prevalenceIndex: (a - d) / total,
    biasIndex: (b - c) / total,
    pabak: (2 * (a + d)) / total - 1,
  };
}

/** Proportion of units in the table on which the coders agree (weighted). */
export function tableAgreement(
  table: ContingencyTable,
  weights: WeightMatrix,
): number | null {
  const total = table.cells.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;

  let agree = 0;
  table.cells.forEach((count, index) => {
    agree += count * weights.values[index]!;
  });
  return agree / total;
}

type Margins = {
  readonly total: number;
  readonly rows: Float64Array;
  readonly columns: Float64Array;
};

function marginsOf(table: ContingencyTable): Margins {
  const { size, cells } = table;
  const rows = new Float64Array(size);
  const columns = new Float64Array(size);
  let total = 0;
  for (let k = 0; k < size; k += 1) {
    for (let l = 0; l < size; l += 1) {
      const count = cells[k * size + l]!;
      rows[k] = rows[k]! + count;
      columns[l] = columns[l]! + count;
      total += count;
    }
  }
  for (let k = 0; k < size; k += 1) {
    rows[k] = rows[k]! / (total || 1);
    columns[k] = columns[k]! / (total || 1);
  }
  return { total, rows, columns };
}

/**
 * (pa − pe)/(1 − pe) with the Fleiss–Cohen–Everitt style variance
 * (1/(n (1 − pe)²)) [Σ_kl p_kl (w_kl − (1 − κ)(a_k + b_l))² −
 * (pa − 2 (1 − κ) pe)²], where a and b are each coefficient's chance
 * gradients (Gwet 2014).
 */
function chanceCorrected(
  table: ContingencyTable,
  weights: WeightMatrix,
  margins: Margins,
  chance: number,
  gradients: { rowChance: Float64Array; columnChance: Float64Array },
): Statistic {
  if (1 - chance < DEGENERATE) return undefinedStatistic(REASONS.oneCategory);

  const { size, cells } = table;
  const { total } = margins;
  const agreement = tableAgreement(table, weights)!;
  const value = (agreement - chance) / (1 - chance);
  let sum = 0;
  for (let k = 0; k < size; k += 1) {
    for (let l = 0; l < size; l += 1) {
      const share = cells[k * size + l]! / total;
      const centred =
        weights.values[k * size + l]! -
        (1 - value) * (gradients.rowChance[k]! + gradients.columnChance[l]!);
      sum += share * centred * centred;
    }
  }
  const offset = agreement - 2 * (1 - value) * chance;
  const variance = (sum - offset * offset) / (total * (1 - chance) ** 2);
  return definedStatistic(value, variance);
}

function sumWeighted(
  weights: WeightMatrix,
  a: Float64Array,
  b: Float64Array,
): number {
  const q = weights.size;
  let sum = 0;
  for (let k = 0; k < q; k += 1) {
    for (let l = 0; l < q; l += 1) {
      sum += weights.values[k * q + l]! * a[k]! * b[l]!;
    }
  }
  return sum;
}

/** (W v)_k, or (Wᵀ v)_k when `transposed`. */
function multiply(
  weights: WeightMatrix,
  vector: Float64Array,
  transposed: boolean,
): Float64Array {
  const q = weights.size;
  const result = new Float64Array(q);
  for (let k = 0; k < q; k += 1) {
    for (let l = 0; l < q; l += 1) {
      const weight = transposed
        ? weights.values[l * q + k]!
        : weights.values[k * q + l]!;
      result[k] = result[k]! + weight * vector[l]!;
    }
  }
  return result;
}
