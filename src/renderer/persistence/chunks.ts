import type { RecordKey } from '../../core/model/ids';
import type { ScanRecord } from '../../core/model/scan';
import type { RecordOverlay } from '../../core/repository/overlay';
import type { ImportTable } from '../../core/scan';

/**
 * Records per stored chunk. Measured in Chromium with 100,000 records of
 * 22 fields: one value per record took over 10 s to write, values of 1,000
 * records under 0.8 s.
 */
export const RECORDS_PER_CHUNK = 1000;

/**
 * Up to RECORDS_PER_CHUNK consecutive records of a project, column-aligned
 * so each field name is stored once per chunk rather than once per record.
 */
export type ChunkRow = {
  readonly projectId: string;
  /** Position of the chunk in import order, from 0. */
  readonly index: number;
  /** Field names; each record's cells follow this order. */
  readonly columns: readonly string[];
  readonly keys: readonly string[];
  /**
   * Row-major cells, keys.length × columns.length; null where a record has
   * no such field, so records round-trip exactly.
   */
  readonly cells: readonly (string | null)[];
  /** Distinct import batches of the chunk's records. */
  readonly batchIds: readonly string[];
  /** Per record, the position of its batch in `batchIds`. */
  readonly batchOf: readonly number[];
  readonly sourceRows: readonly number[];
};

/** How many chunks `count` records take. */
export function countChunks(count: number): number {
  return Math.ceil(count / RECORDS_PER_CHUNK);
}

/** Packs chunk `index` (RECORDS_PER_CHUNK records from `index` on) into a row. */
export function encodeChunk(
  projectId: string,
  index: number,
  all: readonly ScanRecord[],
): ChunkRow {
  const records = all.slice(
    index * RECORDS_PER_CHUNK,
    (index + 1) * RECORDS_PER_CHUNK,
  );
  const columns = collectColumns(records);
  const cells: (string | null)[] = [];
  const batchIds = new Map<string, number>();
  const batchOf: number[] = [];

  for (const record of records) {
    const fields: Readonly<Record<string, unknown>> = record.fields;
    for (const column of columns) {
      // Only own string fields count: inherited members such as
      // `toString`, or `__proto__` itself, are never strings.
      const value = fields[column];
      cells.push(typeof value === 'string' ? value : null);
    }
    const batch = batchIds.get(record.batchId) ?? batchIds.size;
    batchIds.set(record.batchId, batch);
    batchOf.push(batch);
  }

  return {
    projectId,
    index,
    columns,
    keys: records.map((record) => record.key),
    cells,
    batchIds: [...batchIds.keys()],
    batchOf,
    sourceRows: records.map((record) => record.sourceRow),
  };
}

/**
 * Packs chunk `index` of an import's rows (see ImportTable) into a row:
 * the rows are already column-aligned, so their cells are copied as they
 * are. Gives the same chunk encodeChunk gives for the records the rows
 * stand for.
 */
export function encodeTableChunk(
  projectId: string,
  index: number,
  table: Pick<ImportTable, 'columns' | 'keys' | 'rows' | 'batchId'>,
): ChunkRow {
  const start = index * RECORDS_PER_CHUNK;
  const end = Math.min(table.rows.length, start + RECORDS_PER_CHUNK);
  const width = table.columns.length;
  const cells = new Array<string>((end - start) * width);
  const sourceRows: number[] = [];
  for (let row = start; row < end; row += 1) {
    const values = table.rows[row] ?? [];
    const offset = (row - start) * width;
    for (let column = 0; column < width; column += 1) {
      cells[offset + column] = values[column] ?? '';
    }
    sourceRows.push(row + 1);
  }

  return {
    projectId,
    index,
    columns: [...table.columns],
    keys: table.keys.slice(start, end),
    cells,
    batchIds: [table.batchId],
    batchOf: new Array<number>(end - start).fill(0),
    sourceRows,
  };
}

/** Unpacks a chunk's records, with their edits applied, onto `into`. */
export function decodeChunk(
  chunk: ChunkRow,
  overlays: ReadonlyMap<string, RecordOverlay>,
  into: ScanRecord[],
): void {
  const { columns, cells, keys } = chunk;
  const width = columns.length;
  // Opening a project decodes every cell here; the careful setField is
  // only needed when a column is literally named `__proto__`.
  const isPlain = !columns.includes('__proto__');

  for (let row = 0; row < keys.length; row += 1) {
    const key = keys[row]!;
    const offset = row * width;
    const fields: Record<string, string> = {};
    for (let column = 0; column < width; column += 1) {
      const value = cells[offset + column];
      if (value == null) continue;
      if (isPlain) fields[columns[column]!] = value;
      else setField(fields, columns[column] ?? '', value);
    }
    const overlay = overlays.size === 0 ? undefined : overlays.get(key);
    if (overlay) {
      for (const [column, value] of Object.entries(overlay.values)) {
        setField(fields, column, value);
      }
    }
    into.push({
      key: key as RecordKey,
      fields,
      batchId: chunk.batchIds[chunk.batchOf[row] ?? 0] ?? '',
      sourceRow: chunk.sourceRows[row] ?? 0,
    });
  }
}

/**
 * Field names of the records in first-seen order. Scan records nearly
 * always share one field order, so a record matching the order so far
 * costs one comparison per field.
 */
function collectColumns(records: readonly ScanRecord[]): string[] {
  const columns: string[] = [];
  const known = new Set<string>();
  for (const record of records) {
    const names = Object.keys(record.fields);
    if (names.every((name, position) => columns[position] === name)) {
      continue;
    }

    for (const name of names) {
      if (!known.has(name)) columns.push(name);
      known.add(name);
    }
  }
  return columns;
}

/** Assignment would turn a `__proto__` column into a prototype change. */
function setField(
  fields: Record<string, string>,
  column: string,
  value: string,
): void {
  if (column === '__proto__') {
    Object.defineProperty(fields, column, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    fields[column] = value;
  }
}
