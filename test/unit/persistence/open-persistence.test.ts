// Installs a global fake IndexedDB before Dexie loads and captures it.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  openPersistence,
  requestPersistentStorage,
} from '../../../src/renderer/persistence';
import { seedProject } from './seed';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openPersistence', () => {
  it('opens the browser database and shares its settings', async () => {
    vi.stubGlobal('navigator', undefined);

    const { repository, settings } = await openPersistence({
      dbName: 'podscan-open-test',
    });
    await settings.set('userName', 'Rosa Coder');
    const { meta, records } = await seedProject(repository, 'p1');

    expect(await repository.settings.get('userName')).toBe('Rosa Coder');
    expect(await repository.loadRecords(meta.id)).toStrictEqual(records);
    repository.close();
  });
});

describe('requestPersistentStorage', () => {
  it('asks for persistence when the data is not yet persistent', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', {
      storage: { persisted: () => Promise.resolve(false), persist },
    });

    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when the data is already persistent', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', {
      storage: { persisted: () => Promise.resolve(true), persist },
    });

    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('answers false when refused, failing or unsupported', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        persisted: () => Promise.resolve(false),
        persist: () => Promise.resolve(false),
      },
    });
    expect(await requestPersistentStorage()).toBe(false);

    vi.stubGlobal('navigator', {
      storage: {
        persisted: () => Promise.reject(new Error('denied')),
        persist: () => Promise.resolve(true),
      },
    });
    expect(await requestPersistentStorage()).toBe(false);

    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe(false);
  });
});
