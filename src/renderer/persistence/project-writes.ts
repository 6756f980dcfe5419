import type { AuditEvent, NewAuditEvent } from '../../core/model/audit';
import type { ProjectId, RecordKey } from '../../core/model/ids';
import type { ProjectMeta } from '../../core/model/project';
import type { ScanRecord } from '../../core/model/scan';
import { createRepositoryError } from '../../core/repository/errors';
import { patchProjectMeta } from '../../core/repository/meta';
import type { RecordOverlay } from '../../core/repository/overlay';
import {
  applyFieldChanges,
  createEditEvent,
  groupDropEdits,
  rebaseOverlay,
} from '../../core/repository/overlay';
import type {
  EditEventInfo,
  ProgressFn,
  ProjectPatch,
  RecordEdit,
  ReimportCommit,
} from '../../core/repository/types';
import type { ImportTable } from '../../core/scan';
import type { ChunkRow } from './chunks';
import { countChunks, encodeChunk, encodeTableChunk } from './chunks';
import type { OverlayRow, PodscanDatabase } from './database';
import { chunksOf, overlaysOf, requireMeta } from './ranges';
import { codingTables, removeCoding } from './coding-tables';

/**
 * Each function here is one read-write transaction: when it throws,
 * IndexedDB rolls back every write it made.
 */

export function writeNewProject(
  db: PodscanDatabase,
  meta: ProjectMeta,
  records: readonly ScanRecord[],
  event: NewAuditEvent,
  onProgress: ProgressFn | undefined,
): Promise<void> {
  return db.transaction('rw', [db.projects, db.chunks, db.audit], async () => {
    if (await db.projects.get(meta.id)) {
      throw createRepositoryError('PROJECT_EXISTS', meta.id);
    }

    await writeChunks(db, meta.id, records, onProgress);
    await db.audit.add({ ...event, projectId: meta.id });
    await db.projects.add(meta);
  });
}

/** writeNewProject for an import kept as rows (see ImportTable). */
export function writeNewProjectTable(
  db: PodscanDatabase,
  table: ImportTable,
  onProgress: ProgressFn | undefined,
): Promise<void> {
  const { meta, event } = table;
  return db.transaction('rw', [db.projects, db.chunks, db.audit], async () => {
    if (await db.projects.get(meta.id)) {
      throw createRepositoryError('PROJECT_EXISTS', meta.id);
    }

    const total = countChunks(table.rows.length);
    await writeEncoded(db, total, onProgress, (index) =>
      encodeTableChunk(meta.id, index, table),
    );
    await db.audit.add({ ...event, projectId: meta.id });
    await db.projects.add(meta);
  });
}

export function writeProjectPatch(
  db: PodscanDatabase,
  id: ProjectId,
  patch: ProjectPatch,
  event: NewAuditEvent | undefined,
): Promise<ProjectMeta> {
  return db.transaction('rw', [db.projects, db.audit], async () => {
    const meta = patchProjectMeta(await requireMeta(db, id), patch, event?.at);
    if (event) await db.audit.add({ ...event, projectId: id });
    await db.projects.put(meta);
    return meta;
  });
}

export function removeProject(
  db: PodscanDatabase,
  id: ProjectId,
): Promise<void> {
  const tables = [
    db.projects,
    db.chunks,
    db.overlay,
    db.audit,
    ...codingTables(db),
  ];
  return db.transaction('rw', tables, async () => {
    await chunksOf(db, id).delete();
    await overlaysOf(db, id).delete();
    await db.audit.where('projectId').equals(id).delete();
    await removeCoding(db, id);
    await db.projects.delete(id);
  });
}

/**
 * Reads the edited records inside the transaction and merges the new
 * changes into them, so a concurrent edit of another field from another
 * window, serialised by IndexedDB, is kept.
 */
export function writeEdits(
  db: PodscanDatabase,
  id: ProjectId,
  edits: readonly RecordEdit[],
  info: EditEventInfo,
): Promise<AuditEvent[]> {
  // Requests are issued together rather than one after another: IndexedDB
  // runs them in order anyway, and each wait for a result is a round trip
  // to the browser's storage process, most of an edit's save time.
  return db.transaction('rw', [db.projects, db.overlay, db.audit], async () => {
    const [meta, overlays] = await Promise.all([
      requireMeta(db, id),
      readOverlays(db, id, edits),
    ]);
    const events = edits.map(({ recordKey, changes }) => {
      const result = applyFieldChanges(overlays.get(recordKey), changes);
      overlays.set(recordKey, result.overlay);
      return createEditEvent(info, recordKey, result.changes);
    });

    const rows = events.map((event) => ({ ...event, projectId: id }));
    const [seqs] = await Promise.all([
      db.audit.bulkAdd(rows, { allKeys: true }),
      storeOverlays(db, id, overlays),
      db.projects.put({ ...meta, updatedAt: info.at }),
    ]);
    return rows.map((row, index) => ({ ...row, seq: seqs[index] ?? 0 }));
  });
}

