import Dexie from 'dexie';
import type { AuditEvent } from '../../core/model/audit';
import type { ProjectId, RecordKey } from '../../core/model/ids';
import type { ScanRecord } from '../../core/model/scan';
import type { RecordOverlay } from '../../core/repository/overlay';
import type { AuditQuery, ProgressFn } from '../../core/repository/types';
import type { ChunkRow } from './chunks';
import { decodeChunk } from './chunks';
import type { AuditRow, PodscanDatabase } from './database';
import { chunksOf, overlaysOf, requireMeta } from './ranges';

/**
 * Chunks read per query when loading records: few enough queries to stay
 * near one bulk read, enough pauses for the progress bar to repaint. The
 * first query reads one chunk, so the first records reach the window
 * while the rest are still being read.
 */
const CHUNKS_PER_READ = 10;

/**
 * Loads a project's records with edits applied: the overlay in one query,
 * then the chunks in key-range pages, all in one read transaction so a
 * write from another window cannot land halfway. Each page's records go
 * to `onRecords` as soon as they are decoded. The project itself is
 * looked up before, on its own: a read of 100,000 records takes seconds,
 * and holding the projects store all that time would make every write
 * that touches a project (opening one records its coder) wait for it.
 */
export async function readRecords(
  db: PodscanDatabase,
  id: ProjectId,
  onProgress: ProgressFn | undefined,
  onRecords?: (batch: readonly ScanRecord[]) => void,
): Promise<ScanRecord[]> {
  const checkProject = () =>
    db.transaction('r', db.projects, () => requireMeta(db, id));
  await checkProject();
  const records = await readChunks(db, id, onProgress, onRecords);
  // Deleted meanwhile, by another window: its chunks went with it.
  if (records.length === 0) await checkProject();
  return records;
}

function readChunks(
  db: PodscanDatabase,
  id: ProjectId,
  onProgress: ProgressFn | undefined,
  onRecords: ((batch: readonly ScanRecord[]) => void) | undefined,
): Promise<ScanRecord[]> {
  return db.transaction('r', [db.chunks, db.overlay], async () => {
    const overlays = new Map<string, RecordOverlay>();
    for (const row of await overlaysOf(db, id).toArray()) {
      overlays.set(row.recordKey, row);
    }

    const total = await chunksOf(db, id).count();
    const records: ScanRecord[] = [];
    let read = 0;
    let next = 0;
    while (read < total) {
      const page = await readChunkPage(
        db,
        id,
        next,
        read === 0 ? 1 : CHUNKS_PER_READ,
      );
      if (page.length === 0) break;

      const start = records.length;
      page.forEach((chunk) => decodeChunk(chunk, overlays, records));
      read += page.length;
      next = (page.at(-1)?.index ?? next) + 1;
      if (records.length > start) onRecords?.(records.slice(start));
      onProgress?.(read / total);
    }

    if (total === 0) onProgress?.(1);
    return records;
  });
}

export function readEditedBase(
  db: PodscanDatabase,
  id: ProjectId,
): Promise<Map<RecordKey, Readonly<Record<string, string>>>> {
  return db.transaction('r', [db.projects, db.overlay], async () => {
    await requireMeta(db, id);
    const rows = await overlaysOf(db, id).toArray();
    return new Map(rows.map((row) => [row.recordKey as RecordKey, row.base]));
  });
}

/** Audit events oldest first; with a limit, the latest `limit` of them. */
export function readAudit(
  db: PodscanDatabase,
  id: ProjectId,
  query: AuditQuery = {},
): Promise<AuditEvent[]> {
  const { recordKey, limit } = query;
  return db.transaction('r', [db.projects, db.audit], async () => {
    await requireMeta(db, id);
    const events =
      recordKey === undefined
        ? db.audit.where('projectId').equals(id)
        : db.audit.where('[projectId+recordKey]').equals([id, recordKey]);
    if (limit === undefined) return (await events.toArray()).map(toEvent);
    if (limit <= 0) return [];

    const latest = await events.reverse().limit(limit).toArray();
    return latest.reverse().map(toEvent);
  });
}

/** Up to `limit` chunks from index `from` on, in order. */
function readChunkPage(
  db: PodscanDatabase,
  id: ProjectId,
  from: number,
  limit: number,
): Promise<ChunkRow[]> {
  return db.chunks
    .where('[projectId+index]')
    .between([id, from], [id, Dexie.maxKey])
    .limit(limit)
    .toArray();
}

function toEvent(row: AuditRow): AuditEvent {
  const { seq, projectId, at, actor, recordKey, detail } = row;
  return { seq: seq ?? 0, projectId, at, actor, recordKey, detail };
}
