import { describe, expect, it } from 'vitest';
import {
  asColumnKey,
  asProjectId,
  asRecordKey,
} from '../../../../../src/core/model/ids';
import type { ProjectSnapshot } from '../../../../../src/core/model/snapshot';
import { createMemoryRepository } from '../../../../../src/core/repository/memory';
import type { ProjectRepository } from '../../../../../src/core/repository/types';
import { createBackupScheduler } from '../../../../../src/renderer/features/backups/backup-scheduler';
import {
  needsExport,
  readLastExports,
  recordProjectExport,
} from '../../../../../src/renderer/features/backups/last-export';
import {
  codedFileName,
  serialiseProject,
} from '../../../../../src/renderer/features/backups/project-backup';
import { restoreProject } from '../../../../../src/renderer/features/backups/restore-backup';
import type {
  BackupEntry,
  BackupHost,
} from '../../../../../src/renderer/platform/types';
import {
  makeSnapshot,
  normaliseSnapshot,
  T0,
  T1,
  T2,
} from '../../../core/exchange/snapshot-builder';

const RESTORED = asProjectId('restored-1');
const NOW = new Date('2024-03-04T10:00:00.000Z');

/** Stores `snapshot` as a project, as an import and a merge would. */
async function storeSnapshot(
  repository: ProjectRepository,
  snapshot: ProjectSnapshot = makeSnapshot(),
): Promise<ProjectSnapshot> {
  const event = {
    at: T0,
    actor: 'Lead',
    recordKey: null,
    detail: { kind: 'other', action: 'seed', summary: 'seed' },
  } as const;
  await repository.createProject(snapshot.meta, snapshot.records, event);
  await repository.replaceSnapshotParts(
    snapshot.meta.id,
    {
      codebook: snapshot.codebook,
      coders: snapshot.coders,
      layers: snapshot.layers,
      consensus: snapshot.consensus,
    },
    { ...event, at: T1 },
  );
  return repository.loadSnapshot(snapshot.meta.id);
}

async function backupText(repository: ProjectRepository): Promise<string> {
  const serialised = await serialiseProject(
    repository,
    asProjectId('project-1'),
    { exportedBy: 'Lead', now: () => NOW },
  );
  return serialised.text;
}

describe('backing up and restoring a project', () => {
  it('restores every record, code, layer and decision as a new project', async () => {
    const repository = createMemoryRepository();
    const original = await storeSnapshot(repository);

    const restored = await restoreProject(
      repository,
      await backupText(repository),
      { newId: RESTORED, actor: 'Ana', now: () => NOW, takenAt: T2 },
    );

    expect(restored.ok && restored.value.name).toBe(
      'Pods scan (restored from 2024-03-03 09:00 UTC)',
    );
    const copy = await repository.loadSnapshot(RESTORED);
    const { meta: copyMeta, ...copyParts } = normaliseSnapshot(copy);
    const { meta: originalMeta, ...originalParts } =
      normaliseSnapshot(original);
    expect(copyParts).toEqual(originalParts);
    expect(copyMeta).toEqual({
      ...originalMeta,
      id: RESTORED,
      name: 'Pods scan (restored from 2024-03-03 09:00 UTC)',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect((await repository.listProjects()).map((p) => p.id)).toEqual([
      'project-1',
      'restored-1',
    ]);
    expect(await repository.loadSnapshot(asProjectId('project-1'))).toEqual(
      original,
    );
  });

  it('logs the restore in the new project’s history', async () => {
    const repository = createMemoryRepository();
    await storeSnapshot(repository);

    await restoreProject(repository, await backupText(repository), {
      newId: RESTORED,
      actor: 'Ana',
      now: () => NOW,
      takenAt: T2,
    });

    const history = await repository.listAudit(RESTORED);
    expect(history.map((event) => [event.actor, event.detail])).toEqual([
      [
        'Ana',
        {
          kind: 'other',
          action: 'restore',
          summary: 'Restored 3 records from a backup',
        },
      ],
      [
        'Ana',
        {
          kind: 'other',
          action: 'restore',
          summary: 'Restored 4 codings from a backup',
        },
      ],
    ]);
  });

  it('refuses a damaged backup and creates nothing', async () => {
    const repository = createMemoryRepository();
    await storeSnapshot(repository);
    const text = await backupText(repository);

    const restored = await restoreProject(repository, text.slice(0, -40), {
      newId: RESTORED,
      actor: 'Ana',
      now: () => NOW,
      takenAt: T2,
    });

    expect(restored).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^This backup cannot be restored: .+ Pick an earlier backup\.$/,
      ) as string,
    });
    expect(await repository.listProjects()).toHaveLength(1);
  });

  it('leaves an interrupted restore plainly marked as incomplete', async () => {
    let failCodings = false;
    const repository = createMemoryRepository({
      onWrite: (table) => {
        if (failCodings && table === 'codings') throw new Error('crash');
      },
    });
    await storeSnapshot(repository);
    const text = await backupText(repository);
    failCodings = true;

    await expect(
      restoreProject(repository, text, {
        newId: RESTORED,
        actor: 'Ana',
        now: () => NOW,
        takenAt: T2,
      }),
    ).rejects.toThrow();

    expect((await repository.getProject(RESTORED))?.name).toBe(
      'Pods scan (restored from 2024-03-03 09:00 UTC) – restore incomplete',
    );
  });

  it('backs up and restores a project that has no codebook yet', async () => {
    const repository = createMemoryRepository();
    const plain = makeSnapshot({ coders: [], layers: [], consensus: [] });
    await repository.createProject(plain.meta, plain.records, {
      at: T0,
      actor: 'Lead',
      recordKey: null,
      detail: { kind: 'other', action: 'seed', summary: 'seed' },
    });

    const restored = await restoreProject(
      repository,
      await backupText(repository),
      { newId: RESTORED, actor: 'Ana', now: () => NOW, takenAt: T2 },
    );

    expect(restored.ok).toBe(true);
    await expect(repository.loadCodebook(RESTORED)).resolves.toEqual(
      await repository.loadCodebook(plain.meta.id),
    );
    expect((await repository.loadCodebook(RESTORED)).version).toBe(0);
    expect(await repository.loadRecords(RESTORED)).toEqual(
      await repository.loadRecords(plain.meta.id),
    );
  });

  it('makes a safe file name from any project name', () => {
    expect(codedFileName('Tulsa pilot')).toBe('Tulsa pilot.podscan.json');
    expect(codedFileName('a/b\\c: "d"?')).toBe('a b c d.podscan.json');
    expect(codedFileName('..')).toBe('project.podscan.json');
  });
});

