import type { RatingMatrix } from './types';

/** Missing sentinel of a Uint8Array ratings buffer. */
export const MISSING_RATING_8 = 0xff;
/** Missing sentinel of a Uint16Array ratings buffer. */
export const MISSING_RATING_16 = 0xffff;

/** The value that marks "no rating" in this buffer: its type's maximum. */
export function missingRatingOf(ratings: Uint8Array | Uint16Array): number {
  return ratings.BYTES_PER_ELEMENT === 1 ? MISSING_RATING_8 : MISSING_RATING_16;
}

/**
 * Allocates a matrix with every rating missing. Uses one byte per cell
 * when the categories fit (up to 254), two bytes otherwise.
 */
export function createRatingMatrix(
  coderCount: number,
  unitCount: number,
  categoryCount: number,
): RatingMatrix {
  if (categoryCount > MISSING_RATING_16) {
    throw new RangeError(`too many categories: ${categoryCount}`);
  }

  const size = coderCount * unitCount;
  const ratings =
    categoryCount < MISSING_RATING_8
      ? new Uint8Array(size).fill(MISSING_RATING_8)
      : new Uint16Array(size).fill(MISSING_RATING_16);
  return { coderCount, unitCount, categoryCount, ratings };
}

/**
 * Builds a matrix from rows of category indices, one row per coder,
 * null for missing. Convenient for tests and small data.
 */
export function ratingMatrixFromRows(
  rows: readonly (readonly (number | null)[])[],
  categoryCount: number,
): RatingMatrix {
  const unitCount = rows[0]?.length ?? 0;
  const matrix = createRatingMatrix(rows.length, unitCount, categoryCount);
  rows.forEach((row, coder) => {
    if (row.length !== unitCount) {
      throw new RangeError(`coder ${coder} has ${row.length} ratings`);
    }
    row.forEach((value, unit) => {
      if (value === null) return;
      if (!Number.isInteger(value) || value < 0 || value >= categoryCount) {
        throw new RangeError(`rating ${value} is not a category index`);
      }
      matrix.ratings[coder * unitCount + unit] = value;
    });
  });
  return matrix;
}

/** The same data with units in a different order or subset. */
export function selectUnits(
  matrix: RatingMatrix,
  units: readonly number[],
): RatingMatrix {
  const result = createRatingMatrix(
    matrix.coderCount,
    units.length,
    matrix.categoryCount,
  );
  const missingIn = missingRatingOf(matrix.ratings);
  const missingOut = missingRatingOf(result.ratings);
  for (let coder = 0; coder < matrix.coderCount; coder += 1) {
    units.forEach((unit, index) => {
      const value = matrix.ratings[coder * matrix.unitCount + unit]!;
      result.ratings[coder * units.length + index] =
        value === missingIn ? missingOut : value;
    });
  }
  return result;
}

/** The same data with coders in the given order (or a subset). */
export function selectCoders(
  matrix: RatingMatrix,
  coders: readonly number[],
): RatingMatrix {
  const { unitCount } = matrix;
  const result = createRatingMatrix(
    coders.length,
    unitCount,
    matrix.categoryCount,
  );
  const missingIn = missingRatingOf(matrix.ratings);
  const missingOut = missingRatingOf(result.ratings);
  coders.forEach((coder, index) => {
    for (let unit = 0; unit < unitCount; unit += 1) {
      const value = matrix.ratings[coder * unitCount + unit]!;
      result.ratings[index * unitCount + unit] =
        value === missingIn ? missingOut : value;
    }
  });
  return result;
}
