import type {
  ConsensusDecision,
  ConsensusValue,
  RecordCoding,
} from '../../../../src/core/model/coding';
import {
  asCodeId,
  asCoderId,
  asRecordKey,
  type CodeId,
  type CoderId,
  type RecordKey,
} from '../../../../src/core/model/ids';

/** Two codes, three coders and ten records for the reliability tests. */
export const EQUITY = asCodeId('11111111-1111-4111-8111-111111111111');
export const MEALS = asCodeId('22222222-2222-4222-8222-222222222222');
export const ANA = asCoderId('aaaaaaaa-0000-4000-8000-000000000001');
export const BEN = asCoderId('bbbbbbbb-0000-4000-8000-000000000002');
export const CY = asCoderId('cccccccc-0000-4000-8000-000000000003');
export const LEAD = asCoderId('dddddddd-0000-4000-8000-000000000004');

export const RECORDS: readonly RecordKey[] = Array.from(
  { length: 10 },
  (_, i) => asRecordKey(`P-${i + 1}`),
);

export function coding(
  coderId: CoderId,
  record: number,
  codes: readonly CodeId[],
  patch: Partial<RecordCoding> = {},
): RecordCoding {
  return {
    recordKey: RECORDS[record - 1] ?? asRecordKey(`P-${record}`),
    coderId,
    codes: [...codes].sort(),
    memo: '',
    status: 'done',
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    codebookVersion: 1,
    ...patch,
  };
}

/**
 * Ana and Ben on Equity over P-1..P-10, the 2×2 table (Ana rows, Ben
 * columns) a = 3 both present (P-1..P-3), b = 1 Ana only (P-4), c = 2 Ben
 * only (P-5, P-6), d = 4 both absent (P-7..P-10). Meals is rare: both
 * mark P-1, only Ben marks P-2. Ana leaves a memo on P-4.
 */
export function twoCoderCodings(): RecordCoding[] {
  const ana: [number, CodeId[]][] = [
    [1, [EQUITY, MEALS]],
    [2, [EQUITY]],
    [3, [EQUITY]],
    [4, [EQUITY]],
    [5, []],
    [6, []],
    [7, []],
    [8, []],
    [9, []],
    [10, []],
  ];
  const ben: [number, CodeId[]][] = [
    [1, [EQUITY, MEALS]],
    [2, [EQUITY, MEALS]],
    [3, [EQUITY]],
    [4, []],
    [5, [EQUITY]],
    [6, [EQUITY]],
    [7, []],
    [8, []],
    [9, []],
    [10, []],
  ];
  return [
    ...ana.map(([record, codes]) =>
      coding(
        ANA,
        record,
        codes,
        record === 4 ? { memo: 'Sliding scale.' } : {},
      ),
    ),
    ...ben.map(([record, codes]) => coding(BEN, record, codes)),
  ];
}

export function decision(
  record: number,
  codeId: CodeId,
  value: ConsensusValue,
  rationale = 'Per the definition.',
): ConsensusDecision {
  return {
    recordKey: RECORDS[record - 1]!,
    codeId,
    value,
    rationale,
    decidedBy: LEAD,
    decidedAt: '2024-03-02T09:00:00.000Z',
  };
}

/** Names for reports: codes and coders of this fixture. */
export const NAMES = {
  nameCode: (id: CodeId) =>
    id === EQUITY ? 'Equity focus' : id === MEALS ? 'Meals' : id,
  nameCoder: (id: CoderId) =>
    ({ [ANA]: 'Ana', [BEN]: 'Ben', [CY]: 'Cy', [LEAD]: 'Lena' })[id] ?? id,
};
