import {
  addCode,
  deleteCode,
  listChildren,
  type Code,
  type Codebook,
  type CodebookContext,
} from '../../../core/codebook';
import { listUsedCodeIds } from '../../../core/coding';
import type { CodeId, ProjectId } from '../../../core/model/ids';
import { ok } from '../../../core/model/problem';
import type { ProjectRepository } from '../../../core/repository/types';
import type { CodebookOperation } from './useCodebookEditor';

/** Name of a code just added, before the user types its own. */
const NEW_CODE_NAME = 'New code';

/**
 * Adds a code named "New code" (numbered when a sibling has that name)
 * as the last child of `parent`, or just after `sibling`; `onAdded`
 * learns its GUID.
 */
export function createAddCode(
  place:
    | { readonly kind: 'child'; readonly parent: Code | null }
    | { readonly kind: 'sibling'; readonly sibling: Code },
  onAdded: (id: CodeId) => void,
): CodebookOperation {
  return (book: Codebook, context: CodebookContext) => {
    const parentId =
      place.kind === 'child'
        ? (place.parent?.id ?? null)
        : place.sibling.parentId;
    const siblings = listChildren(book.codes, parentId);
    const index =
      place.kind === 'child'
        ? siblings.length
        : siblings.findIndex((each) => each.id === place.sibling.id) + 1;
    const name = pickNewName(siblings);
    const added = addCode(book, { name, parentId, index }, context);
    if (!added.ok) return added;

    onAdded(added.value.code.id);
    return ok(added.value.codebook);
  };
}

/**
 * Whether each code GUID has codings or consensus decisions, read fresh
 * from storage, as `deleteCode` and `replaceCodebook` need it.
 */
export async function loadCodeUsage(
  repository: ProjectRepository,
  projectId: ProjectId,
): Promise<(codeId: CodeId) => boolean> {
  const [codings, consensus] = await Promise.all([
    repository.loadLayers(projectId),
    repository.loadConsensus(projectId),
  ]);
  const used = listUsedCodeIds(codings, consensus);
  return (codeId) => used.has(codeId);
}

/** Deleting a code, refused by core when it has codings or children. */
export function createDeleteCode(
  id: CodeId,
  isUsed: (codeId: CodeId) => boolean,
): CodebookOperation {
  return (book, context) => deleteCode(book, id, isUsed, context);
}

function pickNewName(siblings: readonly Code[]): string {
  const names = new Set(siblings.map((code) => code.name.toLowerCase()));
  if (!names.has(NEW_CODE_NAME.toLowerCase())) return NEW_CODE_NAME;

  let n = 2;
  while (names.has(`${NEW_CODE_NAME} ${n}`.toLowerCase())) n += 1;
  return `${NEW_CODE_NAME} ${n}`;
}
