import type { Code, Codebook, CodeSet } from '../../../../src/core/codebook';
import { asCodeSetId } from '../../../../src/core/codebook';
import type {
  Coder,
  ConsensusDecision,
  RecordCoding,
} from '../../../../src/core/model/coding';
import {
  asCodeId,
  asCoderId,
  asColumnKey,
  asProjectId,
  asRecordKey,
} from '../../../../src/core/model/ids';
import type { Column, ScanRecord } from '../../../../src/core/model/scan';
import type { ProjectSnapshot } from '../../../../src/core/model/snapshot';

/** GUIDs used across the exchange, merge and export tests. */
export const GUID = {
  equity: '11111111-1111-4111-8111-111111111111',
  cost: '22222222-2222-4222-8222-222222222222',
  free: '33333333-3333-4333-8333-333333333333',
  tutoring: '44444444-4444-4444-8444-444444444444',
  group: '55555555-5555-4555-8555-555555555555',
  set: '66666666-6666-4666-8666-666666666666',
  ana: 'aaaaaaaa-0000-4000-8000-000000000001',
  ben: 'bbbbbbbb-0000-4000-8000-000000000002',
  lead: 'cccccccc-0000-4000-8000-000000000003',
} as const;

export const T0 = '2024-03-01T09:00:00.000Z';
export const T1 = '2024-03-02T09:00:00.000Z';
export const T2 = '2024-03-03T09:00:00.000Z';

export function makeCode(
  id: string,
  name: string,
  patch: Partial<Code> = {},
): Code {
  return {
    id: asCodeId(id),
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

/** Grouping node "Offerings" with "Tutoring"; "Equity", "Cost", "Free". */
export function makeCodebook(patch: Partial<Codebook> = {}): Codebook {
  const codes = [
    makeCode(GUID.equity, 'Equity focus', {
      definition: 'Prioritises underserved students.',
      order: 0,
    }),
    makeCode(GUID.cost, 'Charges a fee', { order: 1 }),
    makeCode(GUID.free, 'Free', { order: 2 }),
    makeCode(GUID.group, 'Offerings', { isCodable: false, order: 3 }),
    makeCode(GUID.tutoring, 'Tutoring', { parentId: asCodeId(GUID.group) }),
  ];
  const set: CodeSet = {
    id: asCodeSetId(GUID.set),
    name: 'Equity',
    description: 'Codes read with an eye toward equity.',
    codeIds: [asCodeId(GUID.equity), asCodeId(GUID.free)],
  };
  return {
    version: 3,
    codes,
    sets: [set],
    aliases: {},
    history: [
      { version: 1, at: T0, actor: 'Lead', detail: { kind: 'create' } },
    ],
    ...patch,
  };
}

export const COLUMNS: readonly Column[] = [
  { key: asColumnKey('id'), label: 'ID', type: 'text' },
  { key: asColumnKey('name'), label: 'Name', type: 'text' },
  { key: asColumnKey('notes'), label: 'Notes', type: 'longtext' },
];

export function makeRecord(
  key: string,
  name: string,
  notes = '',
  sourceRow = 1,
): ScanRecord {
  return {
    key: asRecordKey(key),
    fields: { id: key, name, notes },
    batchId: 'batch-1',
    sourceRow,
  };
}

export const ANA: Coder = {
  id: asCoderId(GUID.ana),
  name: 'Ana',
  initials: 'AN',
};
export const BEN: Coder = {
  id: asCoderId(GUID.ben),
  name: 'Ben',
  initials: 'BE',
};
export const LEAD: Coder = {
  id: asCoderId(GUID.lead),
  name: 'Lead',
  initials: 'LD',
};

export function makeCoding(
  coder: Coder,
  recordKey: string,
  codes: readonly string[],
  patch: Partial<RecordCoding> = {},
): RecordCoding {
  return {
    recordKey: asRecordKey(recordKey),
    coderId: coder.id,
    codes: codes.map((code) => asCodeId(code)).sort(),
    memo: '',
    status: 'done',
    createdAt: T0,
    updatedAt: T1,
    codebookVersion: 3,
    ...patch,
  };
}

export function makeDecision(
  recordKey: string,
  codeId: string,
  patch: Partial<ConsensusDecision> = {},
): ConsensusDecision {
  return {
    recordKey: asRecordKey(recordKey),
    codeId: asCodeId(codeId),
    value: 'present',
    rationale: 'Both coders missed the scholarship line.',
    decidedBy: LEAD.id,
    decidedAt: T2,
    ...patch,
  };
}

/** A small project: three records, Ana and Ben coding, one decision. */
export function makeSnapshot(
  patch: Partial<ProjectSnapshot> = {},
): ProjectSnapshot {
  const records = patch.records ?? [
    makeRecord('P-1', 'Eastside YMCA Hub', 'Free; meals', 1),
    makeRecord('P-2', 'Parks & Rec Pod', 'Sliding scale\nfee', 2),
    makeRecord('P-3', 'Library Learning Hub', '', 3),
  ];
  return {
    meta: {
      id: asProjectId('project-1'),
      name: 'Pods scan',
      createdAt: T0,
      updatedAt: T1,
      columns: COLUMNS,
      keyColumn: asColumnKey('id'),
      recordCount: records.length,
      batches: [
        {
          id: 'batch-1',
          kind: 'import',
          fileName: 'pods.csv',
          importedAt: T0,
          importedBy: 'Lead',
          encoding: 'utf-8',
          delimiter: ',',
          rowCount: records.length,
          keyColumn: asColumnKey('id'),
        },
      ],
      layout: null,
      settings: { blindMode: false },
    },
    records,
    codebook: makeCodebook(),
    coders: [ANA, BEN, LEAD],
    layers: [
      makeCoding(ANA, 'P-1', [GUID.equity, GUID.free], { memo: 'Clear.' }),
      makeCoding(ANA, 'P-2', [GUID.cost]),
      makeCoding(BEN, 'P-1', [GUID.free]),
      makeCoding(BEN, 'P-3', [], { status: 'flagged', memo: 'Dead link' }),
    ],
    consensus: [makeDecision('P-1', GUID.equity)],
    ...patch,
  };
}

/**
 * The snapshot as a coded file carries it: no grid layout, the record
 * count derived, layers and consensus in a fixed order, so two snapshots
 * that hold the same project compare equal.
 */
export function normaliseSnapshot(snapshot: ProjectSnapshot): ProjectSnapshot {
  const byKey =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return {
    ...snapshot,
    meta: {
      ...snapshot.meta,
      layout: null,
      recordCount: snapshot.records.length,
    },
    coders: [...snapshot.coders].sort(byKey((c) => c.id)),
    layers: [...snapshot.layers]
      .map((coding) => ({ ...coding, codes: [...coding.codes].sort() }))
      .sort(byKey((c) => `${c.coderId} ${c.recordKey}`)),
    consensus: [...snapshot.consensus].sort(
      byKey((d) => `${d.recordKey} ${d.codeId}`),
    ),
  };
}
