import type { Code, Codebook } from '../../../src/core/codebook';
import { writeCodedFile } from '../../../src/core/exchange';
import type { Coder, RecordCoding } from '../../../src/core/model/coding';
import {
  asCodeId,
  asColumnKey,
  asProjectId,
  type CodeId,
} from '../../../src/core/model/ids';
import type { ScanRecord } from '../../../src/core/model/scan';
import type { ProjectSnapshot } from '../../../src/core/model/snapshot';
import {
  ANA,
  BEN,
  CY,
  EQUITY,
  LEAD,
  MEALS,
  RECORDS,
  twoCoderCodings,
} from '../core/agreement/layer-fixture';

export const OFFERINGS = asCodeId('33333333-3333-4333-8333-333333333333');
export const RETIRED = asCodeId('44444444-4444-4444-8444-444444444444');
const T0 = '2024-03-01T09:00:00.000Z';

export const CODERS: readonly Coder[] = [
  { id: ANA, name: 'Ana', initials: 'AN' },
  { id: BEN, name: 'Ben', initials: 'BE' },
  { id: CY, name: 'Cy', initials: 'CY' },
  { id: LEAD, name: 'Lena', initials: 'LE' },
];

function code(id: CodeId, name: string, patch: Partial<Code> = {}): Code {
  return {
    id,
    name,
    parentId: null,
    definition: '',
    include: '',
    exclude: '',
    example: '',
    color: '#1F77B4',
    shortcut: null,
    isCodable: true,
    retired: false,
    order: 0,
    ...patch,
  };
}

/** Equity focus, Meals (under the grouping node Offerings), a retired code. */
export const CODEBOOK: Codebook = {
  version: 2,
  codes: [
    code(EQUITY, 'Equity focus', { order: 0 }),
    code(OFFERINGS, 'Offerings', { isCodable: false, order: 1 }),
    code(MEALS, 'Meals', { parentId: OFFERINGS }),
    code(RETIRED, 'Old cost code', { retired: true, order: 2 }),
  ],
  sets: [],
  aliases: {},
  history: [{ version: 1, at: T0, actor: 'Lena', detail: { kind: 'create' } }],
};

/**
 * Ten records coded by Ana and Ben (see twoCoderCodings: Equity has the
 * 2×2 table a = 3, b = 1, c = 2, d = 4), an eleventh nobody finished,
 * and Cy, who has only a record in progress.
 */
export function makeProject(
  layers: readonly RecordCoding[] = [
    ...twoCoderCodings(),
    { ...twoCoderCodings()[0]!, coderId: CY, status: 'in_progress' },
  ],
): ProjectSnapshot {
  const records: ScanRecord[] = [...RECORDS, 'P-11'].map((key, index) => ({
    key: key as ScanRecord['key'],
    fields: { id: key, name: `Pod ${index + 1}` },
    batchId: 'batch-1',
    sourceRow: index + 1,
  }));
  return {
    meta: {
      id: asProjectId('project-reliability'),
      name: 'Pods reliability',
      createdAt: T0,
      updatedAt: T0,
      columns: [
        { key: asColumnKey('id'), label: 'ID', type: 'text' },
        { key: asColumnKey('name'), label: 'Name', type: 'text' },
      ],
      keyColumn: asColumnKey('id'),
      recordCount: records.length,
      batches: [
        {
          id: 'batch-1',
          kind: 'import',
          fileName: 'pods.csv',
          importedAt: T0,
          importedBy: 'Lena',
          encoding: 'utf-8',
          delimiter: ',',
          rowCount: records.length,
          keyColumn: asColumnKey('id'),
        },
      ],
      layout: null,
      settings: { blindMode: false, leads: [LEAD] },
    },
    records,
    codebook: CODEBOOK,
    coders: CODERS,
    layers,
    consensus: [],
  };
}

/** The snapshot as coded-file bytes, written by the exchange writer. */
export function encodeProject(snapshot: ProjectSnapshot): Uint8Array {
  const written = writeCodedFile(snapshot, {
    exportedAt: T0,
    exportedBy: 'Lena',
  });
  if (!written.ok) throw new Error(JSON.stringify(written.error));

  return new TextEncoder().encode(written.value);
}
