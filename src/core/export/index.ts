export {
  CSV_DELIMITERS,
  EXCEL_CELL_LIMIT,
  neutraliseCell,
  restoreNeutralisedCell,
  writeCsv,
  type CsvOptions,
  type ExportOutput,
} from './csv';
export {
  listDecisionCodes,
  readAppliedCodes,
  type CodingSource,
} from './layer-view';
export { buildWideTable, exportWide, type WideTable } from './wide';
export {
  buildLongRows,
  exportLong,
  LONG_COLUMNS,
  type LongOptions,
} from './long';
export { CONSENSUS_COLUMNS, exportConsensus } from './consensus-csv';
export {
  buildCodebookRows,
  CODEBOOK_COLUMNS,
  exportCodebookCsv,
} from './codebook-csv';
export { exportReliabilityMatrix, type MatrixOptions } from './matrix';
export {
  buildExportWorkbook,
  type ExportWorkbook,
  type WorkbookCell,
  type WorkbookOptions,
  type WorkbookSheet,
} from './workbook';
export { exportQdpx, type QdpxOutput } from './qdpx';
export { QDE_NAMESPACE } from './qde';
