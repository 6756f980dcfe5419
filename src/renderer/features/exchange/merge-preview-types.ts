import type { CodeFieldValue } from '../../../core/codebook';
import type {
  CodeDifferenceKind,
  MergeSide,
  UnresolvedChoice,
} from '../../../core/merge';
import type { ConsensusDecision } from '../../../core/model/coding';

/**
 * The dry run of a merge as the Exchange tab shows it: plain data, names
 * instead of GUIDs where the project knows them, long lists cut to
 * PREVIEW_LIST_LIMIT (merge-preview.ts) items (their totals kept), and how many choices of
 * each kind are still needed.
 */
export type MergePreview = {
  readonly files: readonly PreviewFile[];
  readonly warnings: readonly string[];
  readonly records: {
    readonly matched: number;
    readonly identical: number;
    readonly added: number;
    readonly addedKeys: readonly string[];
    readonly columnsAdded: readonly PreviewColumn[];
    /** Conflicting fields grouped by record and file. */
    readonly conflicts: readonly RecordConflict[];
    readonly conflictRecords: number;
  };
  readonly codebook: {
    readonly added: readonly PreviewCode[];
    readonly differences: readonly PreviewDifference[];
    readonly sameName: readonly PreviewSameName[];
    readonly sets: readonly PreviewSetChange[];
  };
  readonly coders: {
    readonly added: readonly PreviewCoder[];
    readonly shared: readonly (PreviewCoder & {
      readonly incomingCodings: number;
    })[];
  };
  readonly layers: {
    readonly added: number;
    readonly identical: number;
    readonly overwritten: readonly PreviewOverwritten[];
    readonly overwrittenCount: number;
  };
  readonly consensus: {
    readonly added: number;
    readonly identical: number;
    readonly conflicts: readonly PreviewConsensusConflict[];
  };
  /** Choices still needed, by kind (see MergeResolutions). */
  readonly unresolved: Readonly<Record<UnresolvedChoice['kind'], number>>;
  /**
   * False when the merge would change nothing (e.g. the same file again),
   * null while choices are still needed.
   */
  readonly wouldChange: boolean | null;
};

export type PreviewFile = {
  readonly name: string;
  readonly projectName: string;
  readonly exportedBy: string;
  readonly exportedAt: string;
  readonly records: number;
  readonly coders: number;
  readonly codings: number;
  readonly codebookVersion: number;
};

export type PreviewColumn = {
  readonly key: string;
  readonly label: string;
  readonly source: string;
};

export type RecordConflict = {
  readonly recordKey: string;
  readonly source: string;
  readonly fields: readonly {
    readonly column: string;
    readonly base: string;
    readonly incoming: string;
  }[];
};

export type PreviewCode = {
  readonly guid: string;
  readonly name: string;
  readonly source: string;
};

export type PreviewDifference = {
  readonly guid: string;
  readonly name: string;
  readonly kinds: readonly CodeDifferenceKind[];
  readonly fields: readonly {
    readonly field: string;
    readonly base: CodeFieldValue;
    readonly incoming: CodeFieldValue;
  }[];
  readonly source: string;
  readonly winner: MergeSide | null;
  readonly reason: string;
};

export type PreviewSameName = {
  readonly name: string;
  readonly incomingGuid: string;
  readonly existingGuid: string;
  readonly existingName: string;
  readonly source: string;
};

export type PreviewSetChange = {
  readonly kind: 'added' | 'members_added' | 'mapped';
  readonly name: string;
  readonly source: string;
};

export type PreviewCoder = {
  readonly id: string;
  readonly name: string;
  readonly initials: string;
  readonly source: string;
};

export type PreviewOverwritten = {
  readonly coder: string;
  readonly recordKey: string;
  readonly from: string;
  readonly overwritten: string;
  readonly overwrittenAt: string;
  readonly keptFrom: string;
  readonly kept: string;
  readonly keptAt: string;
};

export type PreviewDecision = {
  readonly value: ConsensusDecision['value'];
  readonly rationale: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
};

export type PreviewConsensusConflict = {
  readonly id: string;
  readonly recordKey: string;
  readonly code: string;
  readonly base: PreviewDecision;
  readonly incoming: PreviewDecision;
  readonly source: string;
};
