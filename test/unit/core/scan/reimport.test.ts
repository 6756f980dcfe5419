import { describe, expect, it } from 'vitest';
import {
  asColumnKey,
  asProjectId,
  asRecordKey,
} from '../../../../src/core/model/ids';
import {
  buildImportCommit,
  buildReimportCommit,
  conflictId,
  createImportBatch,
  diffReimport,
  parseScanText,
} from '../../../../src/core/scan';
import { problemCodes } from './fixtures';
import {
  FIRST,
  importFirst,
  KEY,
  reimportInput,
  SECOND,
} from './reimport-scenario';

describe('diffReimport', () => {
  const plan = diffReimport(reimportInput());

  it('sorts records into added, changed, unchanged and missing', () => {
    expect(plan.added).toEqual(['P-6']);
    expect(plan.changed.map((change) => change.recordKey)).toEqual([
      'P-1',
      'P-3',
      'P-4',
    ]);
    expect(plan.unchanged).toBe(1);
    expect(plan.missing).toEqual(['P-5']);
  });

  it('lists each changed source value, new columns included', () => {
    expect(plan.changed[0]).toEqual({
      recordKey: 'P-1',
      sourceRow: 1,
      changes: [
        { column: 'city', oldValue: 'Oslo', newValue: 'Bergen' },
        { column: 'url', oldValue: '', newValue: 'https://p1' },
      ],
    });
  });

  it('flags an edit only when the new value differs from base and edit', () => {
    expect(plan.conflicts).toEqual([
      {
        recordKey: 'P-3',
        column: 'name',
        sourceRow: 3,
        baseValue: 'Cy',
        editedValue: 'Cyrus',
        incomingValue: 'Cyril',
      },
    ]);
    expect(plan.settledEdits).toEqual([{ recordKey: 'P-4', column: 'city' }]);
  });

  it('adds new columns and keeps absent ones with their values', () => {
    expect(plan.columns.map((column) => column.key)).toEqual([
      'id',
      'name',
      'city',
      'notes',
      'url',
    ]);
    expect(plan.newColumns.map((column) => column.key)).toEqual(['url']);
    expect(plan.absentColumns.map((column) => column.key)).toEqual(['notes']);
  });

  it('gives every record its new base values and keeps missing ones', () => {
    const byKey = new Map(plan.records.map((record) => [record.key, record]));

    expect(plan.records.map((record) => record.key)).toEqual([
      'P-1',
      'P-2',
      'P-3',
      'P-4',
      'P-5',
      'P-6',
    ]);
    expect(byKey.get(asRecordKey('P-1'))).toEqual({
      key: 'P-1',
      fields: {
        id: 'P-1',
        name: 'Ann',
        city: 'Bergen',
        notes: 'n1',
        url: 'https://p1',
      },
      batchId: 'b2',
      sourceRow: 1,
    });
    expect(byKey.get(asRecordKey('P-3'))?.fields.name).toBe('Cyril');
    expect(byKey.get(asRecordKey('P-5'))).toEqual({
      key: 'P-5',
      fields: { id: 'P-5', name: 'Eve', city: 'Lima', notes: 'n5', url: '' },
      batchId: 'b1',
      sourceRow: 5,
    });
    expect(byKey.get(asRecordKey('P-6'))?.fields).toEqual({
      id: 'P-6',
      name: 'Flo',
      city: 'Kyiv',
      notes: '',
      url: '',
    });
  });

  it('reports missing records, absent and new columns, and conflicts', () => {
    expect(problemCodes(plan.problems)).toEqual([
      ['REIMPORT_RECORDS_MISSING', null, null],
      ['REIMPORT_COLUMNS_ABSENT', null, null],
      ['REIMPORT_COLUMNS_ADDED', null, null],
      ['REIMPORT_EDIT_CONFLICT', 3, 'name'],
    ]);
    expect(plan.problems[0]?.message).toBe(
      '1 record of the project is not in the new file ("P-5"). It is ' +
        'kept with its codes and edits; delete it yourself if it was ' +
        'dropped from the scan on purpose.',
    );
  });
});

