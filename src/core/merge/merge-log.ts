import { writeCsv, type CsvOptions, type ExportOutput } from '../export/csv';
import type { MergeLogEntry } from './types';

/** Columns of the merge log CSV, in order. */
export const MERGE_LOG_COLUMNS = [
  'action',
  'source',
  'record',
  'coder',
  'code',
  'column',
  'choice',
  'kept',
  'replaced',
  'detail',
] as const satisfies readonly (keyof MergeLogEntry)[];

/** The merge log as CSV, one row per entry (see MERGE_LOG_COLUMNS). */
export function writeMergeLogCsv(
  log: readonly MergeLogEntry[],
  options: CsvOptions = {},
): ExportOutput {
  const rows = log.map((entry) =>
    MERGE_LOG_COLUMNS.map((column) => entry[column]),
  );
  return writeCsv(MERGE_LOG_COLUMNS, rows, options);
}

/** The merge log as a JSON array of entries, two-space indented. */
export function writeMergeLogJson(log: readonly MergeLogEntry[]): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}
