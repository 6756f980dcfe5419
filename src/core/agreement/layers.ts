import type { RecordCoding } from '../model/coding';
import type { CodeId, CoderId, RecordKey } from '../model/ids';
import { MISSING_RATING_8 } from './rating-matrix';
import type { RatingMatrix } from './types';

export type LayerAgreementInput = {
  /** Coders to compare, in the order the matrices will use. */
  readonly coders: readonly CoderId[];
  /** The units: the reliability sample or a filtered set of records. */
  readonly records: readonly RecordKey[];
  readonly codes: readonly CodeId[];
  /** Codings from the coders' layers; others are ignored. */
  readonly codings: Iterable<RecordCoding>;
};

/** One binary rating matrix per code, in the order of `codes`. */
export type CodeMatrices = {
  readonly codes: readonly CodeId[];
  readonly matrices: readonly RatingMatrix[];
};

/**
 * Turns coding layers into per-code reliability data (PRODUCT.md §3):
 * a record is a unit for a coder only when its status is `done`; then
 * each code is 1 (applied) or 0 (not applied), otherwise missing. All
 * matrices share one buffer laid out [code][coder][record], one byte per
 * cell, so 50 codes × 5 coders × 100,000 records take 25 MB.
 */
export function buildCodeMatrices(input: LayerAgreementInput): CodeMatrices {
  const unitCount = input.records.length;
  const coderCount = input.coders.length;
  const stride = coderCount * unitCount;
  const { template, applied, appliedCount } = collectDone(input);

  const buffer = new Uint8Array(input.codes.length * stride);
  for (let code = 0; code < input.codes.length; code += 1) {
    buffer.set(template, code * stride);
  }
  for (let index = 0; index < appliedCount; index += 1) {
    buffer[applied[index]!] = 1;
  }

  const matrices = input.codes.map((_, code): RatingMatrix => ({
    coderCount,
    unitCount,
    categoryCount: 2,
    ratings: buffer.subarray(code * stride, (code + 1) * stride),
  }));
  return { codes: input.codes, matrices };
}

/**
 * One code's coder × record cells, 0 where done and missing elsewhere,
 * and the buffer index of every applied code on a done cell (the first
 * `appliedCount` entries of `applied`). Typed arrays throughout: at
 * 100,000 records × 5 coders this loop sees millions of applied codes.
 */
function collectDone(input: LayerAgreementInput): {
  template: Uint8Array;
  applied: Int32Array;
  appliedCount: number;
} {
  const coderIndex = indexOf(input.coders);
  const recordIndex = indexOf(input.records);
  const codeIndex = indexOf(input.codes);
  const unitCount = input.records.length;
  const stride = input.coders.length * unitCount;
  const template = new Uint8Array(stride).fill(MISSING_RATING_8);
  let applied: Int32Array = new Int32Array(1024);
  let appliedCount = 0;

  for (const coding of input.codings) {
    const coder = coderIndex.get(coding.coderId);
    const record = recordIndex.get(coding.recordKey);
    if (coding.status !== 'done' || coder === undefined) continue;
    if (record === undefined) continue;

    const cell = coder * unitCount + record;
    template[cell] = 0;
    for (const codeId of coding.codes) {
      const code = codeIndex.get(codeId);
      if (code === undefined) continue;

      if (appliedCount === applied.length) applied = grow(applied);
      applied[appliedCount++] = code * stride + cell;
    }
  }
  return { template, applied, appliedCount };
}

function grow(values: Int32Array): Int32Array {
  const larger = new Int32Array(values.length * 2);
  larger.set(values);
  return larger;
}

function indexOf<T>(values: readonly T[]): Map<T, number> {
  return new Map(values.map((value, index) => [value, index]));
}
