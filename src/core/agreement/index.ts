export * from './types';
export {
  computeAgreement,
  computeCountAgreement,
  computeTallyAgreement,
  type AgreementOptions,
} from './agreement';
export {
  computeCodeAgreement,
  poolCodeAgreements,
  type CodeAgreement,
  type CodeAgreementOptions,
  type MeanOfCodes,
  type PairAgreement,
  type PooledAgreement,
} from './code-agreement';
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
