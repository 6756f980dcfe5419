import { afterEach, describe, expect, it, vi } from 'vitest';
import { asColumnKey } from '../../../src/core/model/ids';
import { isRepositoryError } from '../../../src/core/repository/errors';
import type { StorageInterruption } from '../../../src/renderer/persistence';
import type { DexieRepository } from '../../../src/renderer/persistence/dexie-repository';
import { DB_NAME, createFakeIndexedDb, openWindow } from './fake-idb';
import { ACTOR, recordKey } from './fixtures';
import { seedProject } from './seed';

const P1 = recordKey(1);
const opened: { close: () => void }[] = [];

afterEach(() => {
  opened.splice(0).forEach((connection) => connection.close());
});

describe('two windows on one database', () => {
  it('keeps both edits when two windows edit different fields of one record at once', async () => {
    const indexedDB = createFakeIndexedDb();
    const first = track(openWindow(indexedDB));
    const second = track(openWindow(indexedDB));
    const { meta, records } = await seedProject(first, 'p1');
    // Both windows have loaded the record before either edits it.
    await Promise.all([
      first.loadRecords(meta.id),
      second.loadRecords(meta.id),
    ]);

    await Promise.all([
      first.saveEdits(meta.id, [cityEdit('Tulsa', 'Tulsa, OK')], {
        at: '2021-03-02T10:00:00.000Z',
        actor: ACTOR,
      }),
      second.saveEdits(meta.id, [nameEdit('Learning hub 1', 'Hub One')], {
        at: '2021-03-02T10:00:01.000Z',
        actor: 'Lee Lead',
      }),
    ]);

    const expected = {
      ...records[0],
      fields: { ...records[0]?.fields, city: 'Tulsa, OK', name: 'Hub One' },
    };
    for (const window of [first, second]) {
      expect((await window.loadRecords(meta.id))[0]).toStrictEqual(expected);
      expect(await window.loadEditedBase(meta.id)).toStrictEqual(
        new Map([[P1, { city: 'Tulsa', name: 'Learning hub 1' }]]),
      );
    }
    const history = await second.listAudit(meta.id, { recordKey: P1 });
    expect(history.map((event) => event.actor).sort()).toStrictEqual([
      'Lee Lead',
      ACTOR,
    ]);
  });

  it('logs the saved value as old when a stale window overwrites a field', async () => {
    const indexedDB = createFakeIndexedDb();
    const first = track(openWindow(indexedDB));
    const stale = track(openWindow(indexedDB));
    const { meta } = await seedProject(first, 'p1');
    const info = { at: '2021-03-02T10:00:00.000Z', actor: ACTOR };
    await first.saveEdits(meta.id, [cityEdit('Tulsa', 'Tulsa, OK')], info);

    const [event] = await stale.saveEdits(
      meta.id,
      [cityEdit('Tulsa', 'Broken Arrow')],
      info,
    );

    expect(event?.detail).toStrictEqual({
      kind: 'edit',
      changes: [
        {
          column: asColumnKey('city'),
          oldValue: 'Tulsa, OK',
          newValue: 'Broken Arrow',
        },
      ],
    });
    expect(await first.loadEditedBase(meta.id)).toStrictEqual(
      new Map([[P1, { city: 'Tulsa' }]]),
    );
  });
});

describe('schema upgrades from other windows', () => {
  it('closes and asks for a reload when a newer version opens the database', async () => {
    const indexedDB = createFakeIndexedDb();
    const reasons: StorageInterruption[] = [];
    const window = track(
      openWindow(indexedDB, { onInterruption: (r) => reasons.push(r) }),
    );
    await seedProject(window, 'p1');

    const newer = await openRaw(indexedDB, 1000);

    expect(reasons).toStrictEqual(['versionchange']);
    expect(newer.version).toBe(1000);
    await expect(window.listProjects()).rejects.toSatisfy((error) =>
      isRepositoryError(error, 'STORAGE_CLOSED'),
    );
  });

  it('reports a blocked upgrade and finishes it once the old window closes', async () => {
    const indexedDB = createFakeIndexedDb();
    const older = await openRaw(indexedDB, 1);
    const reasons: StorageInterruption[] = [];
    const window = track(
      openWindow(indexedDB, { onInterruption: (r) => reasons.push(r) }),
    );

    const opening = window.open();
    await vi.waitFor(() => expect(reasons).toStrictEqual(['blocked']));
    older.close();
    await opening;

    const { meta, records } = await seedProject(window, 'p1');
    expect(await window.loadRecords(meta.id)).toStrictEqual(records);
  });

  it('rejects calls after the window closed its storage', async () => {
    const window = openWindow(createFakeIndexedDb());
    await seedProject(window, 'p1');

    window.close();

    await expect(window.listProjects()).rejects.toSatisfy((error) =>
      isRepositoryError(error, 'STORAGE_CLOSED'),
    );
  });
});

function track(window: DexieRepository): DexieRepository {
  opened.push(window);
  return window;
}

function cityEdit(oldValue: string, newValue: string) {
  const changes = [{ column: asColumnKey('city'), oldValue, newValue }];
  return { recordKey: P1, changes };
}

function nameEdit(oldValue: string, newValue: string) {
  const changes = [{ column: asColumnKey('name'), oldValue, newValue }];
  return { recordKey: P1, changes };
}

/**
 * Opens the database without Dexie at a native version, as another release
 * of the app would; the connection ignores requests to close.
 */
function openRaw(indexedDB: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onsuccess = () => {
      opened.push(request.result);
      resolve(request.result);
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}
