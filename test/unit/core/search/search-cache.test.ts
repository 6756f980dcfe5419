import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSearchText,
  matchesQuery,
  parseSearchQuery,
} from '../../../../src/core/search/quick-search';
import { createSearchCache } from '../../../../src/core/search/search-cache';
import {
  mayContain,
  SIGNATURE_WORDS,
  writeSignature,
} from '../../../../src/core/search/trigrams';

const word = fc.constantFrom(
  'Harbor',
  'YMCA',
  'tutoring',
  'Museum',
  'camp',
  'Café',
  'Cafe\u0301',
  'ΣΧΟΛΕΙΟ',
  'ΟΔΟΣ',
  'Οδοσ',
  'sliding scale',
  'LP-042424',
  'free',
  '',
);
const fields = fc.record({
  name: fc.array(word, { maxLength: 4 }).map((parts) => parts.join(' ')),
  city: word,
  offerings: fc.array(word, { maxLength: 3 }).map((parts) => parts.join('; ')),
});
const query = fc
  .array(
    fc.oneof(
      word,
      fc.constantFrom('ymc', 'arbor', 'é', 'e\u0301', 'σχολ', 'οδος', 'zz'),
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((terms) => terms.join(' '));

describe('search cache', () => {
  it('matches exactly the records that hold every term, prepared or not', () => {
    fc.assert(
      fc.property(
        fc.array(fields, { minLength: 1, maxLength: 30 }),
        query,
        (records, text) => {
          const cache = createSearchCache();
          const parsed = parseSearchQuery(text);
          // Every other record prepared (signature written), the rest not.
          records.forEach((record, index) => {
            if (index % 2 === 0) cache.prepare(record);
          });

          const found = records.map((record) => cache.matches(record, parsed));
          const expected = records.map((record) =>
            matchesQuery(buildSearchText(record), parsed),
          );

          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds each of thousands of records by its own token', () => {
    const cache = createSearchCache();
    const records = Array.from({ length: 3_000 }, (_, index) => ({
      key: `P${index}`,
      fields: { name: `Hub ${index}`, code: `tok${index}x` },
    }));
    for (const record of records) cache.prepare(record.fields);

    for (const target of [0, 1_023, 1_024, 2_047, 2_999]) {
      const parsed = parseSearchQuery(`TOK${target}X`);
      const found = records
        .filter((record) => cache.matches(record.fields, parsed))
        .map((record) => record.key);
      expect(found).toEqual([`P${target}`]);
    }
  });

  it('gives the same answer before and after a record is prepared', () => {
    const cache = createSearchCache();
    const record = { id: 'P7', name: 'Harbor YMCA Hub', city: 'Tulsa' };
    const queries = ['ymca', 'ymca tulsa', 'zebra', 'hub austin', 'p7'];
    const answer = () =>
      queries.map((text) => cache.matches(record, parseSearchQuery(text)));

    const before = answer();
    cache.prepare(record);

    expect(before).toEqual([true, true, false, false, true]);
    expect(answer()).toEqual(before);
  });

  it('reads an edited record afresh and the old version as it was', () => {
    const cache = createSearchCache();
    const before = { name: 'Harbor Learning Hub', city: 'Tulsa' };
    const after = { ...before, city: 'Austin' };
    const austin = parseSearchQuery('austin');

    expect(cache.matches(before, austin)).toBe(false);
    expect(cache.matches(after, austin)).toBe(true);
    expect(cache.matches(before, parseSearchQuery('tulsa'))).toBe(true);
  });

  it('finds prepared records in either Unicode form, either sigma', () => {
    const cache = createSearchCache();
    const records: Readonly<Record<string, string>>[] = [
      { city: 'Me\u0301xico City' },
      { city: 'M\u00e9xico City' },
      { street: 'ΟΔΟΣΟ 12' },
      { street: 'Οδος Αθηνας' },
      { city: 'Mexico City' },
    ];
    for (const record of records) cache.prepare(record);
    const foundBy = (text: string) =>
      records.flatMap((record, index) =>
        cache.matches(record, parseSearchQuery(text)) ? [index] : [],
      );

    expect(foundBy('M\u00e9xico')).toEqual([0, 1]);
    expect(foundBy('Me\u0301xico')).toEqual([0, 1]);
    expect(foundBy('ΟΔΟΣ')).toEqual([2, 3]);
    expect(foundBy('αθηνασ')).toEqual([3]);
  });

  it('writes a signature that holds the NFC trigrams of an NFD record', () => {
    const query = parseSearchQuery('M\u00e9xico');
    const decomposed = 'Me\u0301xico City';

    // Unnormalised, the record's runs of three lack "méx" and "éxi".
    expect(
      mayContain(signatureOf(decomposed.toLowerCase()), 0, query.mask),
    ).toBe(false);
    expect(
      mayContain(
        signatureOf(buildSearchText({ city: decomposed })),
        0,
        query.mask,
      ),
    ).toBe(true);
  });
});

function signatureOf(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_WORDS);
  writeSignature(text, signature, 0);
  return signature;
}
