import { describe, expect, it } from 'vitest';
import { isSameCoding, parseCodingChange } from '../../../../src/core/coding';
import type { CodingChange } from '../../../../src/core/model/coding';
import { ADA, BEA, at, coding, key } from './support';

const BEFORE = coding(ADA, 1, [2]);
const AFTER = coding(ADA, 1, [2, 3], { updatedAt: at(5) });
const CHANGE: CodingChange = {
  kind: 'code',
  recordKey: key(1),
  coderId: ADA,
  before: BEFORE,
  after: AFTER,
};

describe('reading a stored coding change', () => {
  it('reads back a change that went through JSON', () => {
    const stored: unknown = JSON.parse(JSON.stringify(CHANGE));

    expect(parseCodingChange(stored)).toStrictEqual(CHANGE);
    expect(parseCodingChange({ ...CHANGE, before: null })).toStrictEqual({
      ...CHANGE,
      before: null,
    });
  });

  it('refuses malformed changes', () => {
    const broken: unknown[] = [
      null,
      [],
      'code',
      { ...CHANGE, kind: 'colour' },
      { ...CHANGE, recordKey: 7 },
      { ...CHANGE, after: { ...AFTER, status: 'finished' } },
      { ...CHANGE, after: { ...AFTER, codes: [1] } },
      { ...CHANGE, after: { ...AFTER, memo: undefined } },
      { ...CHANGE, before: undefined },
      { ...CHANGE, after: coding(BEA, 1, [2]) },
      { ...CHANGE, after: coding(ADA, 2, [2]) },
    ];

    expect(broken.map(parseCodingChange)).toStrictEqual(broken.map(() => null));
  });
});

describe('comparing entries as a coder sees them', () => {
  it('ignores times but not codes, memo or status', () => {
    expect(isSameCoding(BEFORE, { ...BEFORE, updatedAt: at(9) })).toBe(true);
    expect(isSameCoding(BEFORE, AFTER)).toBe(false);
    expect(isSameCoding(BEFORE, { ...BEFORE, memo: 'x' })).toBe(false);
    expect(isSameCoding(BEFORE, { ...BEFORE, status: 'done' })).toBe(false);
    expect(isSameCoding(null, undefined)).toBe(true);
    expect(isSameCoding(BEFORE, null)).toBe(false);
  });
});
