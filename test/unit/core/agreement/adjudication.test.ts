import { describe, expect, it } from 'vitest';
import {
  createConsensusDecision,
  labelBlindCoder,
  orderCodersForBlindReview,
} from '../../../../src/core/agreement';
import { EQUITY, LEAD, RECORDS } from './layer-fixture';

const INPUT = {
  recordKey: RECORDS[0]!,
  codeId: EQUITY,
  value: 'present' as const,
  rationale: '  Prioritises essential workers.  ',
  decidedBy: LEAD,
  decidedAt: '2024-03-02T09:00:00.000Z',
};

describe('createConsensusDecision', () => {
  it('keeps the decision with its rationale trimmed', () => {
    expect(createConsensusDecision(INPUT)).toEqual({
      ok: true,
      value: { ...INPUT, rationale: 'Prioritises essential workers.' },
    });
  });

  it('refuses a missing or too short rationale', () => {
    const result = createConsensusDecision({ ...INPUT, rationale: ' ok ' });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('RATIONALE_MISSING');
    expect(!result.ok && result.error.message).toBe(
      'Write a short rationale (at least 3 characters) saying why, then save.',
    );
  });

  it('refuses a rationale over 2,000 characters', () => {
    const result = createConsensusDecision({
      ...INPUT,
      rationale: 'x'.repeat(2001),
    });

    expect(!result.ok && result.error.code).toBe('RATIONALE_TOO_LONG');
  });
});

describe('blind review order', () => {
  it('is a permutation that stays the same for an item', () => {
    const order = orderCodersForBlindReview('P-1 equity', 5);

    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(orderCodersForBlindReview('P-1 equity', 5)).toEqual(order);
  });

  it('differs between items, so position reveals no coder', () => {
    const orders = new Set(
      RECORDS.map((key) => orderCodersForBlindReview(key, 2).join()),
    );

    expect(orders).toEqual(new Set(['0,1', '1,0']));
  });

  it('labels coders A, B, … Z, AA', () => {
    expect([0, 1, 25, 26, 27].map(labelBlindCoder)).toEqual([
      'Coder A',
      'Coder B',
      'Coder Z',
      'Coder AA',
      'Coder AB',
    ]);
  });
});
