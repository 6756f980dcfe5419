import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSearchText,
  matchesQuery,
  parseSearchQuery,
} from '../../../../src/core/search/quick-search';
import { createSearchCache } from '../../../../src/core/search/search-cache';

const word = fc.constantFrom(
  'Harbor',
  'YMCA',
  'tutoring',
  'Museum',
  'camp',
  'Café',
  'ΣΧΟΛΕΙΟ',
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
  .array(fc.oneof(word, fc.constantFrom('ymc', 'arbor', 'é', 'σχολ', 'zz')), {
    minLength: 1,
    maxLength: 3,
  })
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
            if (index % 2 === 0) cache.prepare(`P${index}`, record);
          });

          const found = records.map((record, index) =>
            cache.matches(`P${index}`, record, parsed),
          );
          const expected = records.map((record, index) =>
            matchesQuery(buildSearchText(`P${index}`, record), parsed),
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
    for (const record of records) cache.prepare(record.key, record.fields);

    for (const target of [0, 1_023, 1_024, 2_047, 2_999]) {
      const parsed = parseSearchQuery(`TOK${target}X`);
      const found = records
        .filter((record) => cache.matches(record.key, record.fields, parsed))
        .map((record) => record.key);
      expect(found).toEqual([`P${target}`]);
    }
  });

  it('gives the same answer before and after a record is prepared', () => {
    const cache = createSearchCache();
    const record = { name: 'Harbor YMCA Hub', city: 'Tulsa' };
    const queries = ['ymca', 'ymca tulsa', 'zebra', 'hub austin', 'p7'];
    const answer = () =>
      queries.map((text) =>
        cache.matches('P7', record, parseSearchQuery(text)),
      );

    const before = answer();
    cache.prepare('P7', record);

    expect(before).toEqual([true, true, false, false, true]);
    expect(answer()).toEqual(before);
  });

  it('reads an edited record afresh and the old version as it was', () => {
    const cache = createSearchCache();
    const before = { name: 'Harbor Learning Hub', city: 'Tulsa' };
    const after = { ...before, city: 'Austin' };
    const austin = parseSearchQuery('austin');

    expect(cache.matches('P1', before, austin)).toBe(false);
    expect(cache.matches('P1', after, austin)).toBe(true);
    expect(cache.matches('P1', before, parseSearchQuery('tulsa'))).toBe(true);
  });
});
