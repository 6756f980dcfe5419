import type { RecordCoding } from '../model/coding';
import type { CodeId, CoderId, RecordKey } from '../model/ids';
import { buildCodeMatrices, type LayerAgreementInput } from './layers';
import { MISSING_RATING_8 } from './rating-matrix';
import type { RatingMatrix } from './types';

/**
 * Every record × code on which the coders differ, and what they agreed
 * on, in a compact layout a worker can hand over cheaply: item i is
 * `records[recordIndex[i]]` × `codes[codeIndex[i]]`, and
 * `values[i * coders.length + g]` is coder g's decision: 1 present,
 * 0 absent, -1 not done. Items come by record order, then code order.
 */
export type DisagreementQueue = {
  readonly coders: readonly CoderId[];
  readonly codes: readonly CodeId[];
  readonly records: readonly RecordKey[];
  readonly recordIndex: Int32Array;
  readonly codeIndex: Int32Array;
  readonly values: Int8Array;
  /**
   * Per code, per coder: records two or more coders marked done and all
   * of those coders decided alike, by that decision. What "after
   * adjudication" compares with besides the decisions.
   */
  readonly agreed: readonly AgreedCounts[];
  /** Records two or more of the coders marked done. */
  readonly pairableRecords: number;
  /** Memos of queued records, per coder ('' for none); only non-empty. */
  readonly memos: ReadonlyMap<RecordKey, readonly string[]>;
};

export type AgreedCounts = {
  readonly present: readonly number[];
  readonly absent: readonly number[];
};

/** One queued disagreement, spelled out for review. */
export type Disagreement = {
  readonly recordKey: RecordKey;
  readonly codeId: CodeId;
  readonly decisions: readonly CoderDecision[];
};

export type CoderDecision = {
  readonly coderId: CoderId;
  /** Null when the coder has not marked the record done. */
  readonly value: 'present' | 'absent' | null;
  readonly memo: string;
};

/**
 * The disagreement queue of the given coders over the records in scope:
 * a record × code is queued when two or more coders marked the record
 * done and they differ on whether the code applies. Records a coder has
 * not marked done are not that coder's decisions (PRODUCT.md §3). Reads
 * the per-code matrices of `buildCodeMatrices`, one byte per decision.
 */
export function buildDisagreementQueue(
  input: LayerAgreementInput,
): DisagreementQueue {
  const codings = Array.isArray(input.codings)
    ? (input.codings as readonly RecordCoding[])
    : [...input.codings];
  const { matrices } = buildCodeMatrices({ ...input, codings });
  const coderCount = input.coders.length;
  const unitCount = input.records.length;
  const counts = new Int32Array(input.codes.length * coderCount * 2);
  const items = createItemList(coderCount);
  const row = new Int8Array(coderCount);
  let pairableRecords = 0;

  for (let record = 0; record < unitCount; record += 1) {
    if (countDone(matrices[0], record, unitCount, coderCount) < 2) continue;

    pairableRecords += 1;
    for (let code = 0; code < matrices.length; code += 1) {
      const verdict = readDecisions(matrices[code]!, record, row);
      if (verdict < 0) {
        items.push(record, code, row);
        continue;
      }
      // counts[(code · coders + coder) · 2 + verdict], verdict 1 = present.
      const base = code * coderCount * 2 + verdict;
      for (let coder = 0; coder < coderCount; coder += 1) {
        if (row[coder]! >= 0) counts[base + coder * 2]! += 1;
      }
    }
  }

  const { recordIndex, codeIndex, values } = items.finish();
  return {
    coders: input.coders,
    codes: input.codes,
    records: input.records,
    recordIndex,
    codeIndex,
    values,
    agreed: readAgreed(counts, input.codes.length, coderCount),
    pairableRecords,
    memos: collectMemos(input, codings, recordIndex),
  };
}

/** How many items the queue holds. */
export function countDisagreements(queue: DisagreementQueue): number {
  return queue.recordIndex.length;
}

