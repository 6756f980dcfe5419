import type { Brand, CodeId, CoderId, ColumnKey, RecordKey } from './ids';

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

/** Which part of a coding a change was about, for the audit log. */
export type CodingChangeKind = 'code' | 'memo' | 'status';

/**
 * One change to one coder's entry for one record, with the entry before
 * and after (null = no entry, i.e. not started). Swapping `before` and
 * `after` gives the change that undoes it.
 */
export type CodingChange = {
  readonly kind: CodingChangeKind;
  readonly recordKey: RecordKey;
  readonly coderId: CoderId;
  readonly before: RecordCoding | null;
  readonly after: RecordCoding | null;
};

export type SampleId = Brand<string, 'SampleId'>;

export const asSampleId = (value: string): SampleId => value as SampleId;

/** Simple random, or stratified by a column with proportional allocation. */
export type SampleMethod = 'simple' | 'stratified';

/** How many records a sample asks for: a percentage of all, or a count. */
export type SampleSize = {
  readonly kind: 'percent' | 'count';
  readonly value: number;
};

/**
 * A double-coded reliability sample: which records, drawn how, and which
 * coders must code them. Drawing again with the same seed, method, size and
 * records gives the same `recordKeys`.
 */
export type ReliabilitySample = {
  readonly id: SampleId;
  readonly name: string;
  /** Integer in [0, 2^32 − 1]. */
  readonly seed: number;
  readonly method: SampleMethod;
  readonly size: SampleSize;
  /** The column strata come from; null for a simple random sample. */
  readonly stratifyBy: ColumnKey | null;
  /** Sorted, without duplicates. */
  readonly recordKeys: readonly RecordKey[];
  /** Two or more coders, each to code every record of the sample. */
  readonly coderIds: readonly CoderId[];
  readonly createdAt: string;
  readonly createdBy: CoderId;
};
