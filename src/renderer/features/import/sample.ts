import sampleCsv from '../../../../resources/sample/learning-pods-scan.csv?raw';
import type { FileFilter, PickedFile } from '../../platform/types';

export const SCAN_FILE_FILTERS: readonly FileFilter[] = [
  { name: 'Scans (CSV, TSV, XLSX)', extensions: ['csv', 'tsv', 'txt', 'xlsx'] },
];

/** The invented sample scan shipped with Podscan, as if picked from disk. */
export function readSampleScan(): PickedFile {
  return {
    name: 'learning-pods-scan.csv',
    bytes: new TextEncoder().encode(sampleCsv),
  };
}
