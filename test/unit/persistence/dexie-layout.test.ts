import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { asColumnKey } from '../../../src/core/model/ids';
import type { PodscanDatabase } from '../../../src/renderer/persistence/database';
import { openPodscanDatabase } from '../../../src/renderer/persistence/database';
import {
  LAYER_BUCKETS,
  bucketOf,
} from '../../../src/renderer/persistence/coding-buckets';
import { ADA, addCoders, changeOf, codingOf, info } from './coding-fixtures';
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

describe('IndexedDB layout of coding layers', () => {
  it('hashes record keys to buckets with 32-bit FNV-1a', () => {
    // Published FNV-1a test vectors: "" → 811c9dc5, "a" → e40c292c,
    // "foobar" → bf9cf968; the bucket is the hash modulo 256.
    expect(LAYER_BUCKETS).toBe(256);
    expect(bucketOf('')).toBe(0xc5);
    expect(bucketOf('a')).toBe(0x2c);
    expect(bucketOf('foobar')).toBe(0x68);
  });

  it('stores a coder’s codings in buckets and rewrites only the touched one', async () => {
    const { repository, raw } = openPair();
    const { meta } = await seedProject(repository, 'p1', { count: 1500 });
    await addCoders(repository, meta.id);
    const layer = Array.from({ length: 1500 }, (_, index) =>
      codingOf(ADA.id, index + 1, [1]),
    );
    await repository.saveCodings(
      meta.id,
      layer.map((entry) => changeOf(null, entry)),
      info(2),
    );
    const before = await raw.codings.toArray();

    const target = layer[41];
    if (!target) throw new Error('fixture too short');
    await repository.saveCodings(
      meta.id,
      [changeOf(target, { ...target, codes: [] })],
      info(3),
    );

    const after = await raw.codings.toArray();
    const changed = after.filter(
      (row, index) => JSON.stringify(row) !== JSON.stringify(before[index]),
    );
    expect(before.map((row) => row.keys.length).reduce((a, b) => a + b)).toBe(
      1500,
    );
    expect(
      before.every(
        (row) =>
          row.projectId === 'p1' &&
          row.coderId === ADA.id &&
          row.keys.every((key) => bucketOf(key) === row.bucket),
      ),
    ).toBe(true);
    expect(changed.map((row) => row.bucket)).toStrictEqual([
      bucketOf(target.recordKey),
    ]);
  });

  it('deletes a project’s coding rows and keeps another project’s', async () => {
    const { repository, raw } = openPair();
    for (const id of ['doomed', 'kept']) {
      const { meta } = await seedProject(repository, id);
      await addCoders(repository, meta.id);
      await repository.saveCodings(
        meta.id,
        [changeOf(null, codingOf(ADA.id, 1, [1]))],
        info(2),
      );
      await repository.replaceSnapshotParts(
        meta.id,
        { consensus: [] },
        {
          at: '2021-04-01T10:00:00.000Z',
          actor: ACTOR,
          recordKey: null,
          detail: { kind: 'other', action: 'test', summary: '' },
        },
      );
    }

    await repository.deleteProject(projectId('doomed'));

    const tables = [raw.coders, raw.codings, raw.replaced];
    const owners = await Promise.all(
      tables.map(async (table) =>
        (await table.toArray()).map((row) => row.projectId),
      ),
    );
    expect(owners).toStrictEqual([['kept'], ['kept'], ['kept']]);
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
