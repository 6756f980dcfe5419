import { trigramMask, type TrigramMask } from './trigrams';

/**
 * Quick search across every field of a record: case-insensitive, every
 * whitespace-separated term must occur somewhere in the record.
 */
export type SearchQuery = {
  readonly terms: readonly string[];
  /** The trigram bits a record's signature needs to match (trigrams.ts). */
  readonly mask: TrigramMask;
};

/** Separates fields so a term never matches across two of them. */
const FIELD_SEPARATOR = '\u0001';

export function parseSearchQuery(text: string): SearchQuery {
  const terms = text
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
  return { terms, mask: trigramMask(terms) };
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.length === 0;
}

/** The text a record is searched in; build once per version of a record. */
export function buildSearchText(
  key: string,
  fields: Readonly<Record<string, string>>,
): string {
  let text = key;
  for (const name in fields) {
    text += FIELD_SEPARATOR + (fields[name] ?? '');
  }
  return text.toLocaleLowerCase();
}

export function matchesQuery(searchText: string, query: SearchQuery): boolean {
  for (const term of query.terms) {
    if (!searchText.includes(term)) return false;
  }
  return true;
}
