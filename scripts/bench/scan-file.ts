import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  SAMPLE_SCAN_DEFAULTS,
  streamScan,
  writeCsvLines,
} from '../../src/core/sample';

/** Rows per CSV piece written; the whole file never sits in one array. */
const PIECE_ROWS = 5_000;

/**
 * The generated scan of `rows` records (sample seed) as a CSV file under
 * `folder`, written once and reused: the generator is deterministic, so
 * the name (rows and seed) identifies the content.
 */
export async function ensureScanFile(
  folder: string,
  rows: number,
): Promise<string> {
  const seed = SAMPLE_SCAN_DEFAULTS.seed;
  const path = join(folder, `scan-${rows}-seed${seed}.csv`);
  if (existsSync(path)) return path;

  const scan = streamScan({ rows, seed });
  if (!scan.ok) throw new Error(scan.error.message);

  const temp = `${path}.${process.pid}.tmp`;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(temp, toCsvPieces(scan.value.columns, scan.value.rows));
  await rename(temp, path);
  return path;
}

/** The file's text, as an import would decode it. */
export function readScanText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

function* toCsvPieces(
  columns: readonly string[],
  rows: Iterable<string[]>,
): Generator<string> {
  let piece: string[][] = [[...columns]];
  for (const row of rows) {
    piece.push(row);
    if (piece.length === PIECE_ROWS) {
      yield writeCsvLines(piece);
      piece = [];
    }
  }
  yield writeCsvLines(piece);
}
