import type { SettingsStore } from '../../../core/repository/types';
import { readLastExports, recordProjectExport } from '../backups/last-export';

/**
 * Notes that a coded file of the project was saved at `at`, in the same
 * place the start screen's export reminder reads.
 */
export function recordLastExport(
  settings: SettingsStore,
  projectId: string,
  at: string,
): Promise<void> {
  return recordProjectExport(settings, projectId, at);
}

/** When the project was last exported, or null if never from here. */
export async function readLastExport(
  settings: SettingsStore,
  projectId: string,
): Promise<string | null> {
  return (await readLastExports(settings)).get(projectId) ?? null;
}
