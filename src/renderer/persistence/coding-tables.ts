import type { ProjectId } from '../../core/model/ids';
import { bucketsOf, decisionsOf, samplesOf } from './coding-reads';
import type { PodscanDatabase } from './database';

/** The stores holding what a project has beyond its records. */
export function codingTables(db: PodscanDatabase) {
  return [
    db.codebooks,
    db.coders,
    db.codings,
    db.consensus,
    db.samples,
    db.replaced,
  ];
}

/** Deletes a project's coding rows; runs inside the caller's transaction. */
export async function removeCoding(
  db: PodscanDatabase,
  id: ProjectId,
): Promise<void> {
  await db.codebooks.delete(id);
  await db.coders.delete(id);
  await bucketsOf(db, id, null).delete();
  await decisionsOf(db, id).delete();
  await samplesOf(db, id).delete();
  await replacedOf(db, id).delete();
}

/** A project's kept before-states of replacements, oldest first. */
export function replacedOf(db: PodscanDatabase, projectId: string) {
  return db.replaced
    .where('[projectId+seq]')
    .between([projectId, -Infinity], [projectId, Infinity]);
}
