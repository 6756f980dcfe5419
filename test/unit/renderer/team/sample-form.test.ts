import { describe, expect, it } from 'vitest';
import {
  drawReliabilitySample,
  MAX_SAMPLE_SEED,
} from '../../../../src/core/coding';
import { asSampleId } from '../../../../src/core/model/coding';
import {
  asCoderId,
  asColumnKey,
  asRecordKey,
} from '../../../../src/core/model/ids';
import {
  buildSampleRequest,
  createRandomSeed,
  describeSampleDraw,
  pickStratumColumn,
  type SampleForm,
} from '../../../../src/renderer/features/team/sample-form';

const ADA = asCoderId('c0000000-0000-4000-8000-00000000000a');
const BEA = asCoderId('c0000000-0000-4000-8000-00000000000b');

const form: SampleForm = {
  name: 'Round 1',
  sizeKind: 'percent',
  sizeText: ' 10 ',
  method: 'stratified',
  stratifyBy: asColumnKey('operator_type'),
  seedText: '42',
  coderIds: [ADA, BEA],
};

describe('the sample draw form', () => {
  it('turns the typed fields into a request', () => {
    expect(buildSampleRequest(form)).toEqual({
      name: 'Round 1',
      seed: 42,
      method: 'stratified',
      size: { kind: 'percent', value: 10 },
      stratifyBy: 'operator_type',
      coderIds: [ADA, BEA],
    });
    expect(
      buildSampleRequest({ ...form, method: 'simple' }).stratifyBy,
    ).toBeNull();
  });

  it('leaves a blank or garbled number for core to word the problem', () => {
    const request = buildSampleRequest({
      ...form,
      seedText: '',
      sizeText: 'x',
    });
    const drawn = drawReliabilitySample(
      [{ key: asRecordKey('P1'), fields: { operator_type: 'Nonprofit' } }],
      request,
      { createdBy: ADA, clock: () => '', newId: () => 's' },
    );

    expect(Number.isNaN(request.seed)).toBe(true);
    expect(!drawn.ok && drawn.error.code).toBe('SAMPLE_SEED_INVALID');
  });

  it('draws seeds over the whole 32-bit range', () => {
    expect(createRandomSeed(() => 0)).toBe(0);
    expect(createRandomSeed(() => 0.999_999_999_9)).toBe(MAX_SAMPLE_SEED);
    expect(createRandomSeed(() => 0.5)).toBe(2 ** 31);
  });

  it('prefers the operator type column to stratify by, never the key', () => {
    const columns = [
      { key: asColumnKey('record_id'), label: 'Record ID', type: 'text' },
      { key: asColumnKey('city'), label: 'City', type: 'text' },
      {
        key: asColumnKey('operator_type'),
        label: 'Operator type',
        type: 'text',
      },
    ] as const;

    expect(pickStratumColumn(columns, asColumnKey('record_id'))).toBe(
      'operator_type',
    );
    expect(
      pickStratumColumn(columns.slice(0, 2), asColumnKey('record_id')),
    ).toBe('city');
    expect(pickStratumColumn([], null)).toBe('');
  });

  it('describes how a sample was drawn', () => {
    const sample = {
      id: asSampleId('s1'),
      name: 'Round 1',
      seed: 42,
      method: 'stratified' as const,
      size: { kind: 'percent' as const, value: 10 },
      stratifyBy: asColumnKey('operator_type'),
      recordKeys: [],
      coderIds: [ADA, BEA],
      createdAt: '',
      createdBy: ADA,
    };

    expect(describeSampleDraw(sample, () => 'Operator type')).toBe(
      '10% of the records, stratified by Operator type',
    );
    expect(
      describeSampleDraw(
        { ...sample, size: { kind: 'count', value: 30 }, stratifyBy: null },
        () => '',
      ),
    ).toBe('30 records, simple random');
    expect(
      describeSampleDraw(
        { ...sample, size: { kind: 'count', value: 1 }, stratifyBy: null },
        () => '',
      ),
    ).toBe('1 record, simple random');
  });
});
