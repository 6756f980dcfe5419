import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createBackupStore,
  formatBackupStamp,
  parseBackupId,
  type BackupFs,
} from '../../../../src/main/backups/backup-store';
import type { BackupWriteRequest } from '../../../../src/shared/ipc';

const PROJECT = '6f1c1f8e-2b1c-4a6e-9f00-1234567890ab';
const OTHER = '0d8f5a3e-2b1c-4a6e-9f00-1234567890ab';

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'podscan-backups-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** A clock that moves one second per call, from 2025-03-01 09:00 UTC. */
function ticking(start = Date.UTC(2025, 2, 1, 9, 0, 0, 0)) {
  let next = start;
  return () => {
    const date = new Date(next);
    next += 1000;
    return date;
  };
}

function request(
  data: string,
  overrides: Partial<BackupWriteRequest> = {},
): BackupWriteRequest {
  return {
    projectId: PROJECT,
    projectName: 'Tulsa pilot',
    reason: 'timer',
    data,
    ...overrides,
  };
}

async function filesIn(path: string): Promise<string[]> {
  return (await fs.readdir(path)).sort();
}

describe('backup ids', () => {
  it('turns a time into a compact stamp and back', () => {
    const date = new Date('2025-01-02T03:04:05.678Z');

    expect(formatBackupStamp(date)).toBe('20250102T030405678Z');
    expect(parseBackupId('20250102T030405678Z-reimport-2')).toEqual({
      createdAt: '2025-01-02T03:04:05.678Z',
      reason: 'reimport',
    });
  });

  it.each([
    '../20250102T030405678Z-timer',
    '20250102T030405678Z-nightly',
    '20250102T030405678Z',
    'project',
  ])('refuses the foreign name %s', (name) => {
    expect(parseBackupId(name)).toBeNull();
  });
});

