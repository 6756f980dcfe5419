import { buildSearchText } from '../../../core/search/quick-search';
import type { GridRow } from './grid-row';

// Keyed by the fields object, which an edit replaces: an edited record is
// rebuilt on the next search, an untouched one never.
const cache = new WeakMap<object, string>();

/** The lower-case text quick search looks in, built once per version. */
export function searchTextOf(row: GridRow): string {
  let text = cache.get(row.fields);
  if (text === undefined) {
    text = buildSearchText(row.key, row.fields);
    cache.set(row.fields, text);
  }
  return text;
}

/**
 * Builds the search text of every row in small slices while the window is
 * idle, so the first search is as quick as the later ones. Returns a
 * function that stops the work.
 */
export function prepareSearchText(rows: readonly GridRow[]): () => void {
  const SLICE = 2_000;
  let next = 0;
  let handle = 0;

  const work = (deadline: IdleDeadline) => {
    while (next < rows.length && deadline.timeRemaining() > 2) {
      const end = Math.min(rows.length, next + SLICE);
      for (; next < end; next += 1) searchTextOf(rows[next]!);
    }
    if (next < rows.length) handle = requestIdleCallback(work);
  };
  handle = requestIdleCallback(work);

  return () => cancelIdleCallback(handle);
}
