import { createSearchCache } from '../../../core/search/search-cache';
import type { SearchQuery } from '../../../core/search/quick-search';
import type { GridRow } from './grid-row';

const cache = createSearchCache();

/** True when the row holds every term of the quick search. */
export function rowMatches(row: GridRow, query: SearchQuery): boolean {
  return cache.matches(row.fields, query);
}

/**
 * Builds what quick search reads of every row in small slices while the
 * window is idle, so the first search is as quick as the later ones.
 * Returns a function that stops the work.
 */
export function prepareSearchText(rows: readonly GridRow[]): () => void {
  const SLICE = 1_000;
  let next = 0;
  let handle = 0;

  const work = (deadline: IdleDeadline) => {
    while (next < rows.length && deadline.timeRemaining() > 2) {
      const end = Math.min(rows.length, next + SLICE);
      for (; next < end; next += 1) {
        const row = rows[next]!;
        cache.prepare(row.fields);
      }
    }
    if (next < rows.length) handle = requestIdleCallback(work);
  };
  handle = requestIdleCallback(work);

  return () => cancelIdleCallback(handle);
}
