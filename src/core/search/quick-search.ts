import { normalizeNfc } from './nfc';
import { trigramMask, type TrigramMask } from './trigrams';

/**
 * Quick search across every field of a record: case-insensitive, every
 * whitespace-separated term must occur somewhere in the record. Record
 * and query are compared in one form (see foldSearchText).
 */
export type SearchQuery = {
  /** Distinct, in the order first typed. */
  readonly terms: readonly string[];
  /** The trigram bits a record's signature needs to match (trigrams.ts). */
  readonly mask: TrigramMask;
};

/** Separates fields so a term never matches across two of them. */
const FIELD_SEPARATOR = '\u0001';

/** The terms of typed or pasted text, each once. */
export function parseSearchQuery(text: string): SearchQuery {
  const words = foldSearchText(text)
    .split(/\s+/)
    .filter((term) => term !== '');
  const terms = [...new Set(words)];
  return { terms, mask: trigramMask(terms) };
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.length === 0;
}

/**
 * The text a record is searched in; build once per version of a record.
 * The record key is left out: a key from a key column is that column's
 * value, in the fields already, and a key Podscan generated is a hash
 * whose hex digits would match terms the record does not hold.
 */
export function buildSearchText(
  fields: Readonly<Record<string, string>>,
): string {
  return foldSearchText(Object.values(fields).join(FIELD_SEPARATOR));
}

export function matchesQuery(searchText: string, query: SearchQuery): boolean {
  for (const term of query.terms) {
    if (!searchText.includes(term)) return false;
  }
  return true;
}

const FINAL_SIGMA = '\u03c2';
const SIGMA = '\u03c3';

/**
 * NFC, lower case, and final sigma as the medial one, so "ΟΔΟΣ" (which
 * lower-cases to a final ς) is found in "οδοσο". Record text and query
 * must take the same form, or a trigram signature would rule out a record
 * that holds the term.
 */
function foldSearchText(text: string): string {
  const lower = normalizeNfc(text).toLocaleLowerCase();
  return lower.includes(FINAL_SIGMA)
    ? lower.replaceAll(FINAL_SIGMA, SIGMA)
    : lower;
}
