import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { asRecordKey, type ColumnKey, type RecordKey } from '../model/ids';
import { fail, ok, type Problem, type Result } from '../model/problem';
import { OVERFLOW_COLUMN, type Column, type ScanRecord } from '../model/scan';
import type { ProgressFn } from '../repository/types';
import {
  duplicateKeyProblem,
  emptyKeyProblem,
  unknownKeyColumnProblem,
} from './key-problems';

/** The parts of a parsed scan that records are built from. */
export type ScanTable = {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
};

export type BuildRecordsOptions = {
  /** Column the keys come from; null to generate keys. */
  readonly keyColumn: ColumnKey | null;
  readonly batchId: string;
  readonly onProgress?: ProgressFn;
};

/**
 * Columns that can serve as the key: every value present and no two the
 * same, after trimming surrounding whitespace (as buildRecords does). The
 * overflow column never qualifies. In file order.
 */
export function suggestKeyColumns(scan: ScanTable): ColumnKey[] {
  return scan.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.key !== OVERFLOW_COLUMN)
    .filter(({ index }) => isUniqueAndFilled(scan.rows, index))
    .map(({ column }) => column.key);
}

/**
 * Turns data rows into records. With a key column, a record's key is that
 * column's value with surrounding whitespace removed (the field itself
 * keeps it); any empty or repeated key fails the whole build with one
 * problem per affected row, so nothing is imported under a wrong key.
 * Without one, keys are generated (see generateRecordKeys).
 */
export function buildRecords(
  scan: ScanTable,
  options: BuildRecordsOptions,
): Result<ScanRecord[], readonly Problem[]> {
  const keys = buildRecordKeys(scan, options);
  if (!keys.ok) return keys;

  const records = scan.rows.map((row, index) => ({
    key: keys.value[index] ?? asRecordKey(''),
    fields: toFields(scan.columns, row),
    batchId: options.batchId,
    sourceRow: index + 1,
  }));
  return ok(records);
}

/**
 * The keys buildRecords gives the rows, one per row, or the same problems
 * it fails with; for callers that keep rows as they are instead of
 * turning each into a record.
 */
export function buildRecordKeys(
  scan: ScanTable,
  options: Pick<BuildRecordsOptions, 'keyColumn' | 'onProgress'>,
): Result<RecordKey[], readonly Problem[]> {
  return options.keyColumn
    ? keysFromColumn(scan, options.keyColumn)
    : ok(generateRecordKeys(scan, options.onProgress));
}

/**
 * Keys for a scan without a key column: `r-` and the first 16 hex digits
 * of the SHA-256 of the row's non-empty values with their column keys, in
 * column-key order, so the same row gets the same key in every import of
 * the file, whatever the column order and whether empty or new-but-empty
 * columns are present. The second and later copies of an identical row add
 * `-2`, `-3`, … in file order. A row whose values change gets a new key,
 * so on re-import it shows as one record missing and one added: choose a
 * key column for scans that will be updated.
 */
export function generateRecordKeys(
  scan: ScanTable,
  onProgress?: ProgressFn,
): RecordKey[] {
  const order = scan.columns
    .map((column, index) => ({ key: String(column.key), index }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const seen = new Map<string, number>();
  const every = Math.max(1, Math.ceil(scan.rows.length / 20));

  return scan.rows.map((row, index) => {
    if (onProgress && index % every === 0) {
      onProgress(index / scan.rows.length);
    }
    const hash = hashRow(row, order);
    const copies = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, copies);
    return asRecordKey(copies === 1 ? `r-${hash}` : `r-${hash}-${copies}`);
  });
}

/** Column key → value for one row, for a record's `fields`. */
export function toFields(
  columns: readonly Column[],
  row: readonly string[],
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c];
    if (column) fields[column.key] = row[c] ?? '';
  }
  return fields;
}

function isUniqueAndFilled(
  rows: readonly (readonly string[])[],
  index: number,
): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = (row[index] ?? '').trim();
    if (value === '' || seen.has(value)) return false;
    seen.add(value);
  }
  return true;
}

function keysFromColumn(
  scan: ScanTable,
  keyColumn: ColumnKey,
): Result<RecordKey[], readonly Problem[]> {
  const index = scan.columns.findIndex((column) => column.key === keyColumn);
  if (index === -1) return fail([unknownKeyColumnProblem(keyColumn)]);

  const keys = scan.rows.map((row) => (row[index] ?? '').trim());
  const rowsByKey = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const rows = rowsByKey.get(key);
    if (rows) rows.push(i + 1);
    else rowsByKey.set(key, [i + 1]);
  });

  const problems: Problem[] = [];
  keys.forEach((key, i) => {
    const rows = rowsByKey.get(key) ?? [];
    if (key === '') problems.push(emptyKeyProblem(i + 1, keyColumn));
    else if (rows.length > 1) {
      problems.push(duplicateKeyProblem(i + 1, keyColumn, key, rows));
    }
  });
  return problems.length > 0 ? fail(problems) : ok(keys.map(asRecordKey));
}

function hashRow(
  row: readonly string[],
  order: readonly { readonly key: string; readonly index: number }[],
): string {
  const parts: string[] = [];
  for (const { key, index } of order) {
    const value = row[index] ?? '';
    if (value !== '') parts.push(key, value);
  }
  const digest = sha256(utf8ToBytes(JSON.stringify(parts)));
  return bytesToHex(digest.subarray(0, 8));
}
