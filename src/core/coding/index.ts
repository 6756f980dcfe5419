export {
  checkApplicable,
  codingProblem,
  invertCodingChange,
  isCodingChanged,
  setMemo,
  setStatus,
  toggleCode,
  type CodingContext,
  type CodingResult,
  type CodingTarget,
} from './operations';
export {
  applyCodingChanges,
  listRemapChanges,
  remapCoding,
  remapCodings,
  selectLayer,
  type Layer,
} from './layers';
export {
  createCoder,
  deriveInitials,
  findCoder,
  isCoder,
  MAX_CODER_NAME_LENGTH,
  MAX_INITIALS_LENGTH,
  updateCoder,
  upsertCoder,
  type CoderInput,
} from './coders';
export {
  addProjectLead,
  claimProjectLead,
  createProjectSettings,
  isProjectLead,
  listProjectLeads,
  removeProjectLead,
  setBlindMode,
} from './leads';
export {
  canSeeConsensus,
  canSeeLayer,
  describeViewer,
  filterSnapshotForViewer,
  filterVisibleCodings,
  type LayerViewer,
} from './visibility';
export {
  compareKeys,
  computeSampleCount,
  drawReliabilitySample,
  MAX_SAMPLE_SEED,
  type SampleContext,
  type SampleRequest,
  type SampleableRecord,
} from './sampling';
export { allocateStrata, groupStrata, type Stratum } from './strata';
export {
  computeCodingProgress,
  listAssignedRecords,
  listSamplesForCoder,
  type CodingProgress,
} from './progress';
export { createCodebookSave, createSettingsEvent } from './events';
export {
  buildCodingKeymap,
  listNumberedCodes,
  NUMBERED_CODE_COUNT,
  resolveCodingKey,
  type CodingKeyAction,
} from './keys';
export { indexCodes, listCodeRows, type CodeRow } from './code-rows';
export {
  createCodingMatcher,
  NO_CODING_FILTER,
  type CodingFilter,
  type CodingMatcher,
} from './filter';
export {
  isRecordCoding,
  isSameCoding,
  parseCodingChange,
} from './stored-change';
export { countMergeEffect, listUsedCodeIds, type MergeEffect } from './usage';
export {
  computeSampleProgress,
  countSampleStrata,
  type SampleCoderProgress,
  type SampleStratumCount,
} from './sample-summary';
export { applyProgressChange, type ProgressScope } from './progress-change';
