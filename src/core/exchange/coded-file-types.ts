import type { Codebook } from '../codebook/types';
import type { Coder, CodingStatus, ConsensusDecision } from '../model/coding';
import type { CodeId, CoderId, RecordKey } from '../model/ids';
import type { Problem } from '../model/problem';
import type { ProjectMeta } from '../model/project';
import type { ProjectSnapshot } from '../model/snapshot';

export const CODED_FILE_FORMAT = 'podscan-coded-file';
export const CODED_FILE_VERSION = 1;

/**
 * A coded file (`*.podscan.json`) as JSON: the layout docs/coded-file.md
 * documents and docs/podscan-coded-file.schema.json checks.
 */
export type CodedFile = {
  readonly format: typeof CODED_FILE_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly exportedBy: string;
  readonly project: CodedFileProject;
  readonly codebook: Codebook;
  readonly coders: readonly Coder[];
  readonly records: readonly CodedFileRecord[];
  readonly layers: readonly CodedFileLayer[];
  readonly consensus: readonly ConsensusDecision[];
  /** SHA-256 of the canonical JSON of every other member, hex. */
  readonly checksum: string;
};

/** Project metadata; the grid layout stays on the machine. */
export type CodedFileProject = Pick<
  ProjectMeta,
  | 'id'
  | 'name'
  | 'createdAt'
  | 'updatedAt'
  | 'columns'
  | 'keyColumn'
  | 'batches'
  | 'settings'
>;

export type CodedFileRecord = {
  readonly key: RecordKey;
  readonly fields: Readonly<Record<string, string>>;
  readonly batchId: string;
  readonly sourceRow: number;
  /** SHA-256 of the canonical JSON of `fields`, hex. */
  readonly contentHash: string;
};

/** One coder's layer: every record the coder has an entry for. */
export type CodedFileLayer = {
  readonly coderId: CoderId;
  readonly codings: readonly CodedFileCoding[];
};

export type CodedFileCoding = {
  readonly recordKey: RecordKey;
  readonly codes: readonly CodeId[];
  readonly memo: string;
  readonly status: CodingStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly codebookVersion: number;
};

/**
 * Which part of a project a coded file carries. A function receives the
 * whole snapshot and returns what may leave the machine (blind mode:
 * `filterSnapshotForViewer` of core/coding); a list of coder ids keeps
 * only those coders' layers and leaves out the consensus layer, which
 * reflects other coders' work. The coder list stays whole either way
 * (names are not codings).
 */
export type VisibilityFilter =
  ((snapshot: ProjectSnapshot) => ProjectSnapshot) | readonly CoderId[];

export type WriteCodedFileOptions = {
  /** ISO 8601 time of the export. */
  readonly exportedAt: string;
  /** Who exported: the coder's or lead's display name. */
  readonly exportedBy: string;
  /** What may be exported; everything when absent. */
  readonly visibility?: VisibilityFilter;
};

/** A coded file read and checked, as a project snapshot. */
export type CodedFileRead = {
  readonly snapshot: ProjectSnapshot;
  readonly exportedAt: string;
  readonly exportedBy: string;
  readonly checksum: string;
  /** Warnings that did not stop the read (e.g. codebook notes). */
  readonly problems: readonly CodedFileProblem[];
};

/**
 * Why a coded file was refused or what was noticed reading it. `path` is
 * the JSON Pointer of the offending value when there is one. At most 20
 * problems of one code are listed; a last one of that code ("… and 181
 * more like the above.") stands for the rest, and its `unlisted` says
 * how many they are.
 */
export type CodedFileProblem = Problem & {
  readonly path?: string;
  readonly unlisted?: number;
};

/** Stable codes of coded-file problems. */
export type CodedFileProblemCode =
  | 'CODED_FILE_NOT_TEXT'
  | 'CODED_FILE_EMPTY'
  | 'CODED_FILE_TRUNCATED'
  | 'CODED_FILE_NOT_JSON'
  | 'CODED_FILE_FORMAT'
  | 'CODED_FILE_VERSION_NEWER'
  | 'CODED_FILE_SCHEMA'
  | 'CODED_FILE_CHECKSUM'
  | 'CODED_FILE_RECORD_HASH'
  | 'CODED_FILE_DUPLICATE'
  | 'CODED_FILE_REFERENCE'
  | 'CODED_FILE_FIELDS'
  | 'CODED_FILE_CODEBOOK';
