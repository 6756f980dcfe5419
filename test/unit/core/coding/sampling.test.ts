import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allocateStrata,
  computeSampleCount,
  drawReliabilitySample,
  groupStrata,
  type SampleRequest,
  type SampleableRecord,
} from '../../../../src/core/coding';
import {
  asColumnKey,
  asRecordKey,
  type RecordKey,
} from '../../../../src/core/model/ids';
import { ADA, BEA, CAL, at, must, mustFail } from './support';

const OPERATOR = asColumnKey('operator_type');
const RECORDS = loadRecords();

const SIMPLE: SampleRequest = {
  name: 'Reliability round 1',
  seed: 2021,
  method: 'simple',
  size: { kind: 'count', value: 6 },
  stratifyBy: null,
  coderIds: [ADA, BEA],
};

const STRATIFIED: SampleRequest = {
  ...SIMPLE,
  method: 'stratified',
  size: { kind: 'percent', value: 50 },
  stratifyBy: OPERATOR,
};

const CONTEXT = { createdBy: ADA, clock: () => at(90), newId: () => 's-1' };

describe('sample size', () => {
  it('takes a count as is and rounds a percentage, never to nothing', () => {
    expect(computeSampleCount(20, { kind: 'count', value: 7 })).toBe(7);
    expect(computeSampleCount(20, { kind: 'percent', value: 10 })).toBe(2);
    expect(computeSampleCount(372, { kind: 'percent', value: 10 })).toBe(37);
    expect(computeSampleCount(330, { kind: 'percent', value: 15 })).toBe(50);
    expect(computeSampleCount(20, { kind: 'percent', value: 1 })).toBe(1);
  });

  it('draws as many records as a percentage or a count asks for', () => {
    const tenth = draw({ ...SIMPLE, size: { kind: 'percent', value: 10 } });
    const seven = draw({ ...SIMPLE, size: { kind: 'count', value: 7 } });
    const all = draw({ ...SIMPLE, size: { kind: 'percent', value: 100 } });

    expect(tenth.recordKeys).toHaveLength(2);
    expect(seven.recordKeys).toHaveLength(7);
    expect(all.recordKeys).toStrictEqual(RECORDS.map((record) => record.key));
  });
});

describe('simple random sample', () => {
  it('stores what was asked with the records sorted and the coders once', () => {
    const sample = draw({ ...SIMPLE, coderIds: [ADA, BEA, ADA, CAL] });

    expect(sample).toStrictEqual({
      id: 's-1',
      name: 'Reliability round 1',
      seed: 2021,
      method: 'simple',
      size: { kind: 'count', value: 6 },
      stratifyBy: null,
      recordKeys: [...sample.recordKeys].sort(),
      coderIds: [ADA, BEA, CAL],
      createdAt: at(90),
      createdBy: ADA,
    });
    expect(new Set(sample.recordKeys).size).toBe(6);
  });

  it('draws the same records again from the same seed', () => {
    const again = draw(SIMPLE);

    expect(again.recordKeys).toStrictEqual(draw(SIMPLE).recordKeys);
    expect(draw({ ...SIMPLE, seed: 2022 }).recordKeys).not.toStrictEqual(
      again.recordKeys,
    );
  });

  it('keeps a stored seed’s records across releases', () => {
    expect(draw(SIMPLE).recordKeys).toStrictEqual(
      ['P002', 'P006', 'P007', 'P009', 'P013', 'P016'].map(asRecordKey),
    );
  });

  it('does not depend on the order records are stored in', () => {
    const reversed = [...RECORDS].reverse();
    const rotated = [...RECORDS.slice(7), ...RECORDS.slice(0, 7)];

    const expected = draw(SIMPLE).recordKeys;

    expect(draw(SIMPLE, reversed).recordKeys).toStrictEqual(expected);
    expect(draw(STRATIFIED, rotated).recordKeys).toStrictEqual(
      draw(STRATIFIED).recordKeys,
    );
  });
});

