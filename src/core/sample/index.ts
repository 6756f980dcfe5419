export {
  generateScan,
  MAX_SAMPLE_ROWS,
  SAMPLE_SCAN_DEFAULTS,
  streamScan,
  type GenerateScanOptions,
  type SampleScan,
  type SampleScanStream,
} from './generate-scan';
export { writeCsvLines, writeScanCsv } from './csv';
export {
  LIST_SEPARATOR,
  OPERATOR_TYPE_LABELS,
  OPTIONAL_SAMPLE_COLUMNS,
  SAMPLE_COLUMNS,
  type SampleColumn,
} from './columns';

/** File name of the committed sample scan under resources/sample/. */
export const SAMPLE_SCAN_FILE_NAME = 'learning-pods-scan.csv';
