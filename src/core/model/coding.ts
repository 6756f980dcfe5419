import type { CodeId, CoderId, RecordKey } from './ids';

export type CodingStatus = 'not_started' | 'in_progress' | 'done' | 'flagged';

export const CODING_STATUSES: readonly CodingStatus[] = [
  'not_started',
  'in_progress',
  'done',
  'flagged',
];

export type Coder = {
  readonly id: CoderId;
  readonly name: string;
  readonly initials: string;
};

/**
 * One coder's work on one record. A record with no entry in a layer is
 * "not started" for that coder; only `done` records are agreement units.
 */
export type RecordCoding = {
  readonly recordKey: RecordKey;
  readonly coderId: CoderId;
  /** Applied code GUIDs, sorted, without duplicates. */
  readonly codes: readonly CodeId[];
  readonly memo: string;
  readonly status: CodingStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Codebook version the last change was made under. */
  readonly codebookVersion: number;
};

export type ConsensusValue = 'present' | 'absent' | 'needs_work';

/** The lead's adjudicated decision on one record × code. */
export type ConsensusDecision = {
  readonly recordKey: RecordKey;
  readonly codeId: CodeId;
  readonly value: ConsensusValue;
  readonly rationale: string;
  readonly decidedBy: CoderId;
  readonly decidedAt: string;
};
