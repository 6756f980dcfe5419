import type { ColumnKey, RecordKey } from '../model/ids';
import type { ScanRecord } from '../model/scan';

/** What a draw needs of a record. */
export type SampleableRecord = Pick<ScanRecord, 'key' | 'fields'>;

/** The records sharing one value of the stratifying column. */
export type Stratum = {
  /** The cell text, trimmed; '' for blank or missing cells. */
  readonly value: string;
  /** In the order given (sorted by key when drawing). */
  readonly recordKeys: readonly RecordKey[];
};

/** Groups records by the trimmed value of `column`, strata by value. */
export function groupStrata(
  records: readonly SampleableRecord[],
  column: ColumnKey,
): Stratum[] {
  const byValue = new Map<string, RecordKey[]>();
  for (const record of records) {
    const cell = Object.hasOwn(record.fields, column)
      ? (record.fields[column] ?? '')
      : '';
    const value = cell.trim();
    const keys = byValue.get(value) ?? [];
    keys.push(record.key);
    byValue.set(value, keys);
  }
  return [...byValue]
    .sort(([a], [b]) => (a === b ? 0 : a < b ? -1 : 1))
    .map(([value, recordKeys]) => ({ value, recordKeys }));
}

/**
 * Splits `count` over strata of the given sizes in proportion to their
 * size (Hamilton's largest-remainder method): each stratum gets the whole
 * part of its quota count × size / total, and the records left over go to
 * the largest remainders (ties: larger stratum, then earlier stratum).
 * Then, when `count` is at least the number of strata, every empty stratum
 * takes one record from the stratum furthest above its quota that has
 * two or more (ties: earlier stratum), largest empty strata first. Integer
 * arithmetic throughout, so results are exact.
 */
export function allocateStrata(
  sizes: readonly number[],
  count: number,
): number[] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total === 0 || count <= 0) return sizes.map(() => 0);

  const wanted = Math.min(count, total);
  const allocation = sizes.map((size) => Math.floor((wanted * size) / total));
  const leftover = wanted - allocation.reduce((sum, n) => sum + n, 0);
  const byRemainder = sizes
    .map((size, index) => ({ index, size, rest: (wanted * size) % total }))
    .sort((a, b) => b.rest - a.rest || b.size - a.size || a.index - b.index);
  for (const { index } of byRemainder.slice(0, leftover)) {
    allocation[index] = (allocation[index] ?? 0) + 1;
  }

  if (wanted >= sizes.filter((size) => size > 0).length) {
    fillEmptyStrata(sizes, allocation, wanted, total);
  }
  return allocation;
}

function fillEmptyStrata(
  sizes: readonly number[],
  allocation: number[],
  wanted: number,
  total: number,
): void {
  const empty = sizes
    .map((size, index) => ({ size, index }))
    .filter(({ size, index }) => size > 0 && allocation[index] === 0)
    .sort((a, b) => b.size - a.size || a.index - b.index);

  for (const { index } of empty) {
    // Surplus over quota, scaled by `total` to stay in integers.
    let donor = -1;
    let best = -Infinity;
    allocation.forEach((given, at) => {
      const surplus = given * total - wanted * (sizes[at] ?? 0);
      if (given >= 2 && surplus > best) {
        donor = at;
        best = surplus;
      }
    });
    if (donor === -1) return;

    allocation[donor] = (allocation[donor] ?? 0) - 1;
    allocation[index] = 1;
  }
}
