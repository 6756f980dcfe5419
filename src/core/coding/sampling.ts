import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type {
  ReliabilitySample,
  SampleMethod,
  SampleSize,
} from '../model/coding';
import { asSampleId } from '../model/coding';
import type {
  Clock,
  CoderId,
  ColumnKey,
  IdGenerator,
  RecordKey,
} from '../model/ids';
import type { Problem, Result } from '../model/problem';
import { ok } from '../model/problem';
import { checkSampleRequest } from './sample-checks';

export { computeSampleCount, MAX_SAMPLE_SEED } from './sample-checks';
import type { SampleableRecord } from './strata';
import { allocateStrata, groupStrata } from './strata';

export type { SampleableRecord } from './strata';

/** What the lead asks for when drawing a reliability sample. */
export type SampleRequest = {
  readonly name: string;
  /** Integer in [0, 2^32 − 1]; the same seed redraws the same sample. */
  readonly seed: number;
  readonly method: SampleMethod;
  readonly size: SampleSize;
  /** Required for `stratified`, null for `simple`. */
  readonly stratifyBy: ColumnKey | null;
  readonly coderIds: readonly CoderId[];
};

/** Who draws, the time source and the id source. */
export type SampleContext = {
  readonly createdBy: CoderId;
  readonly clock: Clock;
  readonly newId: IdGenerator;
};

/**
 * Draws a seeded reliability sample. Records are sorted by key first, so
 * the sample depends only on the seed, the request and the set of records,
 * never on their order in storage. Simple: a partial Fisher–Yates shuffle
 * over pure-rand's xoroshiro128+. Stratified: proportional allocation to
 * the column's values with largest-remainder rounding, at least one record
 * per stratum when the size allows (see `allocateStrata`), then a simple
 * draw within each stratum in stratum order.
 */
export function drawReliabilitySample(
  records: readonly SampleableRecord[],
  request: SampleRequest,
  context: SampleContext,
): Result<ReliabilitySample, Problem> {
  const sorted = sortByKey(records);
  const checked = checkSampleRequest(request, sorted);
  if (!checked.ok) return checked;

  const random = createDraw(request.seed);
  const count = checked.value;
  const recordKeys =
    request.method === 'simple'
      ? random(
          sorted.map((record) => record.key),
          count,
        )
      : drawStratified(sorted, request.stratifyBy, count, random);

  return ok({
    id: asSampleId(context.newId()),
    name: request.name.trim(),
    seed: request.seed,
    method: request.method,
    size: request.size,
    stratifyBy: request.method === 'simple' ? null : request.stratifyBy,
    recordKeys: recordKeys.sort(compareKeys),
    coderIds: [...new Set(request.coderIds)],
    createdAt: context.clock(),
    createdBy: context.createdBy,
  });
}

type Draw = (keys: readonly RecordKey[], count: number) => RecordKey[];

/**
 * One generator for the whole sample: strata draw from it in turn, so
 * each stratum's draw depends on the seed and the strata before it.
 */
function createDraw(seed: number): Draw {
  // `seed | 0` maps [0, 2^32 − 1] one-to-one onto the generator's seeds.
  const generator = xoroshiro128plus(seed | 0);
  return (keys, count) => {
    const pool = [...keys];
    const take = Math.min(count, pool.length);
    for (let index = 0; index < take; index += 1) {
      const pick = uniformInt(generator, index, pool.length - 1);
      const chosen = pool[pick] as RecordKey;
      pool[pick] = pool[index] as RecordKey;
      pool[index] = chosen;
    }
    return pool.slice(0, take);
  };
}

function drawStratified(
  sorted: readonly SampleableRecord[],
  column: ColumnKey | null,
  count: number,
  draw: Draw,
): RecordKey[] {
  const strata = groupStrata(sorted, column ?? ('' as ColumnKey));
  const allocation = allocateStrata(
    strata.map((stratum) => stratum.recordKeys.length),
    count,
  );
  return strata.flatMap((stratum, index) =>
    draw(stratum.recordKeys, allocation[index] ?? 0),
  );
}

function sortByKey(records: readonly SampleableRecord[]): SampleableRecord[] {
  const byKey = new Map<RecordKey, SampleableRecord>();
  for (const record of records) {
    if (!byKey.has(record.key)) byKey.set(record.key, record);
  }
  return [...byKey.values()].sort((a, b) => compareKeys(a.key, b.key));
}

/** Code-unit order, the same in every runtime and locale. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;

  return a < b ? -1 : 1;
}
