import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import {
  bootstrapPooledIntervals,
  computeAgreement,
  computeCodeAgreement,
  poolCodeAgreements,
  ratingMatrixFromRows,
  selectUnits,
  tallyRatingMatrix,
  type BootstrapOptions,
  type PooledIntervals,
  type RatingMatrix,
} from '../../../../src/core/agreement';
import { drawMultinomial } from '../../../../src/core/agreement/binomial';
import { collectPooledRecords } from '../../../../src/core/agreement/pooled-records';
import {
  listRatedRecords,
  makeCodedMatrices,
  percentileIntervals,
  pooledValues,
  quantile,
  samplePooled,
  slowPooledIntervals,
} from './pooled-fixture';

function intervalsOf(
  matrices: readonly RatingMatrix[],
  options: BootstrapOptions,
): PooledIntervals {
  return bootstrapPooledIntervals(matrices.map(tallyRatingMatrix), options);
}

/** kappa, each pair's kappa, alpha: the order of slowPooledIntervals. */
function flatten(intervals: PooledIntervals) {
  return [intervals.kappa, ...intervals.pairs, intervals.alphaOverUnits];
}

function expectSameIntervals(
  actual: readonly (readonly [number, number] | null)[],
  expected: readonly (readonly [number, number] | null)[],
) {
  expect(actual.map((interval) => interval === null)).toEqual(
    expected.map((interval) => interval === null),
  );
  actual.forEach((interval, index) => {
    if (interval === null) return;
    expect(interval[0]).toBeCloseTo(expected[index]![0], 12);
    expect(interval[1]).toBeCloseTo(expected[index]![1], 12);
  });
}

const PROJECT = makeCodedMatrices({
  coders: 3,
  records: 60,
  codes: 4,
  seed: 11,
});

describe('bootstrapPooledIntervals', () => {
  it('matches a bootstrap that pools every replicate from scratch', () => {
    const options = { replicates: 200, seed: 7 };
    const fast = intervalsOf(PROJECT, { ...options, draw: 'units' });

    expect(fast.pairs).toHaveLength(3);
    expectSameIntervals(flatten(fast), slowPooledIntervals(PROJECT, options));
  });

  it('is the same for the same seed and differs for another', () => {
    const run = (seed: number) =>
      intervalsOf(PROJECT, { replicates: 100, seed, draw: 'profiles' });

    expect(run(3)).toEqual(run(3));
    expect(run(3).kappa).not.toEqual(run(4).kappa);
  });

  it('brackets the pooled values of a realistic project', () => {
    const pooled = poolCodeAgreements(
      PROJECT.map((matrix) => computeCodeAgreement(matrix)),
    );
    const intervals = flatten(
      intervalsOf(PROJECT, { replicates: 500, seed: 20201101 }),
    );

    pooledValues(pooled).forEach((value, index) => {
      const [low, high] = intervals[index]!;
      expect(low).toBeLessThan(value!);
      expect(high).toBeGreaterThan(value!);
    });
  });

  it('draws records jointly, so a code and its copy vary as one', () => {
    // Code B repeats code A on every record: drawn jointly, the summed
    // tables are twice A's table in every replicate, so the pooled kappa
    // interval is exactly A's own kappa interval for the same draws.
    const [code] = makeCodedMatrices({
      coders: 2,
      records: 80,
      codes: 1,
      seed: 5,
    });
    const options = { replicates: 300, seed: 9, draw: 'units' } as const;
    const joint = intervalsOf([code!, code!], options);
    const alone = computeAgreement(code!, { bootstrap: options }).statistics
      .cohen_kappa.ci95!;

    expect(joint.kappa![0]).toBeCloseTo(alone[0], 12);
    expect(joint.kappa![1]).toBeCloseTo(alone[1], 12);
    // Drawn per code, the copies' sampling errors would partly cancel.
    const perCode = independentKappaInterval([code!, code!], options);
    expect(width(perCode)).toBeLessThan(0.85 * width(joint.kappa!));
  });

  it("draws each group's count from the multinomial with draw 'profiles'", () => {
    // Two coders, two codes: at most a few dozen distinct records.
    const matrices = makeCodedMatrices({
      coders: 2,
      records: 200,
      codes: 2,
      seed: 21,
    });
    const options = { replicates: 151, seed: 4, draw: 'profiles' } as const;

    expectSameIntervals(
      flatten(intervalsOf(matrices, options)),
      slowMultinomialIntervals(matrices, options),
    );
  });

  it('draws record by record when nearly every record is distinct', () => {
    const matrices = makeCodedMatrices({
      coders: 3,
      records: 40,
      codes: 12,
      seed: 8,
    });
    const run = (draw: 'units' | 'profiles') =>
      intervalsOf(matrices, { replicates: 100, seed: 2, draw });

    expect(run('profiles')).toEqual(run('units'));
  });
});

