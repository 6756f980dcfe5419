import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { asColumnKey } from '../../../src/core/model/ids';
import type { PodscanDatabase } from '../../../src/renderer/persistence/database';
import { openPodscanDatabase } from '../../../src/renderer/persistence/database';
import type { DexieRepository } from '../../../src/renderer/persistence/dexie-repository';
import {
  DB_NAME,
  createFakeIndexedDb,
  failNthWrite,
  openWindow,
} from './fake-idb';
import { ACTOR, projectId, recordKey } from './fixtures';
import { seedProject } from './seed';

const opened: { close: () => void }[] = [];

afterEach(() => {
  opened.splice(0).forEach((connection) => connection.close());
});

describe('IndexedDB layout', () => {
  it('stores 2,500 records as three column-aligned chunks', async () => {
    const { repository, raw } = openPair();
    const progress: number[] = [];

    await seedProject(repository, 'p1', {
      count: 2500,
      onProgress: (fraction) => progress.push(fraction),
    });

    const chunks = await raw.chunks.toArray();
    expect(progress).toStrictEqual([1 / 3, 2 / 3, 1]);
    expect(
      chunks.map((c) => [c.index, c.keys.length, c.cells.length]),
    ).toStrictEqual([
      [0, 1000, 5000],
      [1, 1000, 5000],
      [2, 500, 2500],
    ]);
    expect(chunks[2]?.columns).toStrictEqual([
      'key',
      'name',
      'operator_type',
      'city',
      'cost_type',
    ]);
    expect(chunks[2]?.keys[0]).toBe(recordKey(2001));
    expect(chunks[2]?.cells.slice(0, 5)).toStrictEqual([
      'P02001',
      'Learning hub 2001',
      'district',
      'Tulsa',
      'free',
    ]);
    expect(chunks[2]?.batchIds).toStrictEqual(['batch-1']);
    expect(chunks[2]?.sourceRows[499]).toBe(2500);
  });

  it('saves an edit beside the chunks without rewriting them', async () => {
    const { repository, raw } = openPair();
    const { meta } = await seedProject(repository, 'p1', { count: 1500 });
    const chunksBefore = await raw.chunks.toArray();

    await repository.saveEdits(
      meta.id,
      [
        {
          recordKey: recordKey(1),
          changes: [
            {
              column: asColumnKey('city'),
              oldValue: 'Tulsa',
              newValue: 'Tulsa, OK',
            },
          ],
        },
      ],
      { at: '2021-03-02T10:00:00.000Z', actor: ACTOR },
    );

    expect(await raw.chunks.toArray()).toStrictEqual(chunksBefore);
    expect(await raw.overlay.toArray()).toStrictEqual([
      {
        projectId: 'p1',
        recordKey: 'P00001',
        values: { city: 'Tulsa, OK' },
        base: { city: 'Tulsa' },
      },
    ]);
  });

  it('deletes a project from every table and leaves the others', async () => {
    const { repository, raw } = openPair();
    await seedProject(repository, 'doomed', { count: 1500 });
    await seedProject(repository, 'kept', { count: 1500 });
    const keptBefore = await rowsOf(raw, 'kept');

    await repository.deleteProject(projectId('doomed'));

    expect(await rowsOf(raw, 'doomed')).toStrictEqual({
      projects: 0,
      chunks: 0,
      overlay: 0,
      audit: 0,
    });
    expect(await rowsOf(raw, 'kept')).toStrictEqual(keptBefore);
    expect(keptBefore.chunks).toBe(2);
  });

  it('leaves no row in any table when an import fails midway', async () => {
    const { repository, raw } = openPair();
    const restore = failNthWrite(3, new Error('simulated disk failure'));

    await expect(
      seedProject(repository, 'p1', { count: 2500 }),
    ).rejects.toThrow();
    restore();

    expect(await rowsOf(raw, 'p1')).toStrictEqual({
      projects: 0,
      chunks: 0,
      overlay: 0,
      audit: 0,
    });
  });
});

/** A repository and a second, plain connection to inspect its tables. */
function openPair(): { repository: DexieRepository; raw: PodscanDatabase } {
  const indexedDB = createFakeIndexedDb();
  const repository = openWindow(indexedDB);
  const raw = openPodscanDatabase(DB_NAME, { indexedDB, IDBKeyRange });
  opened.push(repository, raw);
  return { repository, raw };
}

async function rowsOf(raw: PodscanDatabase, projectId: string) {
  const mine = <T extends { projectId: string }>(rows: T[]) =>
    rows.filter((row) => row.projectId === projectId).length;
  return {
    projects: (await raw.projects.toArray()).filter((p) => p.id === projectId)
      .length,
    chunks: mine(await raw.chunks.toArray()),
    overlay: mine(await raw.overlay.toArray()),
    audit: mine(await raw.audit.toArray()),
  };
}