describe('stratified sample', () => {
  it('groups records by the trimmed column value, strata in value order', () => {
    const strata = groupStrata(RECORDS, OPERATOR);

    expect(strata.map((s) => [s.value, s.recordKeys.length])).toStrictEqual([
      ['business', 1],
      ['city/county government', 6],
      ['district', 3],
      ['nonprofit', 10],
    ]);
  });

  it('allocates by largest remainder and gives every stratum a record', () => {
    // Quotas for 10 of 1/6/3/10: 0.5, 3, 1.5, 5. Largest remainder gives
    // the spare record to the larger of the two .5 strata (district); the
    // empty business stratum then takes one from district, furthest above
    // its quota.
    expect(allocateStrata([1, 6, 3, 10], 10)).toStrictEqual([1, 3, 1, 5]);
    // Quotas for 5: 0.25, 1.5, 0.75, 2.5; ties go to the larger stratum.
    expect(allocateStrata([1, 6, 3, 10], 5)).toStrictEqual([1, 1, 1, 2]);
  });

  it('leaves small strata empty when the sample is smaller than the strata', () => {
    // Quotas for 3: 0.15, 0.9, 0.45, 1.5.
    expect(allocateStrata([1, 6, 3, 10], 3)).toStrictEqual([0, 1, 0, 2]);
    expect(allocateStrata([0, 4], 2)).toStrictEqual([0, 2]);
  });

  it('draws each stratum’s allocation from its own records', () => {
    const sample = draw(STRATIFIED);

    expect(sample.recordKeys).toHaveLength(10);
    expect(countByOperator(sample.recordKeys)).toStrictEqual({
      business: 1,
      'city/county government': 3,
      district: 1,
      nonprofit: 5,
    });
    expect(sample.stratifyBy).toBe(OPERATOR);
  });
});

describe('refused samples', () => {
  it('names what is wrong with the request', () => {
    const codeOf = (request: Partial<SampleRequest>, records = RECORDS) =>
      mustFail(
        drawReliabilitySample(records, { ...SIMPLE, ...request }, CONTEXT),
      ).code;

    expect(codeOf({ name: '  ' })).toBe('SAMPLE_NAME_MISSING');
    expect(codeOf({ seed: -1 })).toBe('SAMPLE_SEED_INVALID');
    expect(codeOf({ seed: 1.5 })).toBe('SAMPLE_SEED_INVALID');
    expect(codeOf({ coderIds: [ADA, ADA] })).toBe('SAMPLE_TOO_FEW_CODERS');
    expect(codeOf({ size: { kind: 'count', value: 21 } })).toBe(
      'SAMPLE_SIZE_TOO_LARGE',
    );
    expect(codeOf({ size: { kind: 'percent', value: 0 } })).toBe(
      'SAMPLE_SIZE_INVALID',
    );
    expect(codeOf({ method: 'stratified' })).toBe(
      'SAMPLE_STRATUM_COLUMN_MISSING',
    );
    expect(
      codeOf({ method: 'stratified', stratifyBy: asColumnKey('region') }),
    ).toBe('SAMPLE_STRATUM_COLUMN_UNKNOWN');
    expect(codeOf({}, [])).toBe('SAMPLE_NO_RECORDS');
  });

  it('says how many records there are when asked for too many', () => {
    const problem = mustFail(
      drawReliabilitySample(
        RECORDS,
        { ...SIMPLE, size: { kind: 'count', value: 25 } },
        CONTEXT,
      ),
    );

    expect(problem.message).toBe(
      'The sample asks for 25 records but the project has 20; ask for 20 ' +
        'or fewer.',
    );
  });
});

function draw(request: SampleRequest, records = RECORDS) {
  return must(drawReliabilitySample(records, request, CONTEXT));
}

function countByOperator(keys: readonly RecordKey[]) {
  const operatorOf = new Map(
    RECORDS.map((record) => [record.key, record.fields[OPERATOR] ?? '']),
  );
  const counts: Record<string, number> = {};
  for (const key of keys) {
    const operator = operatorOf.get(key) ?? '';
    counts[operator] = (counts[operator] ?? 0) + 1;
  }
  return counts;
}

function loadRecords(): SampleableRecord[] {
  const url = new URL(
    '../../../fixtures/coding/pods-strata.json',
    import.meta.url,
  );
  const { records } = JSON.parse(readFileSync(url, 'utf8')) as {
    records: { key: string; fields: Record<string, string> }[];
  };
  return records.map(({ key, fields }) => ({ key: asRecordKey(key), fields }));
}
