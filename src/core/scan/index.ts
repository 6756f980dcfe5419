export { parseScan, parseScanText } from './parse-scan';
export {
  decodeScanBytes,
  decodeWindows1252,
  detectEncoding,
  type DecodedScan,
} from './decode';
export { toColumnKey } from './columns';
export {
  buildRecords,
  generateRecordKeys,
  suggestKeyColumns,
  toFields,
  type BuildRecordsOptions,
  type ScanTable,
} from './keys';
export {
  buildImportCommit,
  createImportBatch,
  type ImportCommit,
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
