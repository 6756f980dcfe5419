import { describe, expect, it } from 'vitest';
import { countMergeEffect, listUsedCodeIds } from '../../../../src/core/coding';
import { ADA, BEA, at, codeId, coding, key, sampleCodebook } from './support';

describe('which codes are used', () => {
  it('lists the GUIDs of codings and consensus decisions as stored', () => {
    const used = listUsedCodeIds(
      [coding(ADA, 1, [2, 9]), coding(BEA, 1, [3])],
      [
        {
          recordKey: key(2),
          codeId: codeId(6),
          value: 'present',
          rationale: '',
          decidedBy: ADA,
          decidedAt: at(1),
        },
      ],
    );

    expect([...used].sort()).toEqual([
      codeId(2),
      codeId(3),
      codeId(6),
      codeId(9),
    ]);
  });
});

describe('counting what a merge combines', () => {
  it('counts codings with the merged code, with both, and with the target', () => {
    const { aliases } = sampleCodebook();
    const codings = [
      coding(ADA, 1, [3]),
      coding(BEA, 1, [2, 3]),
      // GUID 9 was merged into Meals (2) earlier.
      coding(ADA, 2, [9, 3]),
      coding(BEA, 2, [2]),
      coding(ADA, 3, [6]),
    ];

    expect(countMergeEffect(codings, codeId(3), codeId(2), aliases)).toEqual({
      withFrom: 3,
      withBoth: 2,
      withInto: 3,
    });
  });
});
