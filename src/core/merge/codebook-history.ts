import type { CodebookChange, CodebookChangeDetail } from '../codebook/types';
import { canonicalJson } from '../exchange/canonical';

/** What each side changed since the history both codebooks share. */
export type CodebookFork = {
  /** Version of the last shared history entry; 0 when none is shared. */
  readonly sharedVersion: number;
  /** GUIDs of codes and sets the project changed after the fork. */
  readonly baseTouched: ReadonlySet<string>;
  /** GUIDs of codes and sets the file changed after the fork. */
  readonly incomingTouched: ReadonlySet<string>;
};

/**
 * Finds where two codebook histories part (the longest equal prefix) and
 * which codes and sets each side changed after it. A code only one side
 * changed can take that side's version without asking.
 */
export function findCodebookFork(
  base: readonly CodebookChange[],
  incoming: readonly CodebookChange[],
): CodebookFork {
  let shared = 0;
  const length = Math.min(base.length, incoming.length);
  while (
    shared < length &&
    canonicalJson(base[shared]) === canonicalJson(incoming[shared])
  ) {
    shared += 1;
  }
  return {
    sharedVersion: shared === 0 ? 0 : (base[shared - 1]?.version ?? 0),
    baseTouched: collectTouched(base.slice(shared)),
    incomingTouched: collectTouched(incoming.slice(shared)),
  };
}

function collectTouched(changes: readonly CodebookChange[]): Set<string> {
  const touched = new Set<string>();
  for (const change of changes) {
    for (const id of listTouched(change.detail)) touched.add(id);
  }
  return touched;
}

function listTouched(detail: CodebookChangeDetail): readonly string[] {
  switch (detail.kind) {
    case 'create':
    case 'import':
      return [];
    case 'add_code':
    case 'update_code':
    case 'move_code':
    case 'retire_code':
    case 'unretire_code':
      return [detail.codeId];
    case 'merge_codes':
      return [detail.intoId, detail.merged.id];
    case 'delete_code':
      return [detail.deleted.id];
    case 'add_set':
    case 'update_set':
      return [detail.setId];
    case 'remove_set':
      return [detail.removed.id];
    case 'add_set_member':
    case 'remove_set_member':
      return [detail.setId];
  }
}
