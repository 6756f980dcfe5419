import type { Codebook } from '../../core/codebook/types';
import type {
  AuditEvent,
  ConsensusChange,
  NewAuditEvent,
} from '../../core/model/audit';
import type {
  Coder,
  CodingChange,
  ConsensusDecision,
  RecordCoding,
  ReliabilitySample,
} from '../../core/model/coding';
import type { ProjectId, RecordKey } from '../../core/model/ids';
import type { ProjectMeta } from '../../core/model/project';
import {
  applyStoredCodings,
  checkCodebookSave,
  checkCodingChanges,
  createAdjudicationEvent,
  createCoderEvent,
  createEmptyCodebook,
  createSampleEvent,
} from '../../core/repository/coding-store';
import type {
  ChangeInfo,
  CodebookSave,
  ConsensusKey,
} from '../../core/repository/types';
import type { CodingBucketRow } from './coding-buckets';
import { bucketOf, encodeBucket, readBucket } from './coding-buckets';
import { withoutProjectId } from './coding-reads';
import type { PodscanDatabase } from './database';
import { requireMeta } from './ranges';

/*
 * Writes of coders, codebook, layers, consensus and samples. Each public
 * function is one read-write transaction: when it throws, IndexedDB rolls
 * back every write it made.
 */

export function writeCoder(
  db: PodscanDatabase,
  id: ProjectId,
  coder: Coder,
  info: ChangeInfo,
): Promise<AuditEvent | null> {
  return db.transaction('rw', [db.projects, db.coders, db.audit], async () => {
    const meta = await requireMeta(db, id);
    const coders = (await db.coders.get(id))?.coders ?? [];
    const before = coders.find((each) => each.id === coder.id) ?? null;
    const event = createCoderEvent(info, before, coder);
    if (event === null) return null;

    const { id: coderId, name, initials } = coder;
    const stored = { id: coderId, name, initials };
    const next = before
      ? coders.map((each) => (each.id === coderId ? stored : each))
      : [...coders, stored];
    await db.coders.put({ projectId: id, coders: next });
    return appendOne(db, meta, event);
  });
}

export function writeCodebook(
  db: PodscanDatabase,
  id: ProjectId,
  codebook: Codebook,
  save: CodebookSave,
): Promise<AuditEvent> {
  const tables = [db.projects, db.codebooks, db.coders, db.codings, db.audit];
  return db.transaction('rw', tables, async () => {
    const meta = await requireMeta(db, id);
    const stored = (await db.codebooks.get(id))?.codebook;
    checkCodebookSave(
      stored ?? createEmptyCodebook(),
      codebook,
      save.baseVersion,
    );

    const { at, actor } = save.event;
    await storeCodings(db, id, save.codings ?? [], { at, actor });
    await db.codebooks.put({ projectId: id, codebook });
    return appendOne(db, meta, save.event);
  });
}

export function writeCodings(
  db: PodscanDatabase,
  id: ProjectId,
  changes: readonly CodingChange[],
  info: ChangeInfo,
): Promise<AuditEvent[]> {
  const tables = [db.projects, db.coders, db.codings, db.audit];
  return db.transaction('rw', tables, async () => {
    const meta = await requireMeta(db, id);
    const events = await storeCodings(db, id, changes, info);
    return appendEvents(db, meta, events, info.at);
  });
}

/** A decision to store under a key, or null to remove the key's. */
export type ConsensusWrite = readonly [ConsensusKey, ConsensusDecision | null];

export function writeConsensus(
  db: PodscanDatabase,
  id: ProjectId,
  writes: readonly ConsensusWrite[],
  info: ChangeInfo,
): Promise<AuditEvent> {
  return db.transaction(
    'rw',
    [db.projects, db.consensus, db.audit],
    async () => {
      const meta = await requireMeta(db, id);
      const changes: ConsensusChange[] = [];
      for (const [{ recordKey, codeId }, after] of writes) {
        const key: [string, string, string] = [id, recordKey, codeId];
        const row = await db.consensus.get(key);
        const before = row ? withoutProjectId(row) : null;
        if (after) await db.consensus.put({ ...after, projectId: id });
        else await db.consensus.delete(key);
        changes.push({ recordKey, codeId, before, after });
      }
      return appendOne(db, meta, createAdjudicationEvent(info, changes));
    },
  );
}

