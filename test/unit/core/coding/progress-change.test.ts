import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCodingChanges,
  applyProgressChange,
  computeCodingProgress,
  listAssignedRecords,
  type Layer,
} from '../../../../src/core/coding';
import type {
  CodingChange,
  CodingStatus,
  ReliabilitySample,
} from '../../../../src/core/model/coding';
import { asSampleId, CODING_STATUSES } from '../../../../src/core/model/coding';
import type { CoderId } from '../../../../src/core/model/ids';
import { ADA, BEA, at, coding, key } from './support';

const RECORDS = [1, 2, 3, 4, 5].map(key);
const SAMPLE: ReliabilitySample = {
  id: asSampleId('s-1'),
  name: 'Round 1',
  seed: 7,
  method: 'simple',
  size: { kind: 'count', value: 3 },
  stratifyBy: null,
  // Record 9 is not in the project: it must not count as assigned.
  recordKeys: [2, 4, 9].map(key),
  coderIds: [ADA, BEA],
  createdAt: at(0),
  createdBy: ADA,
};
const SCOPE = {
  coderId: ADA,
  recordKeys: new Set(RECORDS),
  assigned: new Set(
    listAssignedRecords([SAMPLE], ADA).filter((k) => RECORDS.includes(k)),
  ),
};

describe('progress after a change', () => {
  it('matches a full recount after any sequence of changes', () => {
    const step = fc.record({
      record: fc.integer({ min: 1, max: 6 }),
      status: fc.option(fc.constantFrom(...CODING_STATUSES), { nil: null }),
      coder: fc.constantFrom(ADA, BEA),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let layer: Layer = new Map();
        let progress = recount(layer);
        for (const { record, status, coder } of steps) {
          const change = changeOf(layer, coder, record, status);
          layer = applyCodingChanges(layer, ADA, [change]);
          progress = applyProgressChange(progress, change, SCOPE);
        }
        expect(progress).toStrictEqual(recount(layer));
      }),
    );
  });

  it('counts marking an assigned record done in both figures', () => {
    const start = recount(new Map());
    const change = changeOf(new Map(), ADA, 2, 'done');

    expect(applyProgressChange(start, change, SCOPE)).toStrictEqual({
      total: 5,
      done: 1,
      inProgress: 0,
      flagged: 0,
      assigned: 2,
      assignedDone: 1,
    });
  });
});

function recount(layer: Layer) {
  return computeCodingProgress({
    coderId: ADA,
    recordKeys: RECORDS,
    codings: layer.values(),
    samples: [SAMPLE],
  });
}

function changeOf(
  layer: Layer,
  coderId: CoderId,
  record: number,
  status: CodingStatus | null,
): CodingChange {
  const before = coderId === ADA ? (layer.get(key(record)) ?? null) : null;
  return {
    kind: 'status',
    recordKey: key(record),
    coderId,
    before,
    after: status === null ? null : coding(coderId, record, [], { status }),
  };
}
