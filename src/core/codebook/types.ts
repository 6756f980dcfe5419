import type { Brand, Clock, CodeId, IdGenerator } from '../model/ids';
import type { Problem } from '../model/problem';

export type CodeSetId = Brand<string, 'CodeSetId'>;

export const asCodeSetId = (value: string): CodeSetId => value as CodeSetId;

/** One code of the codebook; `isCodable: false` marks a grouping node. */
export type Code = {
  /** GUID; never changes, even when the code is renamed or moved. */
  readonly id: CodeId;
  readonly name: string;
  /** Null for a top-level code. */
  readonly parentId: CodeId | null;
  readonly definition: string;
  /** When to apply the code. */
  readonly include: string;
  /** When not to apply it, and what to use instead. */
  readonly exclude: string;
  readonly example: string;
  /** `#RRGGBB`, upper-case hex digits. */
  readonly color: string;
  /** One key, stored lower-case, or null. */
  readonly shortcut: string | null;
  readonly isCodable: boolean;
  /** Hidden from coding; its codings and history are kept. */
  readonly retired: boolean;
  /** Position among its siblings, 0 = first. */
  readonly order: number;
};

/** A theme grouping codes across the tree; a code may be in several. */
export type CodeSet = {
  /** GUID, as REFI-QDA requires for sets. */
  readonly id: CodeSetId;
  readonly name: string;
  readonly description: string;
  readonly codeIds: readonly CodeId[];
};

export type Codebook = {
  /** Increases by one on every change; codings record it. */
  readonly version: number;
  /** In tree order: each parent before its children, siblings by order. */
  readonly codes: readonly Code[];
  readonly sets: readonly CodeSet[];
  /** Merged-away code GUID → the GUID of the code it was merged into. */
  readonly aliases: Readonly<Record<string, CodeId>>;
  /** Oldest first; the last entry produced the current version. */
  readonly history: readonly CodebookChange[];
};

/** Fields of a code a user edits directly (not tree position or state). */
export type EditableCodeField =
  | 'name'
  | 'definition'
  | 'include'
  | 'exclude'
  | 'example'
  | 'color'
  | 'shortcut'
  | 'isCodable';

export const EDITABLE_CODE_FIELDS: readonly EditableCodeField[] = [
  'name',
  'definition',
  'include',
  'exclude',
  'example',
  'color',
  'shortcut',
  'isCodable',
];

export type CodeFieldValue = string | boolean | null;

export type CodeFieldChange = {
  readonly field: EditableCodeField;
  readonly before: CodeFieldValue;
  readonly after: CodeFieldValue;
};

export type SetFieldChange = {
  readonly field: 'name' | 'description';
  readonly before: string;
  readonly after: string;
};

/** One entry of the codebook history: who changed what, when. */
export type CodebookChange = {
  /** The version this change produced. */
  readonly version: number;
  readonly at: string;
  readonly actor: string;
  readonly detail: CodebookChangeDetail;
};

export type CodebookChangeDetail =
  | { readonly kind: 'create' }
  | {
      readonly kind: 'import';
      readonly format: 'qdc' | 'table';
      readonly codeCount: number;
      readonly setCount: number;
    }
  | {
      readonly kind: 'add_code';
      readonly codeId: CodeId;
      readonly name: string;
      readonly parentId: CodeId | null;
    }
  | {
      readonly kind: 'update_code';
      readonly codeId: CodeId;
      readonly changes: readonly CodeFieldChange[];
    }
  | {
      readonly kind: 'move_code';
      readonly codeId: CodeId;
      readonly fromParentId: CodeId | null;
      readonly toParentId: CodeId | null;
      readonly fromOrder: number;
      readonly toOrder: number;
    }
  | {
      readonly kind: 'merge_codes';
      readonly intoId: CodeId;
      /** The merged-away code as it was, so its definition stays on record. */
      readonly merged: Code;
    }
  | { readonly kind: 'retire_code'; readonly codeId: CodeId }
  | { readonly kind: 'unretire_code'; readonly codeId: CodeId }
  | { readonly kind: 'delete_code'; readonly deleted: Code }
  | {
      readonly kind: 'add_set';
      readonly setId: CodeSetId;
      readonly name: string;
      readonly codeIds: readonly CodeId[];
    }
  | {
      readonly kind: 'update_set';
      readonly setId: CodeSetId;
      readonly changes: readonly SetFieldChange[];
    }
  | { readonly kind: 'remove_set'; readonly removed: CodeSet }
  | {
      readonly kind: 'add_set_member';
      readonly setId: CodeSetId;
      readonly codeId: CodeId;
    }
  | {
      readonly kind: 'remove_set_member';
      readonly setId: CodeSetId;
      readonly codeId: CodeId;
    };

export type CodebookChangeKind = CodebookChangeDetail['kind'];

/** Who makes a change, the time source and the GUID source. */
export type CodebookContext = {
  readonly actor: string;
  readonly clock: Clock;
  readonly newId: IdGenerator;
};

/**
 * A codebook read from a file, with what the reader repaired or noticed;
 * nothing in `problems` is blocking.
 */
export type CodebookRead = {
  readonly codebook: Codebook;
  readonly problems: readonly CodebookProblem[];
};

/**
 * A codebook problem; `codeId` points the editor at the code concerned.
 * A summary of problems left unlisted ("… and 32 more like the above.")
 * says in `unlisted` how many it stands for.
 */
export type CodebookProblem = Problem & {
  readonly codeId?: CodeId;
  readonly unlisted?: number;
};

/**
 * Keys the coding loop uses itself (J/K move, D done, F flag, 1–9 toggle by
 * position), so no code may take them as a shortcut.
 */
export const RESERVED_SHORTCUTS: readonly string[] = [
  'j',
  'k',
  'd',
  'f',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
];
