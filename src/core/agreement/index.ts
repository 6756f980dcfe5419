export * from './types';
export {
  computeAgreement,
  computeCountAgreement,
  computeTallyAgreement,
  type AgreementOptions,
} from './agreement';
export {
  computeCodeAgreement,
  computeTallyCodeAgreement,
  type CodeAgreement,
  type CodeAgreementOptions,
  type PairAgreement,
} from './code-agreement';
export {
  poolCodeAgreements,
  type MeanOfCodes,
  type PooledAgreement,
  type PooledInterval,
  type PooledIntervals,
} from './pooled-agreement';
export { bootstrapPooledIntervals } from './pooled-bootstrap';
export {
  buildCodeMatrices,
  type CodeMatrices,
  type LayerAgreementInput,
} from './layers';
export {
  createRatingMatrix,
  missingRatingOf,
  MISSING_RATING_8,
  MISSING_RATING_16,
  ratingMatrixFromRows,
  selectCoders,
  selectUnits,
} from './rating-matrix';
export {
  countUnitsRated,
  reweightTally,
  tallyCountTable,
  tallyRatingMatrix,
  type CountTable,
  type UnitTally,
} from './unit-tally';
export { computePercentAgreement } from './percent-agreement';
export { computeFleissKappa } from './fleiss-kappa';
export { computeGwetAc } from './gwet-ac';
export { computeBrennanPrediger } from './brennan-prediger';
export { computeCongerKappa } from './conger-kappa';
export {
  computeCoincidences,
  computeKrippendorffAlpha,
  type AlphaMetric,
} from './krippendorff-alpha';
export {
  computeCohenKappa,
  computeScottPi,
  computeTwoByTwoIndices,
  pairTable,
  sumTables,
  type ContingencyTable,
} from './two-coders';
export { createWeights, identityWeights } from './weights';
export { bootstrapIntervals, DEFAULT_BOOTSTRAP } from './bootstrap';
export {
  parseReliabilityMatrix,
  type ParsedMatrix,
  type ReliabilityMatrixOptions,
} from './reliability-csv';
export { parseCountTable, type ParsedCountTable } from './count-table-csv';
export { STATISTIC_LABELS, listShownStatistics } from './labels';
export {
  computeSpecificAgreement,
  flagCodeAgreement,
  flagLevelOf,
  RELIABILITY_THRESHOLDS,
  type AgreementFlag,
  type FlagLevel,
} from './flags';
export {
  computeReliability,
  listDoneRecords,
  PROJECT_BOOTSTRAP,
  type CodeReliability,
  type ReliabilityInput,
  type ReliabilityReport,
} from './reliability';
export {
  buildDisagreementQueue,
  countDisagreements,
  describeDisagreement,
  type AgreedCounts,
  type CoderDecision,
  type Disagreement,
  type DisagreementQueue,
} from './disagreements';
export {
  compareWithConsensus,
  type CodeComparison,
  type CoderVersusReference,
  type ConsensusComparison,
} from './consensus-comparison';
export {
  createConsensusDecision,
  labelBlindCoder,
  MAX_RATIONALE_LENGTH,
  MIN_RATIONALE_LENGTH,
  orderCodersForBlindReview,
  type DecisionInput,
} from './adjudication';
export {
  buildReliabilityCsv,
  formatReportNumber,
  POOLED_LABEL,
  RELIABILITY_CSV_COLUMNS,
  type ReportNames,
} from './report-csv';
export { buildReliabilityHtml, type HtmlReportContext } from './report-html';
export { buildAlphaChartSvg, type ChartPoint } from './report-chart-svg';
export { escapeHtml } from './report-html-escape';
export {
  buildDisagreementLog,
  DISAGREEMENT_LOG_COLUMNS,
  exportDisagreementLog,
  type CodeDisagreementLog,
  type DecidedDisagreement,
} from './disagreement-log';
export {
  findCodeByName,
  findCodersByName,
  listCodersWithDoneRecords,
} from './project-scope';
export { describeCodeNotes } from './notes';
