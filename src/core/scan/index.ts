export { parseScan, parseScanText } from './parse-scan';
export {
  decodeScanBytes,
  decodeWindows1252,
  detectEncoding,
  type DecodedScan,
} from './decode';
export { toColumnKey } from './columns';
export {
  buildRecordKeys,
  buildRecords,
  generateRecordKeys,
  suggestKeyColumns,
  toFields,
  type BuildRecordsOptions,
  type ScanTable,
} from './keys';
export {
  buildImportCommit,
  buildImportTable,
  createImportBatch,
  type ImportCommit,
  type ImportTable,
} from './import-commit';
export {
  diffReimport,
  type FieldDiff,
  type RecordChange,
  type ReimportConflict,
  type ReimportInput,
  type ReimportPlan,
} from './reimport';
export {
  buildReimportCommit,
  conflictId,
  type ConflictChoice,
  type ConflictResolution,
} from './reimport-commit';
export {
  describeDelimiter,
  hasBlockingProblem,
  countOf,
  plural,
  type ScanProblemCode,
} from './problems';
export {
  SCAN_DELIMITERS,
  SCAN_ENCODINGS,
  type LineEnding,
  type ParsedScan,
  type ParseOptions,
  type ScanEncoding,
} from './types';
