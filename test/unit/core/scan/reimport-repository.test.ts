import { describe, expect, it } from 'vitest';
import { asColumnKey, asRecordKey } from '../../../../src/core/model/ids';
import { createMemoryRepository } from '../../../../src/core/repository/memory';
import {
  buildReimportCommit,
  createImportBatch,
  diffReimport,
  parseScanText,
} from '../../../../src/core/scan';
import {
  EDITS,
  importFirst,
  KEY,
  recordsOf,
  SECOND,
} from './reimport-scenario';

describe('re-import through the repository', () => {
  const batch = createImportBatch(parseScanText(SECOND), {
    id: 'b2',
    kind: 'reimport',
    fileName: 'scan-v2.csv',
    importedAt: '2021-03-01T10:00:00.000Z',
    importedBy: 'Lee',
    keyColumn: KEY,
  });

  it('lets the repository keep edits and codes across the re-import', async () => {
    const repository = createMemoryRepository();
    const first = importFirst();
    await repository.createProject(first.meta, first.records, first.event);
    await repository.saveEdits(
      first.meta.id,
      Object.entries(EDITS).map(([key, edits]) => ({
        recordKey: asRecordKey(key),
        changes: Object.entries(edits).map(([column, newValue]) => ({
          column: asColumnKey(column),
          oldValue:
            first.records.find((r) => r.key === key)?.fields[column] ?? '',
          newValue,
        })),
      })),
      { at: '2021-02-01T00:00:00.000Z', actor: 'Lee' },
    );
    const current = await repository.loadRecords(first.meta.id);
    const editedBase = await repository.loadEditedBase(first.meta.id);
    const livePlan = diffReimport({
      columns: first.meta.columns,
      current,
      editedBase,
      incoming: recordsOf(SECOND, 'b2'),
    });
    const commit = buildReimportCommit(
      livePlan,
      { defaultChoice: 'keep-edit' },
      { meta: first.meta, batch },
    );
    await repository.applyReimport(first.meta.id, commit);

    const after = await repository.loadRecords(first.meta.id);
    expect(after.map((record) => record.fields.name)).toEqual([
      'Ann',
      'Bob',
      'Cyrus',
      'Di',
      'Eve!',
      'Flo',
    ]);
    expect(after.map((record) => record.fields.city)).toEqual([
      'Bergen',
      'Rome',
      'Pisa',
      'Pisa',
      'Lima',
      'Kyiv',
    ]);
    expect(await repository.loadEditedBase(first.meta.id)).toEqual(
      new Map([
        ['P-2', { name: 'Bo' }],
        ['P-3', { name: 'Cyril' }],
        ['P-5', { name: 'Eve' }],
      ]),
    );
  });
});
