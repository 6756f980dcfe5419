import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import {
  computeCodeAgreement,
  MISSING_RATING_8,
  poolCodeAgreements,
  ratingMatrixFromRows,
  selectUnits,
  type PooledAgreement,
  type RatingMatrix,
} from '../../../../src/core/agreement';

/**
 * Binary codes as a project produces them: each record × code has a
 * hidden truth (prevalence from 10% up by code); a coder applies a true
 * code with probability 0.85 and a false one with 0.08; each coder left
 * about 5% of records undone (missing in every code). Seeded.
 */
export function makeCodedMatrices(sizes: {
  readonly coders: number;
  readonly records: number;
  readonly codes: number;
  readonly seed: number;
}): RatingMatrix[] {
  const rng = xoroshiro128plus(sizes.seed);
  const chance = (probability: number) =>
    uniformInt(rng, 0, 9999) < probability * 10000;
  const done = Array.from({ length: sizes.coders }, () =>
    Array.from({ length: sizes.records }, () => chance(0.95)),
  );
  const rows = Array.from({ length: sizes.codes }, () =>
    done.map(() => new Array<number | null>(sizes.records).fill(null)),
  );
  for (let record = 0; record < sizes.records; record += 1) {
    for (let code = 0; code < sizes.codes; code += 1) {
      const isTrue = chance(0.1 + 0.1 * (code % 4));
      done.forEach((isDone, coder) => {
        const applied = chance(isTrue ? 0.85 : 0.08) ? 1 : 0;
        rows[code]![coder]![record] = isDone[record] ? applied : null;
      });
    }
  }
  return rows.map((codeRows) => ratingMatrixFromRows(codeRows, 2));
}

/** The three pooled values with intervals, as the engine orders them. */
export function pooledValues(pooled: PooledAgreement): (number | null)[] {
  return [
    pooled.summedTables.kappa.value,
    ...pooled.summedTables.pairs.map((pair) => pair.cohenKappa.value),
    pooled.alphaOverUnits.value,
  ];
}

/**
 * The pooled bootstrap done the slow, obvious way: per replicate, draw
 * as many records as were rated in some code with pure-rand's
 * `uniformInt`, copy every code's matrix for those records, and pool the
 * codes again from scratch. Percentile intervals (R type 7) where 90% of
 * replicates are defined, as `kappa`, `pairs`, `alphaOverUnits`.
 */
export function slowPooledIntervals(
  matrices: readonly RatingMatrix[],
  options: { readonly replicates: number; readonly seed: number },
): (readonly [number, number] | null)[] {
  const rated = listRatedRecords(matrices);
  const rng = xoroshiro128plus(options.seed);
  const samples = samplePooled(matrices, options.replicates, () =>
    rated.map(() => rated[uniformInt(rng, 0, rated.length - 1)]!),
  );
  return percentileIntervals(samples, options.replicates).map((interval) =>
    rated.length > 1 ? interval : null,
  );
}

/**
 * Per pooled value (in pooledValues order), its defined values over
 * `replicates` replicates, each pooling the codes again from scratch on
 * copies of the records `draw` gives.
 */
export function samplePooled(
  matrices: readonly RatingMatrix[],
  replicates: number,
  draw: () => readonly number[],
): number[][] {
  const samples: number[][] = [];
  for (let replicate = 0; replicate < replicates; replicate += 1) {
    const drawn = draw();
    const pooled = poolCodeAgreements(
      matrices.map((matrix) =>
        computeCodeAgreement(selectUnits(matrix, drawn)),
      ),
    );
    pooledValues(pooled).forEach((value, index) => {
      samples[index] ??= [];
      if (value !== null) samples[index].push(value);
    });
  }
  return samples;
}

/** 2.5% and 97.5% percentiles (R type 7) where 90% of replicates are defined. */
export function percentileIntervals(
  samples: readonly (readonly number[])[],
  replicates: number,
): (readonly [number, number] | null)[] {
  return samples.map((values) =>
    values.length >= 0.9 * replicates
      ? ([quantile(values, 0.025), quantile(values, 0.975)] as const)
      : null,
  );
}

/** Records with a rating in at least one code, in record order. */
export function listRatedRecords(matrices: readonly RatingMatrix[]): number[] {
  const { unitCount, coderCount } = matrices[0]!;
  return Array.from({ length: unitCount }, (_, unit) => unit).filter((unit) =>
    matrices.some((matrix) =>
      Array.from(
        { length: coderCount },
        (_, coder) => matrix.ratings[coder * unitCount + unit],
      ).some((value) => value !== MISSING_RATING_8),
    ),
  );
}

/** Hyndman & Fan (1996) type 7 on unsorted values. */
export function quantile(values: readonly number[], probability: number) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * probability;
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (position - low) * (sorted[high]! - sorted[low]!);
}
