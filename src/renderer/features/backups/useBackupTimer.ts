import { useEffect } from 'react';
import { describeError, type Services } from '../../app/services';
import { BACKUP_INTERVAL_MS, createBackupScheduler } from './backup-scheduler';

/** The first timed backup waits this long after start-up. */
const FIRST_BACKUP_DELAY_MS = 60 * 1000;

/**
 * Backs up changed projects every BACKUP_INTERVAL_MS in the desktop app.
 * A failure is shown once until a later round succeeds, so a full disk
 * does not add a message every ten minutes.
 */
export function useBackupTimer(services: Services | null): void {
  useEffect(() => {
    const backups = services?.platform.backups;
    if (!services || !backups) return;

    const scheduler = createBackupScheduler({
      repository: services.repository,
      backups,
      actor: services.userName,
    });
    let hasWarned = false;
    const round = () => {
      scheduler.backupChanged().then(
        () => {
          hasWarned = false;
        },
        (error: unknown) => {
          if (hasWarned) return;
          hasWarned = true;
          services.notify('error', `Backup failed: ${describeError(error)}`);
        },
      );
    };
    const first = window.setTimeout(round, FIRST_BACKUP_DELAY_MS);
    const timer = window.setInterval(round, BACKUP_INTERVAL_MS);

    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [services]);
}
