import { describe, expect, it } from 'vitest';
import {
  computeSampleProgress,
  countSampleStrata,
} from '../../../../src/core/coding';
import {
  asColumnKey,
  asRecordKey,
  type RecordKey,
} from '../../../../src/core/model/ids';
import { asSampleId } from '../../../../src/core/model/coding';
import { ADA, BEA, CAL, at, coding, key } from './support';

const records = [
  { key: key(1), fields: { type: 'Nonprofit' } },
  { key: key(2), fields: { type: ' Nonprofit ' } },
  { key: key(3), fields: { type: 'Business' } },
  { key: key(4), fields: { type: '' } },
  { key: key(5), fields: { type: 'Nonprofit' } },
];

describe('strata of a sample', () => {
  it('counts project and sample records per value, values in draw order', () => {
    expect(
      countSampleStrata([key(1), key(3), key(4)], records, asColumnKey('type')),
    ).toEqual([
      { value: '', total: 1, sampled: 1 },
      { value: 'Business', total: 1, sampled: 1 },
      { value: 'Nonprofit', total: 3, sampled: 1 },
    ]);
  });
});

describe('progress on a sample', () => {
  it('counts each assigned coder’s done records among the sample records still present', () => {
    const sample = {
      id: asSampleId('s1'),
      name: 'Round 1',
      seed: 7,
      method: 'simple' as const,
      size: { kind: 'count' as const, value: 3 },
      stratifyBy: null,
      recordKeys: [key(1), key(2), asRecordKey('GONE')],
      coderIds: [ADA, BEA],
      createdAt: at(0),
      createdBy: ADA,
    };
    const present = new Set<RecordKey>(records.map((each) => each.key));
    const codings = [
      coding(ADA, 1, [], { status: 'done' }),
      coding(ADA, 2, [], { status: 'flagged' }),
      coding(ADA, 3, [], { status: 'done' }),
      coding(BEA, 1, [], { status: 'done' }),
      coding(BEA, 2, [], { status: 'done' }),
      coding(CAL, 1, [], { status: 'done' }),
    ];

    expect(computeSampleProgress(sample, codings, present)).toEqual([
      { coderId: ADA, done: 1, assigned: 2 },
      { coderId: BEA, done: 2, assigned: 2 },
    ]);
  });
});
