import { afterEach, describe, expect, it } from 'vitest';
import { asColumnKey, asProjectId } from '../../../src/core/model/ids';
import type { ScanRecord } from '../../../src/core/model/scan';
import {
  buildImportCommit,
  buildImportTable,
  createImportBatch,
  parseScanText,
} from '../../../src/core/scan';
import { generateScan, writeScanCsv } from '../../../src/core/sample';
import {
  encodeChunk,
  encodeTableChunk,
  RECORDS_PER_CHUNK,
} from '../../../src/renderer/persistence/chunks';
import type { DexieRepository } from '../../../src/renderer/persistence/dexie-repository';
import { createFakeIndexedDb, openWindow } from './fake-idb';

/** 2,500 generated rows: two full chunks and half of one. */
function parseGeneratedScan() {
  const scan = generateScan({ rows: 2500, seed: 7 });
  if (!scan.ok) throw new Error(scan.error.message);
  return parseScanText(writeScanCsv(scan.value));
}

function describeProject(keyColumn: string | null) {
  const parsed = parseGeneratedScan();
  const batch = createImportBatch(parsed, {
    id: 'batch-1',
    kind: 'import',
    fileName: 'scan.csv',
    importedAt: '2021-03-01T09:00:00.000Z',
    importedBy: 'Ana',
    keyColumn: keyColumn === null ? null : asColumnKey(keyColumn),
  });
  const project = { id: asProjectId('p1'), name: 'Scan', batch };
  return { parsed, project };
}

describe('importing rows without record objects', () => {
  let repository: DexieRepository | null = null;
  afterEach(() => repository?.close());

  it('encodes each chunk exactly as from the records the rows make', () => {
    const { parsed, project } = describeProject('record_id');
    const commit = buildImportCommit(parsed, project);
    const table = buildImportTable(parsed, project);
    if (!commit.ok || !table.ok) throw new Error('the fixture must import');

    for (let index = 0; index < 3; index += 1) {
      expect(encodeTableChunk('p1', index, table.value)).toStrictEqual(
        encodeChunk('p1', index, commit.value.records),
      );
    }
    expect(encodeTableChunk('p1', 2, table.value).keys).toHaveLength(500);
  });

  it('builds the same project, event and keys as the record path', () => {
    const { parsed, project } = describeProject(null);
    const commit = buildImportCommit(parsed, project);
    const table = buildImportTable(parsed, project);
    if (!commit.ok || !table.ok) throw new Error('the fixture must import');

    expect(table.value.meta).toStrictEqual(commit.value.meta);
    expect(table.value.event).toStrictEqual(commit.value.event);
    expect(table.value.keys).toStrictEqual(
      commit.value.records.map((record) => record.key),
    );
    expect(table.value.keys[0]).toMatch(/^r-[0-9a-f]{16}$/);
  });

  it('refuses a key column with repeated values as the record path does', () => {
    const { parsed, project } = describeProject('state');
    const commit = buildImportCommit(parsed, project);
    const table = buildImportTable(parsed, project);

    expect(table.ok).toBe(false);
    expect(table).toStrictEqual(commit);
  });

  it('stores rows that load back as the records the record path stores', async () => {
    const { parsed, project } = describeProject('record_id');
    const commit = buildImportCommit(parsed, project);
    const table = buildImportTable(parsed, project);
    if (!commit.ok || !table.ok) throw new Error('the fixture must import');
    repository = openWindow(createFakeIndexedDb());
    const progress: number[] = [];

    await repository.createProjectFromTable(table.value, (fraction) =>
      progress.push(fraction),
    );
    const batches: (readonly ScanRecord[])[] = [];
    const loaded = await repository.loadRecords(
      project.id,
      undefined,
      (batch) => batches.push(batch),
    );

    expect(loaded).toStrictEqual(commit.value.records);
    expect(await repository.getProject(project.id)).toStrictEqual(
      commit.value.meta,
    );
    expect(progress).toStrictEqual([1 / 3, 2 / 3, 1]);
    expect(batches.map((batch) => batch.length)).toStrictEqual([
      RECORDS_PER_CHUNK,
      1500,
    ]);
  });

  it('refuses a second project under a taken id and keeps the first', async () => {
    const { parsed, project } = describeProject('record_id');
    const table = buildImportTable(parsed, project);
    if (!table.ok) throw new Error('the fixture must import');
    repository = openWindow(createFakeIndexedDb());
    await repository.createProjectFromTable(table.value);

    await expect(
      repository.createProjectFromTable({
        ...table.value,
        rows: table.value.rows.slice(0, 10),
        keys: table.value.keys.slice(0, 10),
      }),
    ).rejects.toMatchObject({ code: 'PROJECT_EXISTS' });
    expect(await repository.loadRecords(project.id)).toHaveLength(2500);
  });
});
