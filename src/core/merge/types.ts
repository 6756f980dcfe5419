import type { Code, CodeFieldValue, CodeSet } from '../codebook/types';
import type { Coder, ConsensusDecision, RecordCoding } from '../model/coding';
import type { SnapshotPartName } from '../model/audit';
import type { CodeId, CoderId, RecordKey } from '../model/ids';
import type { Column } from '../model/scan';
import type { ProjectSnapshot } from '../model/snapshot';

/** A project to merge in, named for the report (e.g. its file name). */
export type MergeSource = {
  readonly name: string;
  readonly snapshot: ProjectSnapshot;
};

/** Which side a choice keeps: the project merged into, or the file. */
export type MergeSide = 'base' | 'incoming';

/** For a code whose name is taken by another GUID: map onto it or keep. */
export type SameNameChoice = 'map' | 'keep';

/**
 * The choices a merge needs: a default for all and overrides per item.
 * Keys: field conflicts by record key; codebook differences and same-name
 * codes by the incoming code GUID; consensus conflicts by `conflict.id`.
 */
export type MergeResolutions = {
  readonly fields?: Choices<MergeSide>;
  readonly codebook?: Choices<MergeSide>;
  readonly sameName?: Choices<SameNameChoice>;
  readonly consensus?: Choices<MergeSide>;
};

export type Choices<T> = {
  readonly all?: T;
  readonly byKey?: Readonly<Record<string, T>>;
};

/**
 * The dry-run preview of a merge: everything that would change and every
 * choice it needs, computed without changing anything. Pass it with the
 * choices to `applyMerge`.
 */
export type MergeReport = {
  readonly sources: readonly MergeSource[];
  readonly warnings: readonly MergeWarning[];
  readonly records: RecordsPlan;
  readonly codebook: CodebookPlan;
  readonly coders: CodersPlan;
  readonly layers: LayersPlan;
  readonly consensus: ConsensusPlan;
  /** Choices still missing; empty when `applyMerge` can go ahead. */
  readonly unresolved: readonly UnresolvedChoice[];
};

export type MergeWarning = {
  readonly code: 'MERGE_OTHER_PROJECT' | 'MERGE_CODER_RENAMED';
  readonly source: string;
  readonly message: string;
};

export type UnresolvedChoice = {
  readonly kind: 'field' | 'codebook' | 'same_name' | 'consensus';
  /** The key to give in `MergeResolutions` (see there). */
  readonly key: string;
  readonly source: string;
  readonly message: string;
};

export type RecordsPlan = {
  /** Incoming records whose key the project already has. */
  readonly matched: number;
  /** Matched records whose every shared field is equal. */
  readonly identical: number;
  readonly added: readonly AddedRecord[];
  readonly conflicts: readonly FieldConflict[];
  readonly columnsAdded: readonly AddedColumn[];
};

export type AddedRecord = {
  readonly recordKey: RecordKey;
  readonly source: string;
};

export type AddedColumn = {
  readonly column: Column;
  readonly source: string;
};

/** A field two sides hold different values for. */
export type FieldConflict = {
  readonly recordKey: RecordKey;
  readonly column: string;
  /** The value before this file: the project's, or an earlier file's. */
  readonly base: string;
  readonly incoming: string;
  readonly source: string;
};

export type CodebookPlan = {
  readonly added: readonly AddedCode[];
  readonly differences: readonly CodeDifference[];
  readonly sameName: readonly SameNameCode[];
  readonly sets: readonly SetChange[];
};

export type AddedCode = { readonly code: Code; readonly source: string };

/** What two sides disagree on about one code (matched by GUID). */
export type CodeDifference = {
  readonly codeId: CodeId;
  /** Name in the project (base side). */
  readonly name: string;
  readonly kinds: readonly CodeDifferenceKind[];
  readonly fields: readonly CodeFieldDifference[];
  readonly source: string;
  /** The side that wins without asking, or null when a choice is needed. */
  readonly winner: MergeSide | null;
  /** Why that side wins, or why a choice is needed. */
  readonly reason: string;
};

export type CodeDifferenceKind =
  'renamed' | 'changed' | 'retired' | 'unretired' | 'moved' | 'merged';

export type CodeFieldDifference = {
  readonly field: string;
  readonly base: CodeFieldValue;
  readonly incoming: CodeFieldValue;
};

/** A new code whose name an existing code with another GUID has. */
export type SameNameCode = {
  readonly incoming: Code;
  readonly existing: Code;
  readonly source: string;
};

export type SetChange =
  | { readonly kind: 'added'; readonly set: CodeSet; readonly source: string }
  | {
      readonly kind: 'members_added';
      readonly set: CodeSet;
      readonly codeIds: readonly CodeId[];
      readonly source: string;
    }
  | {
      /** Same name, other GUID: its members join the project's set. */
      readonly kind: 'mapped';
      readonly set: CodeSet;
      readonly into: CodeSet;
      readonly source: string;
    };

export type CodersPlan = {
  readonly added: readonly AddedCoder[];
  /** Coders both sides have, with how many codings each side brings. */
  readonly shared: readonly SharedCoder[];
};

export type AddedCoder = { readonly coder: Coder; readonly source: string };

export type SharedCoder = {
  readonly coder: Coder;
  readonly source: string;
  readonly incomingCodings: number;
};

export type LayersPlan = {
  readonly added: number;
  readonly identical: number;
  /** Every coding that lost to a more recent one, from either side. */
  readonly overwritten: readonly OverwrittenCoding[];
};

export type OverwrittenCoding = {
  readonly coderId: CoderId;
  readonly recordKey: RecordKey;
  /** The side whose coding was overwritten ('base' or a file name). */
  readonly from: string;
  readonly coding: RecordCoding;
  /** Where the winning coding comes from. */
  readonly keptFrom: string;
  readonly kept: RecordCoding;
};

export type ConsensusPlan = {
  readonly added: number;
  readonly identical: number;
  readonly conflicts: readonly ConsensusConflict[];
};

export type ConsensusConflict = {
  /** `recordKey` and code GUID joined by a space. */
  readonly id: string;
  readonly base: ConsensusDecision;
  readonly incoming: ConsensusDecision;
  readonly source: string;
};

/** One line of the merge log: what came from where, every choice made. */
export type MergeLogEntry = {
  readonly action: MergeAction;
  /** 'base' or the file the item came from. */
  readonly source: string;
  readonly record: string;
  readonly coder: string;
  readonly code: string;
  readonly column: string;
  /** 'auto' when a rule decided; otherwise the choice given. */
  readonly choice: '' | 'auto' | MergeSide | SameNameChoice;
  readonly kept: string;
  readonly replaced: string;
  readonly detail: string;
};

export type MergeAction =
  | 'record_added'
  | 'column_added'
  | 'field_taken'
  | 'field_kept'
  | 'code_added'
  | 'code_updated'
  | 'code_kept'
  | 'code_mapped'
  | 'code_kept_apart'
  | 'set_added'
  | 'set_mapped'
  | 'set_member_added'
  | 'coder_added'
  | 'coding_added'
  | 'coding_replaced'
  | 'coding_kept'
  | 'consensus_added'
  | 'consensus_taken'
  | 'consensus_kept';

export type MergeResult = {
  readonly snapshot: ProjectSnapshot;
  readonly log: readonly MergeLogEntry[];
  /** False when the merge changed nothing (the snapshot is the base). */
  readonly changed: boolean;
  /** The parts of the snapshot that differ from the base, for storage. */
  readonly parts: readonly SnapshotPartName[];
};
