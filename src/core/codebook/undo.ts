import { fail, ok } from '../model/problem';
import { codeProblem, commitChange } from './change';
import type { CodebookResult } from './code-operations';
import { findCode } from './tree';
import type {
  Codebook,
  CodebookChange,
  CodebookChangeDetail,
  CodebookContext,
} from './types';

/** What `undoCodebookChange` needs: a change and the codebook before it. */
export type CodebookUndoStep = {
  /** The codebook as it was just before `change`. */
  readonly before: Codebook;
  readonly change: CodebookChange;
};

/**
 * True for changes an undo can take back. A merge cannot (the codings it
 * combined stay combined), nor an import or the creation.
 */
export function canUndoCodebookChange(change: CodebookChange): boolean {
  const kind = change.detail.kind;
  return kind !== 'merge_codes' && kind !== 'import' && kind !== 'create';
}

/**
 * Takes back `step.change` as a new version: the content of `step.before`
 * with the inverse change on record (a deleted code comes back as an
 * addition with the same GUID, an edit as the edit back, and so on), so
 * the history stays readable and every version can still be rebuilt.
 * `current` must hold what the change produced, unchanged since (the
 * caller checks the version); refuses changes `canUndoCodebookChange`
 * rejects.
 */
export function undoCodebookChange(
  current: Codebook,
  step: CodebookUndoStep,
  context: CodebookContext,
): CodebookResult {
  const detail = invertDetail(step.change.detail, current);
  if (detail === null) {
    return fail(
      codeProblem(
        'CODEBOOK_UNDO_UNSUPPORTED',
        'Merges and imports cannot be undone; merge or edit the codes ' +
          'again to change them.',
      ),
    );
  }
  const { codes, sets, aliases } = step.before;
  return ok(commitChange(current, { codes, sets, aliases }, detail, context));
}

function invertDetail(
  detail: CodebookChangeDetail,
  current: Codebook,
): CodebookChangeDetail | null {
  switch (detail.kind) {
    case 'create':
    case 'import':
    case 'merge_codes':
      return null;
    case 'add_code': {
      const code = findCode(current, detail.codeId);
      return code === undefined ? null : { kind: 'delete_code', deleted: code };
    }
    case 'delete_code': {
      const { id, name, parentId } = detail.deleted;
      return { kind: 'add_code', codeId: id, name, parentId };
    }
    case 'update_code':
      return {
        ...detail,
        changes: detail.changes.map(({ field, before, after }) => ({
          field,
          before: after,
          after: before,
        })),
      };
    case 'move_code':
      return {
        ...detail,
        fromParentId: detail.toParentId,
        toParentId: detail.fromParentId,
        fromOrder: detail.toOrder,
        toOrder: detail.fromOrder,
      };
    case 'retire_code':
      return { kind: 'unretire_code', codeId: detail.codeId };
    case 'unretire_code':
      return { kind: 'retire_code', codeId: detail.codeId };
    default:
      return invertSetDetail(detail, current);
  }
}

function invertSetDetail(
  detail: CodebookChangeDetail,
  current: Codebook,
): CodebookChangeDetail | null {
  switch (detail.kind) {
    case 'add_set': {
      const set = current.sets.find((each) => each.id === detail.setId);
      return set === undefined ? null : { kind: 'remove_set', removed: set };
    }
    case 'remove_set': {
      const { id, name, codeIds } = detail.removed;
      return { kind: 'add_set', setId: id, name, codeIds };
    }
    case 'update_set':
      return {
        ...detail,
        changes: detail.changes.map(({ field, before, after }) => ({
          field,
          before: after,
          after: before,
        })),
      };
    case 'add_set_member':
      return { ...detail, kind: 'remove_set_member' };
    case 'remove_set_member':
      return { ...detail, kind: 'add_set_member' };
    default:
      return null;
  }
}
