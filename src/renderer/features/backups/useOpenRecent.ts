import { useEffect } from 'react';
import { asProjectId } from '../../../core/model/ids';
import type { ProjectMeta } from '../../../core/model/project';
import { describeError, type Services } from '../../app/services';
import type { PickedFile } from '../../platform/types';

type OpenRecentHandlers = {
  readonly openProject: (id: string) => void;
  readonly importFile: (file: PickedFile) => void;
};

/**
 * Keeps File › Open Recent (desktop only) in step: the open project goes
 * to the top of the list, and picking an entry opens the project or
 * imports the file again.
 */
export function useOpenRecent(
  services: Services | null,
  openProject: ProjectMeta | null,
  handlers: OpenRecentHandlers,
): void {
  const recent = services?.platform.recent ?? null;
  const { openProject: open, importFile } = handlers;

  useEffect(() => {
    if (!recent || !openProject) return;
    // The list is a convenience: failing to update it is not worth a word.
    recent.addProject(openProject.id, openProject.name).catch(() => undefined);
  }, [recent, openProject]);

  useEffect(() => {
    if (!recent || !services) return;

    return recent.onOpen((pick) => {
      if (pick.kind === 'file') {
        recent
          .openFile(pick.id)
          .then(importFile)
          .catch((error: unknown) =>
            services.notify('error', describeError(error)),
          );
        return;
      }
      services.repository
        .getProject(asProjectId(pick.projectId))
        .then((meta) => {
          if (meta) {
            open(meta.id);
            return;
          }
          services.notify(
            'error',
            'That project is no longer on this computer. Restore it from ' +
              'a backup (File › Restore from backup…) if you need it.',
          );
          return recent.removeProject(pick.projectId);
        })
        .catch((error: unknown) =>
          services.notify('error', describeError(error)),
        );
    });
  }, [recent, services, open, importFile]);
}
