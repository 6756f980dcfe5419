import type { ProjectSettings } from '../../../core/model/project';
import type { ProjectId } from '../../../core/model/ids';
import type { ProjectRepository } from '../../../core/repository/types';
import { createSettingsEvent } from '../../../core/coding';

/**
 * Stores changed settings with their `settings` event. Only the keys
 * that changed are sent: storage merges them into what it holds, so a
 * change made meanwhile in another window to another key survives.
 */
export async function saveSettingsChange(
  repository: ProjectRepository,
  projectId: ProjectId,
  before: ProjectSettings,
  after: ProjectSettings,
  actor: string,
): Promise<void> {
  const changed: Partial<ProjectSettings> = {
    ...(after.blindMode === before.blindMode
      ? {}
      : { blindMode: after.blindMode }),
    ...(after.leads === before.leads ? {} : { leads: after.leads }),
  };
  if (Object.keys(changed).length === 0) return;

  const info = { at: new Date().toISOString(), actor };
  await repository.updateProject(
    projectId,
    { settings: changed },
    createSettingsEvent(before, after, info),
  );
}
