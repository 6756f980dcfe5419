export * from './types';
export type { MergeContext } from './codebook-apply';
export { applyMerge, createMergeEvent, planMerge } from './merge';
export {
  MERGE_LOG_COLUMNS,
  writeMergeLogCsv,
  writeMergeLogJson,
} from './merge-log';
export { summariseMergeReport, type MergeSummary } from './summary';
