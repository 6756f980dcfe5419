import type { NewAuditEvent } from '../../../src/core/model/audit';
import type { ProjectId, RecordKey } from '../../../src/core/model/ids';
import {
  asColumnKey,
  asProjectId,
  asRecordKey,
} from '../../../src/core/model/ids';
import type { ProjectMeta } from '../../../src/core/model/project';
import { DEFAULT_PROJECT_SETTINGS } from '../../../src/core/model/project';
import type { Column, ScanRecord } from '../../../src/core/model/scan';

export const ACTOR = 'Rosa Coder';

const COLUMNS: readonly Column[] = [
  { key: asColumnKey('key'), label: 'Key', type: 'text' },
  { key: asColumnKey('name'), label: 'Initiative name', type: 'text' },
  { key: asColumnKey('operator_type'), label: 'Operator type', type: 'text' },
  { key: asColumnKey('city'), label: 'City', type: 'text' },
  { key: asColumnKey('cost_type'), label: 'Cost type', type: 'text' },
];

const OPERATORS = ['nonprofit', 'city/county government', 'district'];
const CITIES = ['Tulsa', 'Oakland', 'Providence', 'El Paso'];

/** Metadata of a small project created at `createdAt`. */
export function buildMeta(
  id: string,
  overrides: Partial<ProjectMeta> = {},
): ProjectMeta {
  const createdAt = overrides.createdAt ?? '2021-03-01T09:00:00.000Z';
  return {
    id: asProjectId(id),
    name: `Pod scan ${id}`,
    createdAt,
    updatedAt: createdAt,
    columns: COLUMNS,
    keyColumn: asColumnKey('key'),
    recordCount: 0,
    batches: [
      {
        id: 'batch-1',
        kind: 'import',
        fileName: 'pods-2021-03.csv',
        importedAt: createdAt,
        importedBy: ACTOR,
        encoding: 'utf-8',
        delimiter: ',',
        rowCount: 0,
        keyColumn: asColumnKey('key'),
      },
    ],
    layout: null,
    settings: DEFAULT_PROJECT_SETTINGS,
    ...overrides,
  };
}

/** `count` records keyed P00001…, from batch `batchId`. */
export function buildRecords(count: number, batchId = 'batch-1'): ScanRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const key = recordKey(index + 1);
    return {
      key,
      fields: {
        key,
        name: `Learning hub ${index + 1}`,
        operator_type: OPERATORS[index % OPERATORS.length] ?? '',
        city: CITIES[index % CITIES.length] ?? '',
        cost_type: index % 2 === 0 ? 'free' : 'fee',
      },
      batchId,
      sourceRow: index + 1,
    };
  });
}

export function recordKey(position: number): RecordKey {
  return asRecordKey(`P${String(position).padStart(5, '0')}`);
}

export function importEvent(recordCount: number): NewAuditEvent {
  return {
    at: '2021-03-01T09:00:00.000Z',
    actor: ACTOR,
    recordKey: null,
    detail: {
      kind: 'import',
      batchId: 'batch-1',
      fileName: 'pods-2021-03.csv',
      recordCount,
    },
  };
}

export function projectId(id: string): ProjectId {
  return asProjectId(id);
}
