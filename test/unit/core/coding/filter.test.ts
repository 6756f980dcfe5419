import { describe, expect, it } from 'vitest';
import {
  createCodingMatcher,
  NO_CODING_FILTER,
} from '../../../../src/core/coding';
import { ADA, codeId, coding, sampleCodebook } from './support';

const MEALS = coding(ADA, 1, [2], { status: 'done' });
const DEVICES = coding(ADA, 2, [3], { status: 'flagged' });
const MERGED = coding(ADA, 3, [9], { status: 'in_progress' });
const NOTHING = coding(ADA, 4, [], { status: 'done' });

describe('filtering records by coding', () => {
  it('lets everything through without a filter', () => {
    expect(createCodingMatcher(sampleCodebook(), NO_CODING_FILTER)).toBe(null);
  });

  it('keeps records carrying a code, also through a merged-away GUID', () => {
    const matches = createCodingMatcher(sampleCodebook(), {
      codeId: codeId(2),
      status: null,
    })!;

    expect(
      [MEALS, DEVICES, MERGED, NOTHING, undefined].map(matches),
    ).toStrictEqual([true, false, true, false, false]);
  });

  it('keeps records carrying any code under a grouping node', () => {
    const matches = createCodingMatcher(sampleCodebook(), {
      codeId: codeId(1),
      status: null,
    })!;

    expect([MEALS, DEVICES, MERGED, NOTHING].map(matches)).toStrictEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('filters by status, counting a record without entry as not started', () => {
    const codebook = sampleCodebook();
    const notStarted = createCodingMatcher(codebook, {
      codeId: null,
      status: 'not_started',
    })!;
    const doneWithMeals = createCodingMatcher(codebook, {
      codeId: codeId(2),
      status: 'done',
    })!;

    expect([MEALS, DEVICES, undefined].map(notStarted)).toStrictEqual([
      false,
      false,
      true,
    ]);
    expect([MEALS, MERGED, NOTHING].map(doneWithMeals)).toStrictEqual([
      true,
      false,
      false,
    ]);
  });
});
