import Papa from 'papaparse';
import type { SampleScan } from './generate-scan';

/**
 * Writes a scan as RFC 4180 CSV through PapaParse: UTF-8 text without a
 * BOM, LF line endings, a final line break, and quotes only where a cell
 * needs them (separator, quote or line break inside).
 */
export function writeScanCsv(scan: SampleScan): string {
  return writeCsvLines([scan.columns, ...scan.rows]);
}

/**
 * Writes rows as CSV lines, each ending in LF, quoted as writeScanCsv
 * quotes; an empty list gives an empty string. Chunks written one after
 * another make one valid file.
 */
export function writeCsvLines(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';

  // Plain arrays, not PapaParse's field mode, which adds a blank line
  // after a header with no rows.
  const table = rows.map((row) => [...row]);

  return `${Papa.unparse(table, { newline: '\n', quotes: false })}\n`;
}
