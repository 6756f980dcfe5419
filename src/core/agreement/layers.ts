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
  const { done, applied } = collectDone(input);

  const template = done.map((isDone) => (isDone === 1 ? 0 : MISSING_RATING_8));
  const buffer = new Uint8Array(input.codes.length * stride);
  for (let code = 0; code < input.codes.length; code += 1) {
    buffer.set(template, code * stride);
  }
  for (const index of applied) buffer[index] = 1;

  const matrices = input.codes.map((_, code): RatingMatrix => ({
    coderCount,
    unitCount,
    categoryCount: 2,
    ratings: buffer.subarray(code * stride, (code + 1) * stride),
  }));
  return { codes: input.codes, matrices };
}

/** Which coder × record cells are done, and the buffer index of every
 * applied code among them. */
function collectDone(input: LayerAgreementInput): {
  done: Uint8Array;
  applied: number[];
} {
  const coderIndex = indexOf(input.coders);
  const recordIndex = indexOf(input.records);
  const codeIndex = indexOf(input.codes);
  const unitCount = input.records.length;
  const stride = input.coders.length * unitCount;
  const done = new Uint8Array(stride);
  const applied: number[] = [];

  for (const coding of input.codings) {
    const coder = coderIndex.get(coding.coderId);
    const record = recordIndex.get(coding.recordKey);
    if (coding.status !== 'done' || coder === undefined) continue;
    if (record === undefined) continue;

    const cell = coder * unitCount + record;
    done[cell] = 1;
    for (const codeId of coding.codes) {
      const code = codeIndex.get(codeId);
      if (code !== undefined) applied.push(code * stride + cell);
    }
  }
  return { done, applied };
}

function indexOf<T>(values: readonly T[]): Map<T, number> {
  return new Map(values.map((value, index) => [value, index]));
}
