import type { AuditEvent, NewAuditEvent } from '../../core/model/audit';
import type { ProjectId, RecordKey } from '../../core/model/ids';
import type { ProjectSnapshot } from '../../core/model/snapshot';
import type { ScanRecord } from '../../core/model/scan';
import {
  checkExpectedCodebook,
  compareCodings,
  createEmptyCodebook,
} from '../../core/repository/coding-store';
import { createRepositoryError } from '../../core/repository/errors';
import type { RecordOverlay } from '../../core/repository/overlay';
import { splitEdits } from '../../core/repository/replacement';
import type {
  ProgressFn,
  ReplaceOptions,
  SnapshotParts,
} from '../../core/repository/types';
import { KEPT_REPLACEMENTS } from '../../core/repository/coding-types';
import { decodeChunk } from './chunks';
import { decodeBucket, encodeLayers } from './coding-buckets';
import type { RecordCoding } from '../../core/model/coding';
import {
  bucketsOf,
  decisionsOf,
  readCodebook,
  readCoders,
  readCodings,
  readConsensus,
} from './coding-reads';
import { codingTables, replacedOf } from './coding-tables';
import type { PodscanDatabase, StoredParts } from './database';
import { readRecords } from './project-reads';
import { writeChunks, storeOverlays } from './project-writes';
import { chunksOf, overlaysOf, requireMeta } from './ranges';

/** Every part of the project in one read transaction. */
export function readSnapshot(
  db: PodscanDatabase,
  id: ProjectId,
  onProgress: ProgressFn | undefined,
): Promise<ProjectSnapshot> {
  const tables = [db.projects, db.chunks, db.overlay, ...codingTables(db)];
  return db.transaction('r', tables, async () => {
    const meta = await requireMeta(db, id);
    const records = await readRecords(db, id, onProgress);
    return {
      meta,
      records,
      codebook: await readCodebook(db, id),
      coders: await readCoders(db, id),
      layers: await readCodings(db, id, null),
      consensus: await readConsensus(db, id),
    };
  });
}

/**
 * Replaces the given parts, appends the event and keeps the before-state
 * under the event's seq, all in one read-write transaction.
 */
export function replaceParts(
  db: PodscanDatabase,
  id: ProjectId,
  parts: SnapshotParts,
  event: NewAuditEvent,
  options: ReplaceOptions = {},
): Promise<AuditEvent> {
  if (parts.meta && parts.meta.id !== id) {
    const error = createRepositoryError(
      'INVALID_ARGUMENT',
      'project ids differ',
    );
    return Promise.reject(error);
  }

  const tables = [
    db.projects,
    db.chunks,
    db.overlay,
    db.audit,
    ...codingTables(db),
  ];
  return db.transaction('rw', tables, async () => {
    const meta = await requireMeta(db, id);
    const codebook = (await db.codebooks.get(id))?.codebook;
    checkExpectedCodebook(
      codebook ?? createEmptyCodebook(),
      options.expectedCodebookVersion,
    );

    const before = await captureParts(db, id, parts);
    await writeParts(db, id, parts);
    const next = { ...(parts.meta ?? meta), updatedAt: event.at };
    const recordCount = parts.records?.length ?? next.recordCount;
    await db.projects.put({ ...next, recordCount });
    const row = { ...event, projectId: id };
    const seq = await db.audit.add(row);
    await keepReplaced(db, id, seq, before);
    return { ...row, seq };
  });
}

/** The before-state kept for replacement `seq`, or undefined. */
export function readReplacedParts(
  db: PodscanDatabase,
  id: ProjectId,
  seq: number,
): Promise<SnapshotParts | undefined> {
  return db.transaction('r', [db.projects, db.replaced], async () => {
    await requireMeta(db, id);
    const row = await db.replaced.get([id, seq]);
    return row && decodeParts(row.parts);
  });
}

async function captureParts(
  db: PodscanDatabase,
  id: ProjectId,
  parts: SnapshotParts,
): Promise<StoredParts> {
  const captured: { -readonly [K in keyof StoredParts]: StoredParts[K] } = {};
  if (parts.meta || parts.records) captured.meta = await requireMeta(db, id);
  if (parts.records) {
    captured.recordChunks = await chunksOf(db, id).toArray();
    captured.overlays = await overlaysOf(db, id).toArray();
  }
  if (parts.codebook) captured.codebook = await readCodebook(db, id);
  if (parts.coders) captured.coders = await readCoders(db, id);
  if (parts.layers) {
    captured.layerBuckets = await bucketsOf(db, id, null).toArray();
  }
  if (parts.consensus) captured.consensus = await readConsensus(db, id);
  return captured;
}

async function writeParts(
  db: PodscanDatabase,
  id: ProjectId,
  parts: SnapshotParts,
): Promise<void> {
  if (parts.records) await writeRecords(db, id, parts);
  if (parts.codebook) {
    await db.codebooks.put({ projectId: id, codebook: parts.codebook });
  }
  if (parts.coders) {
    await db.coders.put({ projectId: id, coders: parts.coders });
  }
  if (parts.layers) {
    await bucketsOf(db, id, null).delete();
    await db.codings.bulkPut(encodeLayers(id, parts.layers));
  }
  if (parts.consensus) {
    await decisionsOf(db, id).delete();
    const rows = parts.consensus.map((each) => ({ ...each, projectId: id }));
    await db.consensus.bulkPut(rows);
  }
}

async function writeRecords(
  db: PodscanDatabase,
  id: ProjectId,
  parts: SnapshotParts,
): Promise<void> {
  const previous = new Map<RecordKey, RecordOverlay>();
  for (const row of await overlaysOf(db, id).toArray()) {
    previous.set(row.recordKey as RecordKey, row);
  }
  const split = splitEdits(parts.records ?? [], previous, parts.editedBase);

  await chunksOf(db, id).delete();
  await writeChunks(db, id, split.records, undefined);
  await overlaysOf(db, id).delete();
  await storeOverlays(db, id, split.overlays);
}

/** Stores a before-state and drops all but the latest kept ones. */
async function keepReplaced(
  db: PodscanDatabase,
  id: ProjectId,
  seq: number,
  parts: StoredParts,
): Promise<void> {
  await db.replaced.put({ projectId: id, seq, parts });
  const seqs = (await replacedOf(db, id).primaryKeys()).map((key) => key[1]);
  const dropped = seqs.slice(0, -KEPT_REPLACEMENTS);
  await db.replaced.bulkDelete(dropped.map((old) => [id, old]));
}

function decodeParts(stored: StoredParts): SnapshotParts {
  const { recordChunks, overlays, layerBuckets, ...rest } = stored;
  const parts: { -readonly [K in keyof SnapshotParts]: SnapshotParts[K] } = {
    ...rest,
  };
  if (recordChunks) {
    const byKey = new Map((overlays ?? []).map((row) => [row.recordKey, row]));
    const records: ScanRecord[] = [];
    recordChunks.forEach((chunk) => decodeChunk(chunk, byKey, records));
    parts.records = records;
    parts.editedBase = new Map(
      (overlays ?? []).map((row) => [row.recordKey as RecordKey, row.base]),
    );
  }
  if (layerBuckets) {
    const layers: RecordCoding[] = [];
    layerBuckets.forEach((row) => decodeBucket(row, layers));
    parts.layers = layers.sort(compareCodings);
  }
  return parts;
}
