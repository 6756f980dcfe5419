import type { CodeId } from '../model/ids';
import type {
  Codebook,
  CodebookChange,
  CodeFieldChange,
  CodeSetId,
} from './types';
import { countOf } from '../scan/problems';

/**
 * One sentence saying what a history entry changed, naming codes and sets
 * by their names in `codebook` (the current one) where they still exist.
 */
export function describeCodebookChange(
  change: CodebookChange,
  codebook: Codebook,
): string {
  const code = (id: CodeId | null): string => nameCode(codebook, id);
  const set = (id: CodeSetId): string => nameSet(codebook, id);
  const detail = change.detail;
  switch (detail.kind) {
    case 'create':
      return 'Created the codebook.';
    case 'import':
      return (
        `Imported ${countOf(detail.codeCount, 'code')} and ` +
        `${countOf(detail.setCount, 'set')} from ` +
        `${detail.format === 'qdc' ? 'a .qdc file' : 'a table'}.`
      );
    case 'add_code':
      return `Added ${quote(detail.name)} under ${code(detail.parentId)}.`;
    case 'update_code':
      return `Edited ${code(detail.codeId)}: ${detail.changes
        .map(describeFieldChange)
        .join('; ')}.`;
    case 'move_code':
      return (
        `Moved ${code(detail.codeId)} from ${code(detail.fromParentId)} ` +
        `(position ${detail.fromOrder + 1}) to ${code(detail.toParentId)} ` +
        `(position ${detail.toOrder + 1}).`
      );
    case 'merge_codes':
      return `Merged ${quote(detail.merged.name)} into ${code(detail.intoId)}.`;
    case 'retire_code':
      return `Retired ${code(detail.codeId)}.`;
    case 'unretire_code':
      return `Restored ${code(detail.codeId)} for coding.`;
    case 'delete_code':
      return `Deleted ${quote(detail.deleted.name)}.`;
    case 'add_set':
      return (
        `Added set ${quote(detail.name)} with ` +
        `${countOf(detail.codeIds.length, 'code')}.`
      );
    case 'update_set':
      return `Edited set ${set(detail.setId)}: ${detail.changes
        .map(
          (each) =>
            `${each.field} ${quote(each.before)} → ${quote(each.after)}`,
        )
        .join('; ')}.`;
    case 'remove_set':
      return `Removed set ${quote(detail.removed.name)}.`;
    case 'add_set_member':
      return `Added ${code(detail.codeId)} to set ${set(detail.setId)}.`;
    case 'remove_set_member':
      return `Took ${code(detail.codeId)} out of set ${set(detail.setId)}.`;
  }
}

function describeFieldChange(change: CodeFieldChange): string {
  const show = (value: CodeFieldChange['before']): string =>
    value === null
      ? 'none'
      : typeof value === 'boolean'
        ? value
          ? 'yes'
          : 'no'
        : quote(value);
  return `${change.field} ${show(change.before)} → ${show(change.after)}`;
}

function nameCode(codebook: Codebook, id: CodeId | null): string {
  if (id === null) return 'the top level';

  const code = codebook.codes.find((each) => each.id === id);
  return code === undefined ? `code ${id}` : quote(code.name);
}

function nameSet(codebook: Codebook, id: CodeSetId): string {
  const set = codebook.sets.find((each) => each.id === id);
  return set === undefined ? id : quote(set.name);
}

function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `"${short}"`;
}
