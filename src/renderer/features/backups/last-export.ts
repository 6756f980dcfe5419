import type {
  SettingsStore,
  SettingValue,
} from '../../../core/repository/types';

/** Setting holding, per project id, when a copy was last exported. */
export const LAST_EXPORTS_SETTING = 'lastExports';

/** Project id → ISO time of its last export from this machine. */
export type LastExports = ReadonlyMap<string, string>;

export async function readLastExports(
  settings: SettingsStore,
): Promise<LastExports> {
  return toMap(await settings.get(LAST_EXPORTS_SETTING));
}

/**
 * Notes that a copy of the project left the browser at `at`. Any export
 * of a whole project (coded file, exported copy) should call this, so the
 * start screen's reminder stays true.
 */
export async function recordProjectExport(
  settings: SettingsStore,
  projectId: string,
  at: string,
): Promise<void> {
  const current = toMap(await settings.get(LAST_EXPORTS_SETTING));
  const next = { ...Object.fromEntries(current), [projectId]: at };
  await settings.set(LAST_EXPORTS_SETTING, next);
}

/** Projects changed since their last export, or never exported. */
export function needsExport(
  project: { readonly id: string; readonly updatedAt: string },
  lastExports: LastExports,
): boolean {
  const last = lastExports.get(project.id);

  return last === undefined || last < project.updatedAt;
}

function toMap(value: SettingValue | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return map;
  }

  for (const [id, at] of Object.entries(value)) {
    if (typeof at === 'string') map.set(id, at);
  }
  return map;
}
