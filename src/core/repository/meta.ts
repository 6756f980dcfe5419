import type { ProjectMeta } from '../model/project';
import type { ProjectPatch } from './types';

/**
 * Orders projects oldest first, by id when created in the same instant.
 * Compares code units, not locale rules, so every repository sorts alike.
 */
export function compareProjectsByCreation(
  a: ProjectMeta,
  b: ProjectMeta,
): number {
  return compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id);
}

/**
 * Applies a patch to project metadata. Keys set to undefined are ignored
 * (null is a value: it clears the layout); settings are merged key by key.
 * `updatedAt` moves only when the change carries a time.
 */
export function patchProjectMeta(
  meta: ProjectMeta,
  patch: ProjectPatch,
  at: string | undefined,
): ProjectMeta {
  const { name, layout, settings } = patch;
  return {
    ...meta,
    ...(name === undefined ? {} : { name }),
    ...(layout === undefined ? {} : { layout }),
    ...(settings === undefined
      ? {}
      : { settings: { ...meta.settings, ...settings } }),
    updatedAt: at ?? meta.updatedAt,
  };
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;

  return a < b ? -1 : 1;
}
