import type { Codebook } from '../codebook/types';
import type { Coder, ConsensusDecision, RecordCoding } from './coding';
import type { ProjectMeta } from './project';
import type { ScanRecord } from './scan';

/**
 * Everything a project holds, in one value: what a coded file carries,
 * what a merge combines and what exports read.
 */
export type ProjectSnapshot = {
  readonly meta: ProjectMeta;
  /** With every saved edit applied. */
  readonly records: readonly ScanRecord[];
  readonly codebook: Codebook;
  readonly coders: readonly Coder[];
  /** Every coder's layer, one entry per coder × record coded. */
  readonly layers: readonly RecordCoding[];
  readonly consensus: readonly ConsensusDecision[];
};