export function writeReimport(
  db: PodscanDatabase,
  id: ProjectId,
  commit: ReimportCommit,
  onProgress: ProgressFn | undefined,
): Promise<void> {
  if (commit.meta.id !== id) {
    const error = createRepositoryError(
      'INVALID_ARGUMENT',
      'project ids differ',
    );
    return Promise.reject(error);
  }

  return db.transaction(
    'rw',
    [db.projects, db.chunks, db.overlay, db.audit],
    async () => {
      await requireMeta(db, id);
      await chunksOf(db, id).delete();
      await writeChunks(db, id, commit.records, onProgress);
      await rebaseOverlays(db, id, commit);
      await db.audit.add({ ...commit.event, projectId: id });
      await db.projects.put(commit.meta);
    },
  );
}

/**
 * Writes the records as chunk rows, encoding the next chunk while the
 * previous one is being stored, and reports progress after each.
 */
export async function writeChunks(
  db: PodscanDatabase,
  projectId: string,
  records: readonly ScanRecord[],
  onProgress: ProgressFn | undefined,
): Promise<void> {
  const total = countChunks(records.length);
  await writeEncoded(db, total, onProgress, (index) =>
    encodeChunk(projectId, index, records),
  );
}

async function writeEncoded(
  db: PodscanDatabase,
  total: number,
  onProgress: ProgressFn | undefined,
  encode: (index: number) => ChunkRow,
): Promise<void> {
  const pending: Promise<void>[] = [];
  let stored = 0;

  for (let index = 0; index < total; index += 1) {
    const chunk = encode(index);
    if (pending.length >= PUTS_IN_FLIGHT) await pending.shift();
    const put = db.chunks.put(chunk).then(() => {
      stored += 1;
      onProgress?.(stored / total);
    });
    // A failed put aborts the transaction; it is reported where awaited.
    put.catch(() => undefined);
    pending.push(put);
  }

  await Promise.all(pending);
  if (total === 0) onProgress?.(1);
}

/**
 * Chunk puts issued before the first of them is confirmed. A put copies
 * its chunk in this thread, then the storage process writes it; with
 * several in flight the copying of the next overlaps the writing of the
 * last, instead of each waiting for the other (measured in Chromium:
 * 100 chunks of 1,000 records written about twice as fast).
 */
const PUTS_IN_FLIGHT = 4;

async function rebaseOverlays(
  db: PodscanDatabase,
  id: ProjectId,
  commit: ReimportCommit,
): Promise<void> {
  const fieldsByKey = new Map<string, ScanRecord['fields']>();
  for (const record of commit.records) {
    fieldsByKey.set(record.key, record.fields);
  }
  const dropped = groupDropEdits(commit.dropEdits);
  const overlays = new Map<RecordKey, RecordOverlay | undefined>();

  for (const row of await overlaysOf(db, id).toArray()) {
    const key = row.recordKey as RecordKey;
    const fields = fieldsByKey.get(key);
    overlays.set(key, fields && rebaseOverlay(row, fields, dropped.get(key)));
  }
  await storeOverlays(db, id, overlays);
}

async function readOverlays(
  db: PodscanDatabase,
  id: ProjectId,
  edits: readonly RecordEdit[],
): Promise<Map<RecordKey, RecordOverlay | undefined>> {
  const keys = [...new Set(edits.map((edit) => edit.recordKey))];
  const rows = await db.overlay.bulkGet(keys.map((key) => [id, key]));
  return new Map(keys.map((key, index) => [key, rows[index]]));
}

/** Puts each overlay that still holds edits and deletes the rest. */
export async function storeOverlays(
  db: PodscanDatabase,
  projectId: string,
  overlays: ReadonlyMap<RecordKey, RecordOverlay | undefined>,
): Promise<void> {
  const puts: OverlayRow[] = [];
  const deletes: [string, string][] = [];
  for (const [recordKey, overlay] of overlays) {
    if (overlay) {
      const { values, base } = overlay;
      puts.push({ projectId, recordKey, values, base });
    } else {
      deletes.push([projectId, recordKey]);
    }
  }

  await Promise.all([
    puts.length > 0 && db.overlay.bulkPut(puts),
    deletes.length > 0 && db.overlay.bulkDelete(deletes),
  ]);
}
