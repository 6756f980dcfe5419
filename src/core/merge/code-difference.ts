import type { Code } from '../codebook/types';
import { EDITABLE_CODE_FIELDS } from '../codebook/types';
import type { CodeId } from '../model/ids';
import type { CodebookFork } from './codebook-history';
import type {
  CodeDifferenceKind,
  CodeFieldDifference,
  MergeSide,
} from './types';

/**
 * How the file's `incoming` differs from the project's `current` (same
 * GUID): renamed, other fields changed, retired or restored, or moved to
 * `incomingParent` (the file's parent as a project GUID). Sibling order
 * alone is not a difference.
 */
export function listCodeDifferences(
  current: Code,
  incoming: Code,
  incomingParent: CodeId | null,
): {
  readonly kinds: CodeDifferenceKind[];
  readonly fields: CodeFieldDifference[];
} {
  const fields: CodeFieldDifference[] = EDITABLE_CODE_FIELDS.filter(
    (field) => current[field] !== incoming[field],
  ).map((field) => ({
    field,
    base: current[field],
    incoming: incoming[field],
  }));
  const kinds: CodeDifferenceKind[] = [];
  if (fields.some((each) => each.field === 'name')) kinds.push('renamed');
  if (fields.some((each) => each.field !== 'name')) kinds.push('changed');
  if (current.retired !== incoming.retired) {
    kinds.push(incoming.retired ? 'retired' : 'unretired');
    fields.push({
      field: 'retired',
      base: current.retired,
      incoming: incoming.retired,
    });
  }
  if (current.parentId !== incomingParent) {
    kinds.push('moved');
    fields.push({
      field: 'parent',
      base: current.parentId,
      incoming: incomingParent,
    });
  }
  return { kinds, fields };
}

/**
 * Which side's version of a code wins without asking: the side that
 * changed it after the shared history, else the newer codebook version;
 * null (a choice is needed) when both changed it or the versions tie.
 */
export function pickCodeWinner(
  id: string,
  fork: CodebookFork,
  versions: { readonly base: number; readonly incoming: number },
): { readonly winner: MergeSide | null; readonly reason: string } {
  const inBase = fork.baseTouched.has(id);
  const inFile = fork.incomingTouched.has(id);
  const since =
    fork.sharedVersion > 0
      ? `since the shared codebook version ${fork.sharedVersion}`
      : 'and the codebooks share no history';
  if (inFile && !inBase) {
    return { winner: 'incoming', reason: `only the file changed it ${since}` };
  }
  if (inBase && !inFile) {
    return { winner: 'base', reason: `only the project changed it ${since}` };
  }
  if (inBase && inFile) {
    return { winner: null, reason: `both sides changed it ${since}` };
  }
  if (versions.base === versions.incoming) {
    return {
      winner: null,
      reason: `both codebooks are at version ${versions.base}`,
    };
  }
  const newer = versions.incoming > versions.base ? 'incoming' : 'base';
  return {
    winner: newer,
    reason:
      `the ${newer === 'incoming' ? "file's" : "project's"} codebook is ` +
      `newer (version ${Math.max(versions.base, versions.incoming)} against ` +
      `${Math.min(versions.base, versions.incoming)})`,
  };
}
