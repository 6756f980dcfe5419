import Dexie from 'dexie';
import type { Collection } from 'dexie';
import type { ProjectMeta } from '../../core/model/project';
import { createRepositoryError } from '../../core/repository/errors';
import type { ChunkRow } from './chunks';
import type { OverlayRow, PodscanDatabase } from './database';

/** Every chunk of a project, in import order: one key range, no index. */
export function chunksOf(
  db: PodscanDatabase,
  projectId: string,
): Collection<ChunkRow, [string, number]> {
  return db.chunks
    .where('[projectId+index]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]);
}

/** Every edited record of a project: one key range, no index. */
export function overlaysOf(
  db: PodscanDatabase,
  projectId: string,
): Collection<OverlayRow, [string, string]> {
  return db.overlay
    .where('[projectId+recordKey]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]);
}

/** The project's metadata, or PROJECT_NOT_FOUND. */
export async function requireMeta(
  db: PodscanDatabase,
  projectId: string,
): Promise<ProjectMeta> {
  const meta = await db.projects.get(projectId);
  if (!meta) throw createRepositoryError('PROJECT_NOT_FOUND', projectId);

  return meta;
}