describe('buildReimportCommit', () => {
  const plan = diffReimport(reimportInput());
  const meta = importFirst().meta;
  const batch = createImportBatch(parseScanText(SECOND), {
    id: 'b2',
    kind: 'reimport',
    fileName: 'scan-v2.csv',
    importedAt: '2021-03-01T10:00:00.000Z',
    importedBy: 'Lee',
    keyColumn: KEY,
  });

  it('keeps edits by default and drops edits the file now agrees with', () => {
    const commit = buildReimportCommit(
      plan,
      { defaultChoice: 'keep-edit' },
      { meta, batch },
    );

    expect(commit.dropEdits).toEqual([{ recordKey: 'P-4', column: 'city' }]);
    expect(commit.records).toBe(plan.records);
    expect(commit.meta.columns).toBe(plan.columns);
    expect(commit.meta.recordCount).toBe(6);
    expect(commit.meta.updatedAt).toBe('2021-03-01T10:00:00.000Z');
    expect(commit.meta.batches.map((b) => b.id)).toEqual(['b1', 'b2']);
    expect(commit.event).toEqual({
      at: '2021-03-01T10:00:00.000Z',
      actor: 'Lee',
      recordKey: null,
      detail: {
        kind: 'reimport',
        batchId: 'b2',
        fileName: 'scan-v2.csv',
        added: 1,
        changed: 3,
        unchanged: 1,
        missing: 1,
        conflictsKept: 1,
        conflictsReplaced: 0,
      },
    });
  });

  it('drops the edits whose conflict the user settles for the file', () => {
    const id = conflictId(asRecordKey('P-3'), asColumnKey('name'));
    const commit = buildReimportCommit(
      plan,
      { defaultChoice: 'keep-edit', overrides: { [id]: 'take-incoming' } },
      { meta, batch },
    );

    expect(commit.dropEdits).toEqual([
      { recordKey: 'P-4', column: 'city' },
      { recordKey: 'P-3', column: 'name' },
    ]);
    expect(commit.event.detail).toMatchObject({
      conflictsKept: 0,
      conflictsReplaced: 1,
    });
  });
});

describe('buildImportCommit', () => {
  it('builds the project, its records and the import event', () => {
    const { meta, records, event } = importFirst();

    expect(meta).toEqual({
      id: 'project-1',
      name: 'Pods',
      createdAt: '2021-01-01T09:00:00.000Z',
      updatedAt: '2021-01-01T09:00:00.000Z',
      columns: parseScanText(FIRST).columns,
      keyColumn: 'id',
      recordCount: 5,
      batches: [
        {
          id: 'b1',
          kind: 'import',
          fileName: 'scan.csv',
          importedAt: '2021-01-01T09:00:00.000Z',
          importedBy: 'Lee',
          encoding: 'utf-8',
          delimiter: ',',
          rowCount: 5,
          keyColumn: 'id',
        },
      ],
      layout: null,
      settings: { blindMode: false },
    });
    expect(records.map((record) => record.key)).toEqual([
      'P-1',
      'P-2',
      'P-3',
      'P-4',
      'P-5',
    ]);
    expect(event).toEqual({
      at: '2021-01-01T09:00:00.000Z',
      actor: 'Lee',
      recordKey: null,
      detail: {
        kind: 'import',
        batchId: 'b1',
        fileName: 'scan.csv',
        recordCount: 5,
      },
    });
  });

  it('refuses a file with blocking problems', () => {
    const parsed = parseScanText('id,name\n1,"Ann\n');
    const batch = createImportBatch(parsed, {
      id: 'b1',
      kind: 'import',
      fileName: 'broken.csv',
      importedAt: '2021-01-01T09:00:00.000Z',
      importedBy: 'Lee',
      keyColumn: null,
    });
    const result = buildImportCommit(parsed, {
      id: asProjectId('project-1'),
      name: 'Broken',
      batch,
    });

    expect(result.ok ? [] : problemCodes(result.error)).toEqual([
      ['CSV_UNTERMINATED_QUOTE', 1, 'name'],
    ]);
  });
});
