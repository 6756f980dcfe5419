import type { Coder } from '../model/coding';
import { asCoderId } from '../model/ids';
import type { SettingsStore } from './types';

/** Machine setting holding who codes on this machine. */
export const LOCAL_CODER_SETTING = 'coder';

/**
 * The coder identity chosen on this machine, or undefined when none was
 * chosen yet or the stored value is damaged (the app then asks again).
 */
export async function loadLocalCoder(
  settings: SettingsStore,
): Promise<Coder | undefined> {
  const value = await settings.get(LOCAL_CODER_SETTING);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }

  const { id, name, initials } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return undefined;
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  if (typeof initials !== 'string') return undefined;

  return { id: asCoderId(id), name, initials };
}

/**
 * Stores this machine's coder identity. Switching coder is saving another
 * one; each coder keeps their GUID, so their layers stay theirs.
 */
export function saveLocalCoder(
  settings: SettingsStore,
  coder: Coder,
): Promise<void> {
  const { id, name, initials } = coder;
  return settings.set(LOCAL_CODER_SETTING, { id, name, initials });
}
