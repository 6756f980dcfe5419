import type { ProjectMeta } from '../../../core/model/project';
import { needsExport, type LastExports } from './last-export';

type ExportReminderProps = {
  readonly projects: readonly ProjectMeta[];
  readonly lastExports: LastExports;
};

/**
 * The browser keeps projects only in its own storage, which the user can
 * clear by accident; this asks for an exported copy of what changed.
 */
export function ExportReminder({ projects, lastExports }: ExportReminderProps) {
  const unsaved = projects.filter((project) =>
    needsExport(project, lastExports),
  );
  if (unsaved.length === 0) return null;

  const which =
    unsaved.length === 1
      ? `“${unsaved[0]?.name ?? ''}” has`
      : `${unsaved.length} projects have`;
  return (
    <p className="export-reminder" role="note">
      Podscan keeps projects only in this browser’s storage, which clearing site
      data deletes. {which} changes that were never exported: use “Export copy”
      to keep a coded file of each elsewhere.
    </p>
  );
}
