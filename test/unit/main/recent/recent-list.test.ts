import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readChosenFile } from '../../../../src/main/ipc/file-handlers';
import { createRecentHandlers } from '../../../../src/main/ipc/recent-handlers';
import {
  addRecentFile,
  addRecentProject,
  createRecentStore,
  EMPTY_RECENT,
  parseRecentState,
  removeRecentProject,
  toRecentLists,
  type RecentState,
} from '../../../../src/main/recent/recent-list';

const AT = '2025-03-01T09:00:00.000Z';
const LATER = '2025-03-02T09:00:00.000Z';

function ids() {
  let n = 0;
  return () => `00000000-0000-4000-8000-00000000000${++n}`;
}

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'podscan-recent-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe('recent lists', () => {
  it('puts a reopened file first and keeps its id', () => {
    const makeId = ids();
    let state = addRecentFile(EMPTY_RECENT, '/data/a.csv', AT, makeId);
    state = addRecentFile(state, '/data/b.csv', AT, makeId);
    state = addRecentFile(state, '/data/a.csv', LATER, makeId);

    expect(state.files).toEqual([
      {
        id: '00000000-0000-4000-8000-000000000001',
        path: '/data/a.csv',
        name: 'a.csv',
        openedAt: LATER,
      },
      {
        id: '00000000-0000-4000-8000-000000000002',
        path: '/data/b.csv',
        name: 'b.csv',
        openedAt: AT,
      },
    ]);
  });

  it('keeps the eight newest projects under their latest names', () => {
    let state: RecentState = EMPTY_RECENT;
    for (let n = 1; n <= 10; n += 1) {
      state = addRecentProject(state, `p${n}`, `Project ${n}`, AT);
    }
    state = addRecentProject(state, 'p5', 'Renamed', LATER);

    expect(state.projects.map((p) => `${p.projectId} ${p.name}`)).toEqual([
      'p5 Renamed',
      'p10 Project 10',
      'p9 Project 9',
      'p8 Project 8',
      'p7 Project 7',
      'p6 Project 6',
      'p4 Project 4',
      'p3 Project 3',
    ]);
    expect(removeRecentProject(state, 'p5').projects).toHaveLength(7);
  });

  it('shows the renderer names and ids, never paths', () => {
    const state = addRecentFile(EMPTY_RECENT, '/home/ana/a.csv', AT, ids());

    expect(JSON.stringify(toRecentLists(state))).not.toContain('/home');
  });

  it.each([
    ['not JSON', '{'],
    ['a wrong shape', '{"files":{},"projects":[]}'],
    [
      'a project id with a path',
      `{"files":[],"projects":[{"projectId":"../x","name":"x","openedAt":"${AT}"}]}`,
    ],
  ])('reads %s as an empty list', (_what, text) => {
    expect(parseRecentState(text)).toEqual(EMPTY_RECENT);
  });

  it('saves every change and reads it back at the next start', () => {
    const file = join(folder, 'recent.json');
    const seen: number[] = [];
    const store = createRecentStore(file, (state) =>
      seen.push(state.projects.length),
    );

    store.update((state) => addRecentProject(state, 'p1', 'Pods', AT));
    store.update((state) => addRecentFile(state, '/d/a.csv', AT, ids()));

    expect(seen).toEqual([1, 1]);
    expect(createRecentStore(file).current()).toEqual(store.current());
  });
});

describe('recent handlers', () => {
  it('reads a recent file again and forgets one that is gone', async () => {
    const scan = join(folder, 'scan.csv');
    await fs.writeFile(scan, 'key\nA\n');
    const store = createRecentStore(join(folder, 'recent.json'));
    const makeId = ids();
    store.update((state) => addRecentFile(state, scan, AT, makeId));
    store.update((state) =>
      addRecentFile(state, join(folder, 'gone.csv'), AT, makeId),
    );
    const handlers = createRecentHandlers({
      store,
      readFile: (path) => readChosenFile(path, {}),
      now: () => new Date(LATER),
    });
    const [gone, present] = store.current().files;

    const read = await handlers['recent:openFile']({ id: present?.id ?? '' });
    const missing = await handlers['recent:openFile']({ id: gone?.id ?? '' });

    expect(read).toEqual({
      ok: true,
      value: { name: 'scan.csv', bytes: Buffer.from('key\nA\n') },
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
    expect(store.current().files.map((f) => [f.name, f.openedAt])).toEqual([
      ['scan.csv', LATER],
    ]);
  });

  it('adds and removes projects and lists them', async () => {
    const store = createRecentStore(join(folder, 'recent.json'));
    const handlers = createRecentHandlers({
      store,
      readFile: () => Promise.reject(new Error('not used')),
      now: () => new Date(AT),
    });

    await handlers['recent:addProject']({ projectId: 'p1', name: 'Pods' });
    await handlers['recent:addProject']({ projectId: 'p2', name: 'Hubs' });
    await handlers['recent:removeProject']({ projectId: 'p1' });

    await expect(handlers['recent:list'](undefined)).resolves.toEqual({
      ok: true,
      value: {
        files: [],
        projects: [{ projectId: 'p2', name: 'Hubs', openedAt: AT }],
      },
    });
  });
});