describe('timed backups', () => {
  function memoryBackups() {
    const written: BackupEntry[] = [];
    let clock = Date.parse('2024-03-05T00:00:00.000Z');
    const host: BackupHost = {
      write: (backup) => {
        const createdAt = new Date((clock += 1000)).toISOString();
        const entry: BackupEntry = {
          projectId: backup.projectId,
          projectName: backup.projectName,
          backupId: `${createdAt}-${backup.reason}`,
          createdAt,
          reason: backup.reason,
          bytes: backup.data.length,
        };
        written.unshift(entry);
        return Promise.resolve(entry);
      },
      list: () => Promise.resolve([...written]),
      read: () => Promise.reject(new Error('not used')),
    };
    return { host, written };
  }

  it('backs up only projects changed since their newest backup', async () => {
    const repository = createMemoryRepository();
    await storeSnapshot(repository);
    await storeSnapshot(
      repository,
      makeSnapshot({
        meta: { ...makeSnapshot().meta, id: asProjectId('project-2') },
      }),
    );
    const { host, written } = memoryBackups();
    const scheduler = createBackupScheduler({
      repository,
      backups: host,
      actor: 'Lead',
      now: () => NOW,
    });

    const first = await scheduler.backupChanged();
    const second = await scheduler.backupChanged();
    await repository.saveEdits(
      asProjectId('project-2'),
      [
        {
          recordKey: asRecordKey('P-3'),
          changes: [
            {
              column: asColumnKey('name'),
              oldValue: 'Library Learning Hub',
              newValue: 'Library Hub',
            },
          ],
        },
      ],
      { at: '2024-03-06T00:00:00.000Z', actor: 'Ana' },
    );
    const third = await scheduler.backupChanged();

    expect([first, second, third]).toEqual([2, 0, 1]);
    expect(written.map((e) => `${e.projectId} ${e.reason}`)).toEqual([
      'project-2 timer',
      'project-2 timer',
      'project-1 timer',
    ]);
  });

  it('names the reason of a backup taken before a change', async () => {
    const repository = createMemoryRepository();
    await storeSnapshot(repository);
    const { host } = memoryBackups();
    const scheduler = createBackupScheduler({
      repository,
      backups: host,
      actor: 'Lead',
    });

    const entry = await scheduler.backupProject(
      asProjectId('project-1'),
      'reimport',
    );

    expect([entry.reason, entry.projectName]).toEqual([
      'reimport',
      'Pods scan',
    ]);
  });
});

describe('last export', () => {
  it('remembers each project’s last export and which need one', async () => {
    const { settings } = createMemoryRepository();
    await recordProjectExport(settings, 'p1', '2024-03-02T00:00:00.000Z');
    await recordProjectExport(settings, 'p2', '2024-03-01T00:00:00.000Z');

    const last = await readLastExports(settings);

    expect([...last.entries()]).toEqual([
      ['p1', '2024-03-02T00:00:00.000Z'],
      ['p2', '2024-03-01T00:00:00.000Z'],
    ]);
    expect(
      ['p1', 'p2', 'p3'].map((id) =>
        needsExport({ id, updatedAt: '2024-03-01T12:00:00.000Z' }, last),
      ),
    ).toEqual([false, true, true]);
  });

  it('reads a damaged setting as no exports', async () => {
    const { settings } = createMemoryRepository();
    await settings.set('lastExports', ['not', 'a', 'map']);

    expect((await readLastExports(settings)).size).toBe(0);
  });
});
