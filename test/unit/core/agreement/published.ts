import { expect } from 'vitest';
import {
  ratingMatrixFromRows,
  type RatingMatrix,
  type Statistic,
  type StatisticName,
  type Statistics,
} from '../../../../src/core/agreement';

/** Published [value, standard error] per statistic. */
export type PublishedValues = Partial<
  Record<StatisticName, readonly [string, string?]>
>;

/**
 * Asserts a value against a published figure to the published precision:
 * "0.743" allows ±0.0005, "0.7964094" ±0.00000005.
 */
export function expectPublished(
  actual: number | null | undefined,
  published: string,
): void {
  const decimals = published.split('.')[1]?.length ?? 0;
  const tolerance = 0.5 * 10 ** -decimals + 1e-12;
  expect(actual).not.toBeNull();
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - Number(published))).toBeLessThanOrEqual(tolerance);
}

/** Value and standard error of a statistic against published figures. */
export function expectStatistic(
  statistic: Statistic,
  value: string,
  se?: string,
): void {
  expectPublished(statistic.value, value);
  if (se !== undefined) expectPublished(statistic.se, se);
}

/** Every listed statistic against its published value and error. */
export function expectStatistics(
  statistics: Statistics,
  expected: PublishedValues,
): void {
  for (const [name, [value, se]] of Object.entries(expected) as [
    StatisticName,
    readonly [string, string?],
  ][]) {
    expectStatistic(statistics[name], value, se);
  }
}

/**
 * A two-coder matrix from a contingency table: cell [k][l] units that
 * coder 1 put in k and coder 2 in l.
 */
export function matrixFromTable(
  table: readonly (readonly number[])[],
): RatingMatrix {
  const first: number[] = [];
  const second: number[] = [];
  table.forEach((row, k) =>
    row.forEach((count, l) => {
      for (let unit = 0; unit < count; unit += 1) {
        first.push(k);
        second.push(l);
      }
    }),
  );
  return ratingMatrixFromRows([first, second], table.length);
}

/**
 * A matrix from rows of category values (one row per coder, null for
 * missing), with categories the given values in order.
 */
export function matrixFromValues(
  rows: readonly (readonly (number | string | null)[])[],
  categories: readonly (number | string)[],
): RatingMatrix {
  return ratingMatrixFromRows(
    rows.map((row) =>
      row.map((value) => (value === null ? null : categories.indexOf(value))),
    ),
    categories.length,
  );
}

/** Coder rows from unit rows (the transpose). */
export function transpose<T>(units: readonly (readonly T[])[]): T[][] {
  const coders = units[0]?.length ?? 0;
  return Array.from({ length: coders }, (_, coder) =>
    units.map((unit) => unit[coder]!),
  );
}
