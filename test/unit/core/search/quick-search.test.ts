import { describe, expect, it } from 'vitest';
import {
  buildSearchText,
  isEmptyQuery,
  matchesQuery,
  parseSearchQuery,
} from '../../../../src/core/search/quick-search';

const record = buildSearchText('LP-0042', {
  name: 'Harbor City YMCA Learning Hub',
  city: 'Tulsa',
  offerings: 'Tutoring; Meals',
});

describe('quick search', () => {
  it('finds a record by any field, ignoring case', () => {
    expect(matchesQuery(record, parseSearchQuery('tulsa'))).toBe(true);
    expect(matchesQuery(record, parseSearchQuery('MEALS'))).toBe(true);
    expect(matchesQuery(record, parseSearchQuery('lp-0042'))).toBe(true);
  });

  it('needs every term, in any field and any order', () => {
    expect(matchesQuery(record, parseSearchQuery('tutoring ymca'))).toBe(true);
    expect(matchesQuery(record, parseSearchQuery('tutoring austin'))).toBe(
      false,
    );
  });

  it('never matches a term across the border of two fields', () => {
    expect(matchesQuery(record, parseSearchQuery('hubtulsa'))).toBe(false);
  });

  it('treats blank input as no search', () => {
    expect(isEmptyQuery(parseSearchQuery('   '))).toBe(true);
    expect(parseSearchQuery('  a   b ').terms).toEqual(['a', 'b']);
  });
});