describe('createBackupStore', () => {
  it('writes a backup under the project folder and names it by time', async () => {
    const store = createBackupStore({ folder, now: ticking() });

    const written = await store.write(request('{"a":1}'));

    expect(written).toEqual({
      ok: true,
      value: {
        projectId: PROJECT,
        projectName: 'Tulsa pilot',
        backupId: '20250301T090000000Z-timer',
        createdAt: '2025-03-01T09:00:00.000Z',
        reason: 'timer',
        bytes: 7,
      },
    });
    expect(await filesIn(join(folder, PROJECT))).toEqual([
      '20250301T090000000Z-timer.podscan.json',
      'project.json',
    ]);
    await expect(
      fs.readFile(
        join(folder, PROJECT, '20250301T090000000Z-timer.podscan.json'),
        'utf8',
      ),
    ).resolves.toBe('{"a":1}');
  });

  it('keeps only the newest backups of a project', async () => {
    const store = createBackupStore({ folder, keep: 3, now: ticking() });

    for (const n of [1, 2, 3, 4, 5]) {
      const result = await store.write(request(`{"n":${n}}`));
      expect(result.ok).toBe(true);
    }

    expect(await filesIn(join(folder, PROJECT))).toEqual([
      '20250301T090002000Z-timer.podscan.json',
      '20250301T090003000Z-timer.podscan.json',
      '20250301T090004000Z-timer.podscan.json',
      'project.json',
    ]);
  });

  it('rotates each project on its own', async () => {
    const store = createBackupStore({ folder, keep: 1, now: ticking() });

    await store.write(request('{}'));
    await store.write(request('{}', { projectId: OTHER, projectName: 'B' }));
    await store.write(request('{}', { reason: 'reimport' }));

    const listed = await store.list();
    expect(listed.ok && listed.value.map((e) => e.backupId)).toEqual([
      '20250301T090002000Z-reimport',
      '20250301T090001000Z-timer',
    ]);
    expect(listed.ok && listed.value.map((e) => e.projectName)).toEqual([
      'Tulsa pilot',
      'B',
    ]);
  });

  it('gives two backups of the same millisecond their own files', async () => {
    const frozen = () => new Date(Date.UTC(2025, 2, 1, 9, 0, 0, 0));
    const store = createBackupStore({ folder, keep: 2, now: frozen });

    await store.write(request('{"n":1}', { reason: 'merge' }));
    await store.write(request('{"n":2}', { reason: 'merge' }));
    await store.write(request('{"n":3}', { reason: 'merge' }));

    expect(await filesIn(join(folder, PROJECT))).toEqual([
      '20250301T090000000Z-merge-2.podscan.json',
      '20250301T090000000Z-merge-3.podscan.json',
      'project.json',
    ]);
    const newest = await store.read(PROJECT, '20250301T090000000Z-merge-3');
    expect(newest).toEqual({ ok: true, value: { data: '{"n":3}' } });
  });

  it('lists one project newest first with sizes, ignoring stray files', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    await store.write(request('{"n":1}'));
    await store.write(request('{"n":22}', { projectName: 'Renamed' }));
    await fs.writeFile(join(folder, PROJECT, 'notes.txt'), 'x');
    await fs.writeFile(join(folder, PROJECT, '.x.podscan.json.1a2b.tmp'), 'x');
    await fs.mkdir(join(folder, 'not a project'));

    const listed = await store.list(PROJECT);

    expect(listed).toEqual({
      ok: true,
      value: [
        expect.objectContaining({
          backupId: '20250301T090001000Z-timer',
          projectName: 'Renamed',
          bytes: 8,
        }),
        expect.objectContaining({
          backupId: '20250301T090000000Z-timer',
          projectName: 'Renamed',
          bytes: 7,
        }),
      ],
    });
  });

  it('lists nothing before the first backup', async () => {
    const store = createBackupStore({ folder: join(folder, 'missing') });

    await expect(store.list()).resolves.toEqual({ ok: true, value: [] });
  });

  it('names a project by its id when the name file is damaged', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    await store.write(request('{}'));
    await fs.writeFile(join(folder, PROJECT, 'project.json'), '{"name":');

    const listed = await store.list(PROJECT);

    expect(listed.ok && listed.value[0]?.projectName).toBe(
      `Project ${PROJECT}`,
    );
  });

  it('says a missing backup is gone', async () => {
    const store = createBackupStore({ folder });

    const read = await store.read(PROJECT, '20250301T090000000Z-timer');

    expect(read).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_NOT_FOUND' },
    });
  });

  it('refuses ids that would leave the backups folder', async () => {
    const store = createBackupStore({ folder });

    const written = await store.write(request('{}', { projectId: '../x' }));
    const read = await store.read('..', '20250301T090000000Z-timer');

    expect(written).toMatchObject({ ok: false });
    expect(read).toMatchObject({ ok: false });
    expect(await filesIn(folder)).toEqual([]);
  });

  it('reports a full disk and keeps the earlier backups', async () => {
    const first = createBackupStore({ folder, now: ticking() });
    await first.write(request('{"n":1}'));
    const full = createBackupStore({
      folder,
      now: ticking(Date.UTC(2025, 2, 2)),
      writeOptions: { fs: failingWrites('ENOSPC') },
    });

    const written = await full.write(request('{"n":2}'));

    expect(written).toMatchObject({
      ok: false,
      error: {
        code: 'DISK_FULL',
        message: expect.stringContaining('“Tulsa pilot”') as string,
      },
    });
    expect(await filesIn(join(folder, PROJECT))).toEqual([
      '20250301T090000000Z-timer.podscan.json',
      'project.json',
    ]);
  });

  it('still writes when an old backup cannot be deleted', async () => {
    const unlinkFails: BackupFs = {
      ...fs,
      readdir: (path) => fs.readdir(path),
      unlink: () => Promise.reject(errno('EBUSY')),
    };
    const store = createBackupStore({
      folder,
      keep: 1,
      now: ticking(),
      fs: unlinkFails,
    });

    await store.write(request('{}'));
    const second = await store.write(request('{}'));

    expect(second.ok).toBe(true);
    expect(await filesIn(join(folder, PROJECT))).toHaveLength(3);
  });
});

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

// Opening the temporary file fails as a full disk would.
function failingWrites(code: string) {
  return {
    open: () => Promise.reject(errno(code)),
    stat: (path: string) => fs.stat(path),
    realpath: (path: string) => fs.realpath(path),
    rename: (from: string, to: string) => fs.rename(from, to),
    unlink: (path: string) => fs.unlink(path),
  };
}
