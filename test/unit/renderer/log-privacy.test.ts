import { afterEach, describe, expect, it } from 'vitest';
import {
  asColumnKey,
  asProjectId,
  asRecordKey,
} from '../../../src/core/model/ids';
import {
  buildImportCommit,
  createImportBatch,
  parseScanText,
} from '../../../src/core/scan';
import { createBackupScheduler } from '../../../src/renderer/features/backups/backup-scheduler';
import { restoreProject } from '../../../src/renderer/features/backups/restore-backup';
import type { BackupHost } from '../../../src/renderer/platform/types';
import { setLogSink, type LogEntry } from '../../../src/shared/logger';
import {
  createFakeIndexedDb,
  failNthWrite,
  openWindow,
} from '../persistence/fake-idb';

/** Cell text that must never reach a log line. */
const SECRET = 'Rosa-Diaz-private-memo';
const SCAN = [
  'key,initiative,contact',
  `K-1,Harbor ${SECRET},${SECRET}@example.org`,
  `K-2,Parks Hub,"${SECRET}, 555-0100"`,
].join('\n');

// Ids, error codes and action names: short tokens, no spaces.
const TOKEN = /^[A-Za-z0-9_.:-]{1,64}$/u;

afterEach(() => setLogSink(() => undefined));

describe('what the renderer logs while importing and saving', () => {
  it('logs ids, counts and durations only, never cell contents', async () => {
    const entries: LogEntry[] = [];
    setLogSink((entry) => entries.push(entry), 'debug');

    await importEditBackUpAndRestore();

    expect(entries.length).toBeGreaterThan(5);
    expect(entries.map((entry) => entry.scope).sort()).toEqual(
      expect.arrayContaining(['app', 'export', 'persistence']),
    );
    for (const entry of entries) {
      expect(JSON.stringify(entry)).not.toContain(SECRET);
      expect(JSON.stringify(entry)).not.toContain('Harbor');
      for (const [name, value] of Object.entries(entry.fields ?? {})) {
        const isSafe =
          typeof value === 'number' ||
          typeof value === 'boolean' ||
          TOKEN.test(value);
        expect(isSafe, `${entry.message}: ${name}=${String(value)}`).toBe(true);
      }
    }
  });
});

// The import worker's commit, an edit, a failed write, a backup and a
// restore: every path of this area that logs.
async function importEditBackUpAndRestore(): Promise<void> {
  const repository = openWindow(createFakeIndexedDb());
  const parsed = parseScanText(SCAN);
  const batch = createImportBatch(parsed, {
    id: 'batch-1',
    kind: 'import',
    fileName: 'scan.csv',
    importedAt: '2025-03-01T09:00:00.000Z',
    importedBy: 'Ana',
    keyColumn: asColumnKey('key'),
  });
  const commit = buildImportCommit(parsed, {
    id: asProjectId('p-1'),
    name: `Project of ${SECRET}`,
    batch,
  });
  if (!commit.ok) throw new Error('the scan did not import');
  const { meta, records, event } = commit.value;
  await repository.createProject(meta, records, event);
  const edit = {
    recordKey: asRecordKey('K-2'),
    changes: [
      {
        column: asColumnKey('initiative'),
        oldValue: 'Parks Hub',
        newValue: `Parks ${SECRET}`,
      },
    ],
  };
  await repository.saveEdits(meta.id, [edit], {
    at: batch.importedAt,
    actor: 'Ana',
  });
  await repository.loadRecords(meta.id);
  const restoreFailure = failNthWrite(
    1,
    new DOMException('quota', 'QuotaExceededError'),
  );
  await expect(
    repository.saveEdits(meta.id, [edit], {
      at: batch.importedAt,
      actor: 'Ana',
    }),
  ).rejects.toMatchObject({ code: 'STORAGE_QUOTA_EXCEEDED' });
  restoreFailure();

  const written: string[] = [];
  const backups: BackupHost = {
    write: (backup) => {
      written.push(backup.data);
      return Promise.resolve({
        projectId: backup.projectId,
        projectName: backup.projectName,
        backupId: '20250301T090000000Z-timer',
        createdAt: '2025-03-01T09:00:00.000Z',
        reason: backup.reason,
        bytes: backup.data.length,
      });
    },
    list: () => Promise.resolve([]),
    read: () => Promise.resolve(''),
  };
  await createBackupScheduler({
    repository,
    backups,
    actor: 'Ana',
  }).backupChanged();
  await restoreProject(repository, written[0] ?? '', {
    newId: asProjectId('p-2'),
    actor: 'Ana',
    now: () => new Date('2025-03-02T09:00:00.000Z'),
    takenAt: '2025-03-01T09:00:00.000Z',
  });
  repository.close();
}
