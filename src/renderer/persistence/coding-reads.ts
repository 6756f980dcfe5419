import Dexie from 'dexie';
import type { Collection } from 'dexie';
import type { Codebook } from '../../core/codebook/types';
import type {
  Coder,
  ConsensusDecision,
  RecordCoding,
  ReliabilitySample,
} from '../../core/model/coding';
import type { ProjectId } from '../../core/model/ids';
import {
  compareCodings,
  compareDecisions,
  compareSamples,
  createEmptyCodebook,
} from '../../core/repository/coding-store';
import type { CodingBucketRow } from './coding-buckets';
import { decodeBucket } from './coding-buckets';
import type { PodscanDatabase } from './database';
import { requireMeta } from './ranges';

/*
 * Reads of coders, codebook, layers, consensus and samples. Each public
 * function is one read transaction, or joins the caller's.
 */

export function readCoders(
  db: PodscanDatabase,
  id: ProjectId,
): Promise<Coder[]> {
  return db.transaction('r', [db.projects, db.coders], async () => {
    await requireMeta(db, id);
    return [...((await db.coders.get(id))?.coders ?? [])];
  });
}

export function readCodebook(
  db: PodscanDatabase,
  id: ProjectId,
): Promise<Codebook> {
  return db.transaction('r', [db.projects, db.codebooks], async () => {
    await requireMeta(db, id);
    return (await db.codebooks.get(id))?.codebook ?? createEmptyCodebook();
  });
}

/** One coder's layer (or every layer when `coderId` is null), sorted. */
export function readCodings(
  db: PodscanDatabase,
  id: ProjectId,
  coderId: string | null,
): Promise<RecordCoding[]> {
  return db.transaction('r', [db.projects, db.codings], async () => {
    await requireMeta(db, id);
    const codings: RecordCoding[] = [];
    const rows = await bucketsOf(db, id, coderId).toArray();
    rows.forEach((row) => decodeBucket(row, codings));
    return codings.sort(compareCodings);
  });
}

export function readConsensus(
  db: PodscanDatabase,
  id: ProjectId,
): Promise<ConsensusDecision[]> {
  return db.transaction('r', [db.projects, db.consensus], async () => {
    await requireMeta(db, id);
    const rows = await decisionsOf(db, id).toArray();
    return rows.map(withoutProjectId).sort(compareDecisions);
  });
}

export function readSamples(
  db: PodscanDatabase,
  id: ProjectId,
): Promise<ReliabilitySample[]> {
  return db.transaction('r', [db.projects, db.samples], async () => {
    await requireMeta(db, id);
    const rows = await samplesOf(db, id).toArray();
    return rows.map(withoutProjectId).sort(compareSamples);
  });
}

/** A coder's buckets, or every coder's when `coderId` is null. */
export function bucketsOf(
  db: PodscanDatabase,
  projectId: string,
  coderId: string | null,
): Collection<CodingBucketRow, [string, string, number]> {
  const low = coderId ?? Dexie.minKey;
  const high = coderId ?? Dexie.maxKey;
  return db.codings
    .where('[projectId+coderId+bucket]')
    .between([projectId, low, Dexie.minKey], [projectId, high, Dexie.maxKey]);
}

export function decisionsOf(db: PodscanDatabase, projectId: string) {
  return db.consensus
    .where('[projectId+recordKey+codeId]')
    .between(
      [projectId, Dexie.minKey, Dexie.minKey],
      [projectId, Dexie.maxKey, Dexie.maxKey],
    );
}

export function samplesOf(db: PodscanDatabase, projectId: string) {
  return db.samples
    .where('[projectId+id]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]);
}

/** The stored row without the key column it was filed under. */
export function withoutProjectId<T extends { projectId: string }>(
  row: T,
): Omit<T, 'projectId'> {
  const { projectId: _projectId, ...rest } = row;
  return rest;
}
