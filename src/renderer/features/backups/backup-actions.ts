import { asProjectId, type ProjectId } from '../../../core/model/ids';
import type { ProjectMeta } from '../../../core/model/project';
import { describeError, type Services } from '../../app/services';
import type { BackupEntry, BackupReason } from '../../platform/types';
import { createBackupScheduler } from './backup-scheduler';
import { recordProjectExport } from './last-export';
import { codedFileName, serialiseProject } from './project-backup';
import { restoreProject } from './restore-backup';

/**
 * Backs the project up before a change that replaces much of it (a
 * re-import or a merge). Desktop only; the browser has no backups folder.
 * A failed backup is reported and the change goes ahead: the change is
 * itself one transaction, and stopping would not make the data safer.
 */
export async function backupBeforeChange(
  services: Services,
  projectId: string,
  reason: Extract<BackupReason, 'reimport' | 'merge'>,
): Promise<void> {
  const backups = services.platform.backups;
  if (!backups) return;

  const scheduler = createBackupScheduler({
    repository: services.repository,
    backups,
    actor: services.userName,
  });
  try {
    await scheduler.backupProject(asProjectId(projectId), reason);
  } catch (error) {
    services.notify(
      'error',
      `No backup was made before the ${reason === 'merge' ? 'merge' : 're-import'}: ` +
        describeError(error),
    );
  }
}

/** Restores a backup as a new project and answers its metadata. */
export async function restoreBackup(
  services: Services,
  entry: BackupEntry,
): Promise<ProjectMeta> {
  const backups = services.platform.backups;
  if (!backups) throw new Error('Backups exist only in the desktop app.');

  const text = await backups.read(entry);
  const restored = await restoreProject(services.repository, text, {
    newId: asProjectId(crypto.randomUUID()),
    actor: services.userName,
    now: () => new Date(),
    takenAt: entry.createdAt,
  });
  if (!restored.ok) throw new Error(restored.error);

  return restored.value;
}

/**
 * Saves the whole project as a coded file where the user chooses (a
 * download in the browser) and notes the time for the export reminder.
 * Resolves false when the user cancelled.
 */
export async function exportProjectCopy(
  services: Services,
  projectId: ProjectId,
): Promise<boolean> {
  const { meta, text } = await serialiseProject(
    services.repository,
    projectId,
    { exportedBy: services.userName, now: () => new Date() },
  );
  const saved = await services.platform.saveFile({
    suggestedName: codedFileName(meta.name),
    filters: [{ name: 'Podscan coded file', extensions: ['json'] }],
    data: text,
  });
  if (!saved.saved) return false;

  await recordProjectExport(
    services.settings,
    projectId,
    new Date().toISOString(),
  );
  return true;
}
