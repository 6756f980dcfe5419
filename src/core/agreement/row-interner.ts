/**
 * Distinct rows of 32-bit integers (any lengths), each with a dense id in
 * order of first appearance. A hash picks candidates and each candidate
 * is compared cell by cell, so ids are exact; text keys would cost too
 * much at 100,000 rows. Grows in place: only the pooled-record grouping
 * uses it, inside one function call.
 */
export type RowInterner = {
  /** Cells of every row, one after another (the first `size`). */
  values: Int32Array;
  size: number;
  /** Row id's cells are values[starts[id] .. starts[id + 1]). */
  readonly starts: number[];
  /** First id with a hash, then `next[id]` for later ones. */
  readonly heads: Map<number, number>;
  readonly next: number[];
};

export function createRowInterner(): RowInterner {
  return {
    values: new Int32Array(1024),
    size: 0,
    starts: [0],
    heads: new Map(),
    next: [],
  };
}

/** The id of the row's first `length` cells, added when new. */
export function internRow(
  interner: RowInterner,
  row: ArrayLike<number>,
  length: number = row.length,
): number {
  const hash = hashRow(row, length);
  let last = -1;
  for (
    let id = interner.heads.get(hash) ?? -1;
    id >= 0;
    id = interner.next[id]!
  ) {
    if (isSameRow(interner, id, row, length)) return id;
    last = id;
  }

  const id = interner.next.length;
  append(interner, row, length);
  interner.next.push(-1);
  interner.starts.push(interner.size);
  if (last < 0) interner.heads.set(hash, id);
  else interner.next[last] = id;
  return id;
}

/** Number of distinct rows so far. */
export function countRows(interner: RowInterner): number {
  return interner.next.length;
}

/** The cells of every row, one after another. */
export function listCells(interner: RowInterner): Int32Array {
  return interner.values.subarray(0, interner.size);
}

function append(
  interner: RowInterner,
  row: ArrayLike<number>,
  length: number,
): void {
  if (interner.size + length > interner.values.length) {
    const larger = new Int32Array(
      Math.max(2 * interner.values.length, interner.size + length),
    );
    larger.set(interner.values);
    interner.values = larger;
  }
  for (let cell = 0; cell < length; cell += 1) {
    interner.values[interner.size + cell] = row[cell]!;
  }
  interner.size += length;
}

/** FNV-1a over the cells. */
function hashRow(row: ArrayLike<number>, length: number): number {
  let hash = 0x811c9dc5;
  for (let cell = 0; cell < length; cell += 1) {
    hash = Math.imul(hash ^ row[cell]!, 0x01000193);
  }
  return hash;
}

function isSameRow(
  interner: RowInterner,
  id: number,
  row: ArrayLike<number>,
  length: number,
): boolean {
  const start = interner.starts[id]!;
  if (interner.starts[id + 1]! - start !== length) return false;

  for (let cell = 0; cell < length; cell += 1) {
    if (interner.values[start + cell] !== row[cell]) return false;
  }
  return true;
}
