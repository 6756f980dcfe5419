import fc from 'fast-check';
import type {
  Coder,
  ConsensusDecision,
  RecordCoding,
} from '../../../../src/core/model/coding';
import { asCodeId, asRecordKey } from '../../../../src/core/model/ids';
import type { ProjectSnapshot } from '../../../../src/core/model/snapshot';
import {
  ANA,
  BEN,
  GUID,
  LEAD,
  makeRecord,
  makeSnapshot,
} from './snapshot-builder';

const KEYS = ['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6'];
const CODABLE = [GUID.equity, GUID.cost, GUID.free, GUID.tutoring];
const TIMES = [
  '2024-03-01T09:00:00.000Z',
  '2024-03-02T09:00:00.000Z',
  '2024-03-02T09:00:00+00:00',
  '2024-03-03T10:30:00.000Z',
];

/** Cell text with the characters exports must survive. */
export const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '=1+1',
    '-3.5',
    '+2',
    '@SUM(A1)',
    '\tlead tab',
    'two\nlines',
    '"quoted", comma',
    "'=already",
    'café – naïve',
  ),
);

const codingFor = (coder: Coder, key: string) =>
  fc
    .record({
      codes: fc.subarray(CODABLE),
      memo: cellText,
      status: fc.constantFrom('done', 'done', 'in_progress', 'flagged'),
      updatedAt: fc.constantFrom(...TIMES),
    })
    .map((drawn): RecordCoding => ({
      recordKey: asRecordKey(key),
      coderId: coder.id,
      codes: drawn.codes.map(asCodeId).sort(),
      memo: drawn.memo,
      status: drawn.status,
      createdAt: TIMES[0]!,
      updatedAt: drawn.updatedAt,
      codebookVersion: 3,
    }));

const decisionFor = (key: string) =>
  fc
    .record({
      codeId: fc.constantFrom(...CODABLE),
      value: fc.constantFrom('present', 'absent', 'needs_work'),
      rationale: cellText,
    })
    .map((drawn): ConsensusDecision => ({
      recordKey: asRecordKey(key),
      codeId: asCodeId(drawn.codeId),
      value: drawn.value,
      rationale: drawn.rationale,
      decidedBy: LEAD.id,
      decidedAt: TIMES[3]!,
    }));

/**
 * A project over the test codebook: some of six records with drawn field
 * text, some of Ana, Ben and Lead, codings and decisions on its records.
 * `fields` fixes record text so several projects agree on their records.
 */
export function arbSnapshot(
  options: { readonly fixedFields?: boolean } = {},
): fc.Arbitrary<ProjectSnapshot> {
  return fc
    .record({
      keys: fc.subarray(KEYS, { minLength: 1 }),
      coders: fc.subarray([ANA, BEN, LEAD], { minLength: 1 }),
      names: fc.array(cellText, { minLength: 6, maxLength: 6 }),
    })
    .chain(({ keys, coders, names }) => {
      const records = keys.map((key, index) =>
        options.fixedFields
          ? makeRecord(key, `Pod ${key}`, 'notes', KEYS.indexOf(key) + 1)
          : makeRecord(key, names[index]!, names[5 - index], index + 1),
      );
      const codings = coders.flatMap((coder) =>
        keys.map((key) => fc.option(codingFor(coder, key), { nil: undefined })),
      );
      const decisions = keys.map((key) =>
        fc.option(decisionFor(key), { nil: undefined }),
      );
      return fc
        .tuple(fc.tuple(...codings), fc.tuple(...decisions))
        .map(([layers, consensus]) =>
          makeSnapshot({
            records,
            coders,
            layers: layers.filter((c): c is RecordCoding => c !== undefined),
            consensus: consensus.filter(
              (d): d is ConsensusDecision => d !== undefined,
            ),
          }),
        );
    });
}
