import { resolveCodeId } from '../codebook/merge';
import { findCode } from '../codebook/tree';
import type { Code, Codebook } from '../codebook/types';
import type { CodeId } from '../model/ids';
import type { MergeContext } from './codebook-apply';
import type { CodebookFork } from './codebook-history';
import type {
  AddedCode,
  CodeDifference,
  MergeLogEntry,
  MergeResolutions,
  MergeSource,
  SameNameCode,
  SetChange,
  UnresolvedChoice,
} from './types';

/** The codebook being built and what the merge found so far. */
export type State = {
  codebook: Codebook;
  readonly added: AddedCode[];
  readonly differences: CodeDifference[];
  readonly sameName: SameNameCode[];
  readonly sets: SetChange[];
  readonly log: MergeLogEntry[];
  readonly unresolved: UnresolvedChoice[];
};

/** One file's turn: its codebook, fork and GUID mapping. */
export type SourceStep = {
  readonly state: State;
  readonly source: MergeSource;
  readonly incoming: Codebook;
  readonly fork: CodebookFork;
  readonly mapping: Map<CodeId, CodeId>;
  readonly resolutions: MergeResolutions | null;
  readonly context: MergeContext;
};

export function createState(base: Codebook): State {
  return {
    codebook: base,
    added: [],
    differences: [],
    sameName: [],
    sets: [],
    log: [],
    unresolved: [],
  };
}

/** The GUID a code of the file has in the project being built. */
export function mapId(step: SourceStep, id: CodeId): CodeId {
  const local = resolveCodeId(id, step.incoming.aliases);
  return resolveCodeId(
    step.mapping.get(local) ?? local,
    step.state.codebook.aliases,
  );
}

/** The file's parent of `code` as a project GUID; null if not there. */
export function mapParent(step: SourceStep, code: Code): CodeId | null {
  if (code.parentId === null) return null;

  const id = mapId(step, code.parentId);
  return findCode(step.state.codebook, id) === undefined ? null : id;
}

/** Names compare trimmed, NFC-normalised and ignoring case. */
export function normaliseName(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}
