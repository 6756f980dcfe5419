import { describe, expect, it } from 'vitest';
import { asColumnKey } from '../../../../src/core/model/ids';
import type { Column } from '../../../../src/core/model/scan';
import { buildRecords } from '../../../../src/core/scan/keys';
import {
  buildSearchText,
  isEmptyQuery,
  matchesQuery,
  parseSearchQuery,
} from '../../../../src/core/search/quick-search';

const record = buildSearchText({
  id: 'LP-0042',
  name: 'Harbor City YMCA Learning Hub',
  city: 'Tulsa',
  offerings: 'Tutoring; Meals',
});

/** The records of `texts` whose search text holds every term of `query`. */
function found(texts: readonly string[], query: string): number[] {
  const parsed = parseSearchQuery(query);
  return texts.flatMap((text, index) =>
    matchesQuery(text, parsed) ? [index] : [],
  );
}

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
    expect(matchesQuery(record, parseSearchQuery('0042harbor'))).toBe(false);
  });

  it('treats blank input as no search', () => {
    expect(isEmptyQuery(parseSearchQuery('   '))).toBe(true);
    expect(parseSearchQuery('  a   b ').terms).toEqual(['a', 'b']);
  });
});

describe('quick search across Unicode forms', () => {
  const texts = [
    buildSearchText({ city: 'Me\u0301xico City' }),
    buildSearchText({ city: 'M\u00e9xico City' }),
    buildSearchText({ city: 'Mexico City' }),
  ];

  it('finds decomposed and precomposed accents alike', () => {
    expect(found(texts, 'M\u00e9xico')).toEqual([0, 1]);
    expect(found(texts, 'Me\u0301xico')).toEqual([0, 1]);
    expect(found(texts, 'mexico')).toEqual([2]);
  });

  it('reads the query in NFC', () => {
    expect(parseSearchQuery('Me\u0301xico').terms).toEqual(['m\u00e9xico']);
  });

  it('finds a Greek word whatever its sigmas', () => {
    const greek = [
      buildSearchText({ street: 'ΟΔΟΣΟ 12' }),
      buildSearchText({ street: 'Οδος Αθηνας' }),
      buildSearchText({ street: 'Πλατεία' }),
    ];

    expect(parseSearchQuery('ΟΔΟΣ').terms).toEqual(['οδο\u03c3']);
    expect(found(greek, 'ΟΔΟΣ')).toEqual([0, 1]);
    expect(found(greek, 'οδος')).toEqual([0, 1]);
    expect(found(greek, 'αθηνασ')).toEqual([1]);
  });
});

describe('quick search terms', () => {
  it('keeps each term once, in the order first typed', () => {
    expect(parseSearchQuery('the '.repeat(20)).terms).toEqual(['the']);
    expect(parseSearchQuery('Hub tulsa HUB hub Tulsa camp').terms).toEqual([
      'hub',
      'tulsa',
      'camp',
    ]);
  });

  it('treats terms equal after normalising as duplicates', () => {
    expect(parseSearchQuery('M\u00e9xico Me\u0301xico MÉXICO').terms).toEqual([
      'm\u00e9xico',
    ]);
    expect(parseSearchQuery('ΟΔΟΣ οδοσ').terms).toEqual(['οδο\u03c3']);
  });

  it('keeps a term that another term contains', () => {
    const texts = [
      buildSearchText({ name: 'Harbor Hub' }),
      buildSearchText({ name: 'Harbor Hubs' }),
    ];

    expect(parseSearchQuery('hub hubs hub').terms).toEqual(['hub', 'hubs']);
    expect(found(texts, 'hub hubs hub')).toEqual([1]);
    expect(found(texts, 'hubs hub')).toEqual([1]);
    expect(found(texts, 'hub')).toEqual([0, 1]);
  });
});

describe('quick search and record keys', () => {
  const columns: Column[] = [
    { key: asColumnKey('id'), label: 'ID', type: 'text' },
    { key: asColumnKey('name'), label: 'Name', type: 'text' },
  ];
  const rows = [
    [' LP-0042 ', 'Harbor Hub'],
    ['LP-0043', 'Tulsa Museum'],
  ];

  it('finds a record by a key from a key column, through its field', () => {
    const built = buildRecords(
      { columns, rows },
      { keyColumn: asColumnKey('id'), batchId: 'b1' },
    );
    if (!built.ok) throw new Error('records not built');
    const texts = built.value.map((scanRecord) =>
      buildSearchText(scanRecord.fields),
    );

    expect(built.value.map((scanRecord) => scanRecord.key)).toEqual([
      'LP-0042',
      'LP-0043',
    ]);
    expect(found(texts, 'lp-0042')).toEqual([0]);
    expect(found(texts, 'LP-0043')).toEqual([1]);
  });

  it('never matches inside a key Podscan generated', () => {
    const built = buildRecords(
      { columns, rows },
      { keyColumn: null, batchId: 'b1' },
    );
    if (!built.ok) throw new Error('records not built');
    const texts = built.value.map((scanRecord) =>
      buildSearchText(scanRecord.fields),
    );
    const [first] = built.value;

    expect(first?.key).toMatch(/^r-[0-9a-f]{16}$/);
    expect(found(texts, first?.key ?? '')).toEqual([]);
    expect(found(texts, first?.key.slice(2, 6) ?? '')).toEqual([]);
    expect(found(texts, 'harbor')).toEqual([0]);
  });
});
