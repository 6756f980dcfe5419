import {
  buildSearchText,
  matchesQuery,
  type SearchQuery,
} from './quick-search';
import { mayContain, SIGNATURE_WORDS, writeSignature } from './trigrams';

/** What a search reads of one version of a record. */
type SearchEntry = {
  readonly text: string;
  /** The block holding its trigram signature once written, and where. */
  signatures: Uint32Array | null;
  offset: number;
};

/** Signatures are kept in blocks of this many records. */
const BLOCK_RECORDS = 1_024;

type Fields = Readonly<Record<string, string>>;

export type SearchCache = {
  /**
   * Builds what a search of the record reads, text and signature, unless
   * already kept. Meant for idle time, ahead of the first search.
   */
  readonly prepare: (fields: Fields) => void;
  /** True when the record holds every term of `query`. */
  readonly matches: (fields: Fields, query: SearchQuery) => boolean;
};

/**
 * Keeps each record's search text and trigram signature, keyed by its
 * fields object: an edit replaces the fields, so an edited record is
 * rebuilt on its next search and an untouched one never. A search reads
 * the text only of records whose signature may hold every term. A search
 * that meets a record not prepared yet builds only its text (writing the
 * signature costs several times a plain scan of the text), and leaves
 * the signature to `prepare`.
 */
export function createSearchCache(): SearchCache {
  const entries = new WeakMap<Fields, SearchEntry>();
  let block = new Uint32Array(0);
  let used = BLOCK_RECORDS;

  const entryOf = (fields: Fields): SearchEntry => {
    let entry = entries.get(fields);
    if (entry === undefined) {
      entry = {
        text: buildSearchText(fields),
        signatures: null,
        offset: 0,
      };
      entries.set(fields, entry);
    }
    return entry;
  };

  const sign = (entry: SearchEntry): void => {
    if (used === BLOCK_RECORDS) {
      block = new Uint32Array(BLOCK_RECORDS * SIGNATURE_WORDS);
      used = 0;
    }
    entry.signatures = block;
    entry.offset = used * SIGNATURE_WORDS;
    used += 1;
    writeSignature(entry.text, block, entry.offset);
  };

  return {
    prepare: (fields) => {
      const entry = entryOf(fields);
      if (entry.signatures === null) sign(entry);
    },
    matches: (fields, query) => {
      const entry = entryOf(fields);
      if (
        entry.signatures !== null &&
        !mayContain(entry.signatures, entry.offset, query.mask)
      ) {
        return false;
      }
      return matchesQuery(entry.text, query);
    },
  };
}
