import type { CodingStatus, RecordCoding } from '../../core/model/coding';
import type { CodeId, CoderId, RecordKey } from '../../core/model/ids';

/**
 * Buckets per coder layer. A record's bucket is a hash of its key, so it
 * never depends on other records; with 100,000 records a bucket holds
 * about 400 codings, so one toggle rewrites one small value while loading
 * a layer reads 256 values instead of 100,000. Stored data depends on this
 * number and on `bucketOf`: changing either needs a schema upgrade.
 */
export const LAYER_BUCKETS = 256;

/**
 * Up to a bucket's worth of one coder's codings, column-aligned: entry i
 * of each array belongs to record `keys[i]`.
 */
export type CodingBucketRow = {
  readonly projectId: string;
  readonly coderId: string;
  readonly bucket: number;
  readonly keys: readonly string[];
  readonly codes: readonly (readonly string[])[];
  readonly memos: readonly string[];
  readonly statuses: readonly CodingStatus[];
  readonly createdAt: readonly string[];
  readonly updatedAt: readonly string[];
  readonly versions: readonly number[];
};

/** The bucket of a record key: 32-bit FNV-1a over its UTF-16 code units. */
export function bucketOf(recordKey: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < recordKey.length; index += 1) {
    hash ^= recordKey.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % LAYER_BUCKETS;
}

/** Appends a bucket's codings to `into`. */
export function decodeBucket(row: CodingBucketRow, into: RecordCoding[]): void {
  const coderId = row.coderId as CoderId;
  row.keys.forEach((key, index) => {
    into.push({
      recordKey: key as RecordKey,
      coderId,
      codes: (row.codes[index] ?? []) as CodeId[],
      memo: row.memos[index] ?? '',
      status: row.statuses[index] ?? 'not_started',
      createdAt: row.createdAt[index] ?? '',
      updatedAt: row.updatedAt[index] ?? '',
      codebookVersion: row.versions[index] ?? 0,
    });
  });
}

/** A bucket's codings keyed by record, for changing them. */
export function readBucket(
  row: CodingBucketRow | undefined,
): Map<RecordKey, RecordCoding> {
  const codings: RecordCoding[] = [];
  if (row) decodeBucket(row, codings);
  return new Map(codings.map((coding) => [coding.recordKey, coding]));
}

/** Packs one coder's codings of one bucket into a row. */
export function encodeBucket(
  projectId: string,
  coderId: string,
  bucket: number,
  codings: Iterable<RecordCoding>,
): CodingBucketRow {
  const row = {
    projectId,
    coderId,
    bucket,
    keys: [] as string[],
    codes: [] as string[][],
    memos: [] as string[],
    statuses: [] as CodingStatus[],
    createdAt: [] as string[],
    updatedAt: [] as string[],
    versions: [] as number[],
  };
  for (const coding of codings) {
    row.keys.push(coding.recordKey);
    row.codes.push([...coding.codes]);
    row.memos.push(coding.memo);
    row.statuses.push(coding.status);
    row.createdAt.push(coding.createdAt);
    row.updatedAt.push(coding.updatedAt);
    row.versions.push(coding.codebookVersion);
  }
  return row;
}

/** Rows for whole layers: one per coder × non-empty bucket. */
export function encodeLayers(
  projectId: string,
  codings: readonly RecordCoding[],
): CodingBucketRow[] {
  type Buckets = Map<number, Map<RecordKey, RecordCoding>>;
  const byCoder = new Map<string, Buckets>();
  for (const coding of codings) {
    const buckets = byCoder.get(coding.coderId) ?? (new Map() as Buckets);
    byCoder.set(coding.coderId, buckets);
    const bucket = bucketOf(coding.recordKey);
    const group = buckets.get(bucket) ?? new Map<RecordKey, RecordCoding>();
    buckets.set(bucket, group);
    group.set(coding.recordKey, coding);
  }

  const rows: CodingBucketRow[] = [];
  for (const [coderId, buckets] of byCoder) {
    for (const [bucket, group] of buckets) {
      rows.push(encodeBucket(projectId, coderId, bucket, group.values()));
    }
  }
  return rows;
}
