import type { ProjectId } from '../../../core/model/ids';
import type { ProjectMeta } from '../../../core/model/project';
import type { ProjectRepository } from '../../../core/repository/types';
import { createLogger } from '../../../shared/logger';
import type {
  BackupEntry,
  BackupHost,
  BackupReason,
} from '../../platform/types';
import { serialiseProject } from './project-backup';

const log = createLogger('app');

/** How often changed projects are backed up while Podscan is open. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

export type BackupSchedulerDeps = {
  readonly repository: ProjectRepository;
  readonly backups: BackupHost;
  /** Who the backup names as its exporter: the local user. */
  readonly actor: string;
  readonly now?: () => Date;
};

export type BackupScheduler = {
  /** Backs up one project now; rejects with a PlatformError. */
  readonly backupProject: (
    projectId: ProjectId,
    reason: BackupReason,
  ) => Promise<BackupEntry>;
  /**
   * Backs up, one after another, every project changed since its newest
   * backup; resolves with how many were written.
   */
  readonly backupChanged: () => Promise<number>;
};

/**
 * Decides what to back up and hands main the text. A project is "changed"
 * when its `updatedAt` is later than its newest backup; within a session
 * the `updatedAt` each backup was taken at is remembered as well, so an
 * edit made while a backup was being written is not missed next time.
 */
export function createBackupScheduler(
  deps: BackupSchedulerDeps,
): BackupScheduler {
  const now = deps.now ?? (() => new Date());
  const backedUpAt = new Map<string, string>();

  const backupProject = async (projectId: ProjectId, reason: BackupReason) => {
    const { meta, text } = await serialiseProject(deps.repository, projectId, {
      exportedBy: deps.actor,
      now,
    });
    const entry = await deps.backups.write({
      projectId,
      projectName: meta.name,
      reason,
      data: text,
    });
    backedUpAt.set(projectId, meta.updatedAt);
    return entry;
  };

  const backupChanged = async () => {
    const [projects, entries] = await Promise.all([
      deps.repository.listProjects(),
      deps.backups.list(),
    ]);
    const changed = projects.filter((meta) =>
      isChanged(meta, newestBackup(entries, meta.id), backedUpAt),
    );
    for (const meta of changed) await backupProject(meta.id, 'timer');

    if (changed.length > 0)
      log.info('timed backups', { projects: changed.length });
    return changed.length;
  };

  return { backupProject, backupChanged };
}

function isChanged(
  meta: ProjectMeta,
  newest: BackupEntry | undefined,
  backedUpAt: ReadonlyMap<string, string>,
): boolean {
  const remembered = backedUpAt.get(meta.id);
  if (remembered !== undefined) return remembered < meta.updatedAt;

  return newest === undefined || newest.createdAt < meta.updatedAt;
}

function newestBackup(
  entries: readonly BackupEntry[],
  projectId: string,
): BackupEntry | undefined {
  // Lists come newest first.
  return entries.find((entry) => entry.projectId === projectId);
}
