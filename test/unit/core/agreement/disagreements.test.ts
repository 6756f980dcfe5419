import { describe, expect, it } from 'vitest';
import {
  buildDisagreementQueue,
  compareWithConsensus,
  countDisagreements,
  describeDisagreement,
} from '../../../../src/core/agreement';
import {
  ANA,
  BEN,
  coding,
  CY,
  decision,
  EQUITY,
  MEALS,
  RECORDS,
  twoCoderCodings,
} from './layer-fixture';

function fixtureQueue() {
  return buildDisagreementQueue({
    coders: [ANA, BEN],
    records: RECORDS,
    codes: [EQUITY, MEALS],
    codings: twoCoderCodings(),
  });
}

function listItems(queue: ReturnType<typeof fixtureQueue>) {
  return Array.from({ length: countDisagreements(queue) }, (_, index) =>
    describeDisagreement(queue, index),
  );
}

describe('buildDisagreementQueue', () => {
  it('queues every record × code the coders differ on, by record order', () => {
    const items = listItems(fixtureQueue());

    expect(items.map((item) => [item.recordKey, item.codeId])).toEqual([
      ['P-2', MEALS],
      ['P-4', EQUITY],
      ['P-5', EQUITY],
      ['P-6', EQUITY],
    ]);
    expect(items[1]!.decisions).toEqual([
      { coderId: ANA, value: 'present', memo: 'Sliding scale.' },
      { coderId: BEN, value: 'absent', memo: '' },
    ]);
  });

  it('counts what the coders agreed on, per code and coder', () => {
    const queue = fixtureQueue();

    expect(queue.pairableRecords).toBe(10);
    expect(queue.agreed).toEqual([
      { present: [3, 3], absent: [4, 4] },
      { present: [1, 1], absent: [8, 8] },
    ]);
  });

  it('ignores records fewer than two coders marked done', () => {
    const queue = buildDisagreementQueue({
      coders: [ANA, BEN, CY],
      records: RECORDS.slice(0, 3),
      codes: [EQUITY],
      codings: [
        coding(ANA, 1, [EQUITY]),
        coding(BEN, 1, [EQUITY], { status: 'in_progress' }),
        coding(ANA, 2, [EQUITY]),
        coding(BEN, 2, []),
        coding(CY, 2, [], { status: 'flagged' }),
        coding(ANA, 3, []),
        coding(CY, 3, [EQUITY], { memo: 'Equity line on the page.' }),
      ],
    });

    expect(queue.pairableRecords).toBe(2);
    expect(listItems(queue)).toEqual([
      {
        recordKey: 'P-2',
        codeId: EQUITY,
        decisions: [
          { coderId: ANA, value: 'present', memo: '' },
          { coderId: BEN, value: 'absent', memo: '' },
          { coderId: CY, value: null, memo: '' },
        ],
      },
      {
        recordKey: 'P-3',
        codeId: EQUITY,
        decisions: [
          { coderId: ANA, value: 'absent', memo: '' },
          { coderId: BEN, value: null, memo: '' },
          { coderId: CY, value: 'present', memo: 'Equity line on the page.' },
        ],
      },
    ]);
  });

  it('is empty when the coders agree everywhere', () => {
    const queue = buildDisagreementQueue({
      coders: [ANA, BEN],
      records: RECORDS.slice(0, 1),
      codes: [EQUITY, MEALS],
      codings: [coding(ANA, 1, [EQUITY]), coding(BEN, 1, [EQUITY])],
    });

    expect(countDisagreements(queue)).toBe(0);
    expect(queue.memos.size).toBe(0);
  });
});

describe('compareWithConsensus', () => {
  const consensus = [
    decision(4, EQUITY, 'present'),
    decision(5, EQUITY, 'absent'),
    decision(6, EQUITY, 'needs_work'),
    // Not a disagreement (both coders marked P-1 present): ignored.
    decision(1, EQUITY, 'absent'),
  ];

  it('counts decided, needs-work and pending disagreements per code', () => {
    const { codes } = compareWithConsensus(fixtureQueue(), consensus);

    expect(codes.map(({ coders: _coders, ...counts }) => counts)).toEqual([
      {
        codeId: EQUITY,
        units: 10,
        disagreements: 3,
        decidedPresent: 1,
        decidedAbsent: 1,
        needsWork: 1,
        pending: 0,
      },
      {
        codeId: MEALS,
        units: 10,
        disagreements: 1,
        decidedPresent: 0,
        decidedAbsent: 0,
        needsWork: 0,
        pending: 1,
      },
    ]);
  });

  it("gives each coder's kappa against the adjudicated reference", () => {
    const [equity] = compareWithConsensus(fixtureQueue(), consensus).codes;
    const [ana, ben] = equity!.coders;

    // Ana matches on all 9 referenced records.
    expect(Array.from(ana!.table.cells)).toEqual([5, 0, 0, 4]);
    expect(ana!.kappa.value).toBeCloseTo(1, 12);
    // Ben: 4 both absent, 3 both present, 1 each way off.
    // po = 7/9, pe = (4/9)² + (5/9)² = 41/81, kappa = 22/40.
    expect(Array.from(ben!.table.cells)).toEqual([4, 1, 1, 3]);
    expect(ben!.units).toBe(9);
    expect(ben!.percentAgreement).toBeCloseTo(7 / 9, 12);
    expect(ben!.kappa.value).toBeCloseTo(22 / 40, 12);
  });

  it('sums every code for the overall comparison', () => {
    const { overall } = compareWithConsensus(fixtureQueue(), consensus);

    expect(overall.codeId).toBeNull();
    expect(overall.disagreements).toBe(4);
    expect(overall.pending).toBe(1);
    expect(Array.from(overall.coders[1]!.table.cells)).toEqual([12, 1, 1, 4]);
    // po = 16/18, pe = (5/18)² + (13/18)² = 194/324.
    expect(overall.coders[1]!.kappa.value).toBeCloseTo(94 / 130, 12);
  });

  it('compares only agreed records before any decision', () => {
    const { codes } = compareWithConsensus(fixtureQueue(), []);

    expect(codes[0]!.pending).toBe(3);
    expect(Array.from(codes[0]!.coders[0]!.table.cells)).toEqual([4, 0, 0, 3]);
    expect(codes[0]!.coders[0]!.kappa.value).toBe(1);
  });
});