/** Item `index` of the queue, with each coder's decision and memo. */
export function describeDisagreement(
  queue: DisagreementQueue,
  index: number,
): Disagreement {
  const recordKey = queue.records[queue.recordIndex[index]!]!;
  const memos = queue.memos.get(recordKey);
  const width = queue.coders.length;
  return {
    recordKey,
    codeId: queue.codes[queue.codeIndex[index]!]!,
    decisions: queue.coders.map((coderId, coder) => {
      const value = queue.values[index * width + coder]!;
      return {
        coderId,
        value: value < 0 ? null : value === 1 ? 'present' : 'absent',
        memo: memos?.[coder] ?? '',
      };
    }),
  };
}

/** Coders who marked the record done (any code's matrix tells). */
function countDone(
  matrix: RatingMatrix | undefined,
  record: number,
  unitCount: number,
  coderCount: number,
): number {
  if (matrix === undefined) return 0;

  let done = 0;
  for (let coder = 0; coder < coderCount; coder += 1) {
    if (matrix.ratings[coder * unitCount + record] !== MISSING_RATING_8) {
      done += 1;
    }
  }
  return done;
}

/**
 * Fills `row` with each coder's decision (1, 0, or -1 for not done) and
 * returns 1 when all who decided say present, 0 when all say absent, -1
 * when they differ.
 */
function readDecisions(
  matrix: RatingMatrix,
  record: number,
  row: Int8Array,
): number {
  let present = 0;
  let absent = 0;
  for (let coder = 0; coder < row.length; coder += 1) {
    const rating = matrix.ratings[coder * matrix.unitCount + record]!;
    if (rating === MISSING_RATING_8) {
      row[coder] = -1;
    } else {
      row[coder] = rating;
      if (rating === 1) present += 1;
      else absent += 1;
    }
  }
  if (present > 0 && absent > 0) return -1;

  return present > 0 ? 1 : 0;
}

function readAgreed(
  counts: Int32Array,
  codeCount: number,
  coderCount: number,
): AgreedCounts[] {
  return Array.from({ length: codeCount }, (_, code) => {
    const at = (coder: number, verdict: number) =>
      counts[(code * coderCount + coder) * 2 + verdict]!;
    return {
      present: Array.from({ length: coderCount }, (_, coder) => at(coder, 1)),
      absent: Array.from({ length: coderCount }, (_, coder) => at(coder, 0)),
    };
  });
}

type ItemList = {
  readonly push: (record: number, code: number, row: Int8Array) => void;
  readonly finish: () => {
    readonly recordIndex: Int32Array;
    readonly codeIndex: Int32Array;
    readonly values: Int8Array;
  };
};

/** Queue items in growing typed arrays: there can be millions. */
function createItemList(width: number): ItemList {
  let count = 0;
  let records = new Int32Array(1024);
  let codes = new Int32Array(1024);
  let decisions = new Int8Array(1024 * width);
  return {
    push: (record, code, row) => {
      if (count === records.length) {
        records = copyInto(new Int32Array(count * 2), records);
        codes = copyInto(new Int32Array(count * 2), codes);
        decisions = copyInto(new Int8Array(count * 2 * width), decisions);
      }
      records[count] = record;
      codes[count] = code;
      decisions.set(row, count * width);
      count += 1;
    },
    finish: () => ({
      recordIndex: records.slice(0, count),
      codeIndex: codes.slice(0, count),
      values: decisions.slice(0, count * width),
    }),
  };
}

function copyInto<T extends Int32Array | Int8Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/** Memos of the queued records, per coder, where any coder left one. */
function collectMemos(
  input: LayerAgreementInput,
  codings: readonly RecordCoding[],
  recordIndex: Int32Array,
): Map<RecordKey, readonly string[]> {
  const queued = new Set<RecordKey>();
  recordIndex.forEach((record) => queued.add(input.records[record]!));
  const coderIndex = new Map(input.coders.map((id, index) => [id, index]));
  const memos = new Map<RecordKey, string[]>();
  for (const coding of codings) {
    const coder = coderIndex.get(coding.coderId);
    if (coder === undefined || coding.status !== 'done') continue;
    if (coding.memo === '' || !queued.has(coding.recordKey)) continue;

    let texts = memos.get(coding.recordKey);
    if (texts === undefined) {
      texts = new Array<string>(input.coders.length).fill('');
      memos.set(coding.recordKey, texts);
    }
    texts[coder] = coding.memo;
  }
  return memos;
}