/** Pooled kappa interval with each code resampled on its own draws. */
function independentKappaInterval(
  matrices: readonly RatingMatrix[],
  options: BootstrapOptions,
): readonly [number, number] {
  const rated = listRatedRecords(matrices);
  const rngs = matrices.map((_, code) => xoroshiro128plus(options.seed + code));
  const values: number[] = [];
  for (let replicate = 0; replicate < options.replicates; replicate += 1) {
    const codes = matrices.map((matrix, code) => {
      const drawn = rated.map(
        () => rated[uniformInt(rngs[code]!, 0, rated.length - 1)]!,
      );
      return computeCodeAgreement(selectUnits(matrix, drawn));
    });
    const kappa = poolCodeAgreements(codes).summedTables.kappa.value;
    if (kappa !== null) values.push(kappa);
  }
  return [quantile(values, 0.025), quantile(values, 0.975)];
}

function width(interval: readonly [number, number]): number {
  return interval[1] - interval[0];
}

/**
 * The multinomial pooled bootstrap the slow way: records are grouped by
 * the sorted list of their codes' pairable rating profiles (in order of
 * first appearance), each replicate draws group counts with
 * drawMultinomial, and the codes are pooled from scratch on copies of
 * one record per group, repeated.
 */
function slowMultinomialIntervals(
  matrices: readonly RatingMatrix[],
  options: BootstrapOptions,
) {
  const groups = new Map<string, number[]>();
  for (const record of listRatedRecords(matrices)) {
    const key = matrices
      .map((matrix) => profileOf(matrix, record))
      .filter((profile) => profile.split(',').filter((v) => v).length >= 2)
      .sort()
      .join('|');
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const members = [...groups.values()];
  const sizes = Float64Array.from(members, (records) => records.length);
  const draws = sizes.reduce((sum, size) => sum + size, 0);
  const counts = new Float64Array(members.length);
  const rng = xoroshiro128plus(options.seed);
  const samples = samplePooled(matrices, options.replicates, () => {
    drawMultinomial(rng, draws, sizes, counts);
    return members.flatMap((records, group) =>
      Array.from({ length: counts[group]! }, () => records[0]!),
    );
  });
  return percentileIntervals(samples, options.replicates);
}

/** One record's ratings in a code, "" where missing, e.g. "1,,0". */
function profileOf(matrix: RatingMatrix, record: number): string {
  return Array.from({ length: matrix.coderCount }, (_, coder) => {
    const value = matrix.ratings[coder * matrix.unitCount + record]!;
    return value === 255 ? '' : String(value);
  }).join(',');
}

describe('pooled intervals in undefined and degenerate cases', () => {
  const options = { replicates: 200, seed: 1 };
  const pool = (rows: (0 | 1 | null)[][][]) => {
    const matrices = rows.map((coders) => ratingMatrixFromRows(coders, 2));
    return poolCodeAgreements(
      matrices.map((matrix) => computeCodeAgreement(matrix)),
      intervalsOf(matrices, options),
    );
  };

  it('gives [1, 1] for perfect agreement on common codes', () => {
    const code = (shift: number) => {
      const row = Array.from({ length: 40 }, (_, r) =>
        (r + shift) % 3 === 0 ? 1 : 0,
      );
      return [row, row, row];
    };
    const pooled = pool([code(0), code(1)]);

    expect(pooled.summedTables.kappa).toEqual({ value: 1, ci95: [1, 1] });
    expect(pooled.alphaOverUnits).toEqual({ value: 1, ci95: [1, 1] });
    for (const pair of pooled.summedTables.pairs) {
      expect(pair.cohenKappa.ci95).toEqual([1, 1]);
    }
  });

  it('gives no interval where most replicates lose the one present record', () => {
    const rare = [...Array.from({ length: 39 }, () => 0 as const), 1 as const];
    const absent = Array.from({ length: 40 }, () => 0 as const);
    const pooled = pool([
      [rare, rare],
      [absent, absent],
    ]);

    expect(pooled.summedTables.kappa.value).toBe(1);
    expect(pooled.summedTables.kappa.ci95).toBeUndefined();
    expect(pooled.alphaOverUnits.ci95).toBeUndefined();
  });

  it('keeps the reason and gives no interval when a value is undefined', () => {
    const absent = Array.from({ length: 20 }, () => 0 as const);
    const pooled = pool([
      [absent, absent],
      [absent, absent],
    ]);

    expect(pooled.summedTables.kappa.value).toBeNull();
    expect(pooled.summedTables.kappa.reason).toMatch(/one category/);
    expect(pooled.summedTables.kappa.ci95).toBeUndefined();
    expect(pooled.alphaOverUnits.value).toBeNull();
    expect(pooled.alphaOverUnits.reason).toMatch(/alike/);
  });

  it('gives null intervals when no record was coded by two coders', () => {
    const matrices = [
      ratingMatrixFromRows(
        [
          [1, null, 0, null],
          [null, 0, null, 1],
        ],
        2,
      ),
    ];
    const intervals = intervalsOf(matrices, options);

    expect(intervals).toEqual({
      kappa: null,
      pairs: [null],
      alphaOverUnits: null,
    });
    expect(
      poolCodeAgreements([computeCodeAgreement(matrices[0]!)], intervals)
        .summedTables.kappa.reason,
    ).toMatch(/no unit was coded by two or more coders/);
  });

  it('gives null intervals for a single rated record', () => {
    const matrices = [ratingMatrixFromRows([[1], [0]], 2)];

    expect(intervalsOf(matrices, options).kappa).toBeNull();
  });

  it('gives null intervals for no codes', () => {
    expect(intervalsOf([], options)).toEqual({
      kappa: null,
      pairs: [],
      alphaOverUnits: null,
    });
  });
});

describe('collectPooledRecords', () => {
  it('groups records whose codes hold the same ratings in another order', () => {
    // Record 0: A (1, 1), B (0, 0); record 1: A (0, 0), B (1, 1);
    // record 2: A (1, 0), B (0, 0); record 3: nobody rated it.
    const a = ratingMatrixFromRows(
      [
        [1, 0, 1, null],
        [1, 0, 0, null],
      ],
      2,
    );
    const b = ratingMatrixFromRows(
      [
        [0, 1, 0, null],
        [0, 1, 0, null],
      ],
      2,
    );
    const records = collectPooledRecords([a, b].map(tallyRatingMatrix));

    expect(Array.from(records.drawnGroups)).toEqual([0, 0, 1]);
    expect(Array.from(records.groupSizes)).toEqual([2, 1]);
  });

  it('refuses codes with different coders', () => {
    const two = ratingMatrixFromRows([[1], [1]], 2);
    const three = ratingMatrixFromRows([[1], [1], [0]], 2);

    expect(() =>
      collectPooledRecords([two, three].map(tallyRatingMatrix)),
    ).toThrow(RangeError);
  });
});
