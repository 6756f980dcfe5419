import { isCoder } from '../../core/coding';
import type { Coder } from '../../core/model/coding';
import type { SettingsStore } from '../../core/repository/types';

/** Machine setting: every identity used here, to switch back to later. */
const LOCAL_IDENTITIES_SETTING = 'localCoders';

export async function listIdentities(
  settings: SettingsStore,
): Promise<Coder[]> {
  const stored = await settings.get(LOCAL_IDENTITIES_SETTING);
  return Array.isArray(stored) ? stored.filter(isCoder) : [];
}

/** Adds or updates `coder` in the list of identities used here. */
export async function rememberIdentity(
  settings: SettingsStore,
  coder: Coder,
): Promise<void> {
  const known = await listIdentities(settings);
  const others = known.filter((each) => each.id !== coder.id);
  const { id, name, initials } = coder;
  await settings.set(LOCAL_IDENTITIES_SETTING, [
    ...others.map((each) => ({ ...each })),
    { id, name, initials },
  ]);
}
