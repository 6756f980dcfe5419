import { useEffect, useState } from 'react';
import type { ProjectMeta } from '../../../core/model/project';
import { Modal } from '../../components/Modal';
import { describeError, useServices } from '../../app/services';
import type { BackupEntry, BackupReason } from '../../platform/types';
import { restoreBackup } from './backup-actions';

type BackupsDialogProps = {
  readonly onClose: () => void;
  /** Called with the new project once a backup is restored. */
  readonly onRestored: (meta: ProjectMeta) => void;
};

const REASONS: Record<BackupReason, string> = {
  timer: 'every 10 minutes',
  reimport: 'before a re-import',
  merge: 'before a merge',
  manual: 'by hand',
};

/**
 * The restore screen: every backup on disk, newest first, including those
 * of deleted projects. Restoring makes a new project beside the others.
 */
export function BackupsDialog({ onClose, onRestored }: BackupsDialogProps) {
  const services = useServices();
  const [entries, setEntries] = useState<readonly BackupEntry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    const backups = services.platform.backups;
    if (!backups) {
      setFailure('Backups are kept only by the desktop app.');
      return;
    }
    backups
      .list()
      .then(setEntries)
      .catch((error: unknown) => setFailure(describeError(error)));
  }, [services]);

  const restore = (entry: BackupEntry) => {
    setBusy(entry.backupId);
    restoreBackup(services, entry)
      .then(onRestored)
      .catch((error: unknown) => {
        setBusy(null);
        setFailure(`Not restored: ${describeError(error)}`);
      });
  };

  return (
    <Modal title="Restore from backup" onClose={onClose} wide>
      <p>
        Podscan backs up each changed project every 10 minutes and before every
        re-import or merge, keeping the newest 10 per project. Restoring adds a
        new project; the existing ones stay as they are.
      </p>
      {failure && <p role="alert">{failure}</p>}
      {entries === null && !failure && <p className="muted">Reading…</p>}
      {entries?.length === 0 && <p className="muted">No backups yet.</p>}
      {entries && entries.length > 0 && (
        <table className="projects-table backups-table">
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.projectId}/${entry.backupId}`}>
                <td>{entry.projectName}</td>
                <td>{new Date(entry.createdAt).toLocaleString()}</td>
                <td>{REASONS[entry.reason]}</td>
                <td>{describeSize(entry.bytes)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    disabled={busy !== null}
                    onClick={() => restore(entry)}
                  >
                    {busy === entry.backupId
                      ? 'Restoring…'
                      : 'Restore as new project'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function describeSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;

  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
