import { describe, expect, it } from 'vitest';
import {
  computeCodingProgress,
  listAssignedRecords,
  listSamplesForCoder,
} from '../../../../src/core/coding';
import type { ReliabilitySample } from '../../../../src/core/model/coding';
import { asSampleId } from '../../../../src/core/model/coding';
import { ADA, BEA, CAL, at, coding, key } from './support';

const ROUND_1 = sample('s-1', [3, 1, 2, 4], [ADA, BEA]);
const ROUND_2 = sample('s-2', [4, 5, 9], [BEA, CAL]);

describe('assigned to me', () => {
  it('lists the records of every sample assigned to the coder, once, sorted', () => {
    expect(listAssignedRecords([ROUND_1, ROUND_2], BEA)).toStrictEqual(
      [1, 2, 3, 4, 5, 9].map(key),
    );
    expect(listAssignedRecords([ROUND_1, ROUND_2], ADA)).toStrictEqual(
      [1, 2, 3, 4].map(key),
    );
    expect(listSamplesForCoder([ROUND_1, ROUND_2], CAL)).toStrictEqual([
      ROUND_2,
    ]);
  });
});

describe('progress figures', () => {
  it('counts done over all records and over the assigned ones', () => {
    const progress = computeCodingProgress({
      coderId: BEA,
      recordKeys: [1, 2, 3, 4, 5, 6, 7, 8].map(key),
      samples: [ROUND_1, ROUND_2],
      codings: [
        coding(BEA, 1, [2], { status: 'done' }),
        coding(BEA, 4, [], { status: 'done' }),
        coding(BEA, 7, [3], { status: 'done' }),
        coding(BEA, 2, [3], { status: 'flagged' }),
        coding(BEA, 3, [], { status: 'in_progress' }),
        coding(BEA, 6, [], { status: 'not_started' }),
        // Another coder's work and a record no longer in the project.
        coding(ADA, 5, [2], { status: 'done' }),
        coding(BEA, 9, [2], { status: 'done' }),
      ],
    });

    expect(progress).toStrictEqual({
      total: 8,
      done: 3,
      inProgress: 1,
      flagged: 1,
      assigned: 5,
      assignedDone: 2,
    });
  });

  it('reports nothing assigned to a coder outside every sample', () => {
    const progress = computeCodingProgress({
      coderId: ADA,
      recordKeys: [1, 2].map(key),
      samples: [ROUND_2],
      codings: [],
    });

    expect(progress).toStrictEqual({
      total: 2,
      done: 0,
      inProgress: 0,
      flagged: 0,
      assigned: 0,
      assignedDone: 0,
    });
  });
});

function sample(
  id: string,
  records: number[],
  coderIds: ReliabilitySample['coderIds'],
): ReliabilitySample {
  return {
    id: asSampleId(id),
    name: id,
    seed: 7,
    method: 'simple',
    size: { kind: 'count', value: records.length },
    stratifyBy: null,
    recordKeys: records.map(key),
    coderIds,
    createdAt: at(10),
    createdBy: ADA,
  };
}