/** Adds or replaces a sample (`after`), or deletes one (`after` null). */
export function writeSample(
  db: PodscanDatabase,
  id: ProjectId,
  sampleId: string,
  after: ReliabilitySample | null,
  info: ChangeInfo,
): Promise<AuditEvent | null> {
  return db.transaction('rw', [db.projects, db.samples, db.audit], async () => {
    const meta = await requireMeta(db, id);
    const row = await db.samples.get([id, sampleId]);
    const before = row ? withoutProjectId(row) : null;
    if (after === null && before === null) return null;

    if (after) await db.samples.put({ ...after, projectId: id });
    else await db.samples.delete([id, sampleId]);
    return appendOne(db, meta, createSampleEvent(info, before, after));
  });
}

/**
 * Applies coding changes to the buckets they fall in: reads each touched
 * bucket once, applies the changes in order, writes each back once (or
 * deletes it when emptied). Returns one event per change.
 */
export async function storeCodings(
  db: PodscanDatabase,
  id: ProjectId,
  changes: readonly CodingChange[],
  info: ChangeInfo,
): Promise<NewAuditEvent[]> {
  if (changes.length === 0) return [];

  checkCodingChanges(changes, (await db.coders.get(id))?.coders ?? []);
  const slots = new Map<string, [string, string, number]>();
  const slotOf = (change: CodingChange) =>
    JSON.stringify([change.coderId, bucketOf(change.recordKey)]);
  for (const change of changes) {
    const { coderId, recordKey } = change;
    slots.set(slotOf(change), [id, coderId, bucketOf(recordKey)]);
  }

  const keys = [...slots.values()];
  const rows = await db.codings.bulkGet(keys);
  const buckets = new Map<string, Map<RecordKey, RecordCoding>>();
  [...slots.keys()].forEach((slot, index) =>
    buckets.set(slot, readBucket(rows[index])),
  );
  const events = applyStoredCodings(
    changes,
    (change) =>
      buckets.get(slotOf(change)) ?? new Map<RecordKey, RecordCoding>(),
    info,
  );

  await writeBuckets(db, keys, [...buckets.values()]);
  return events;
}

async function writeBuckets(
  db: PodscanDatabase,
  keys: readonly [string, string, number][],
  buckets: readonly Map<RecordKey, RecordCoding>[],
): Promise<void> {
  const puts: CodingBucketRow[] = [];
  const deletes: [string, string, number][] = [];
  keys.forEach((key, index) => {
    const codings = buckets[index];
    if (codings && codings.size > 0) {
      puts.push(encodeBucket(key[0], key[1], key[2], codings.values()));
    } else {
      deletes.push(key);
    }
  });
  await db.codings.bulkPut(puts);
  await db.codings.bulkDelete(deletes);
}

/** Appends events and moves the project's `updatedAt` to `at`. */
export async function appendEvents(
  db: PodscanDatabase,
  meta: ProjectMeta,
  events: readonly NewAuditEvent[],
  at: string,
): Promise<AuditEvent[]> {
  const rows = events.map((event) => ({ ...event, projectId: meta.id }));
  const seqs = await db.audit.bulkAdd(rows, { allKeys: true });
  await db.projects.put({ ...meta, updatedAt: at });
  return rows.map((row, index) => ({ ...row, seq: seqs[index] ?? 0 }));
}

async function appendOne(
  db: PodscanDatabase,
  meta: ProjectMeta,
  event: NewAuditEvent,
): Promise<AuditEvent> {
  const [numbered] = await appendEvents(db, meta, [event], event.at);
  if (!numbered) throw new Error('no event was appended');

  return numbered;
}
