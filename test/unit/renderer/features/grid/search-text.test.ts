import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../../src/core/search/quick-search';
import type { GridRow } from '../../../../../src/renderer/features/grid/grid-row';
import { rowMatches } from '../../../../../src/renderer/features/grid/search-text';

describe('grid quick search', () => {
  it('finds a row by the key column, not by a generated key', () => {
    const rows: GridRow[] = [
      { key: 'LP-0042', fields: { id: 'LP-0042', name: 'Harbor Hub' } },
      { key: 'r-3fa9c1d2e4b5a6f7', fields: { name: 'Tulsa Museum' } },
      { key: 'r-cafe00d2e4b5a6f7', fields: { name: 'Austin Camp' } },
    ];
    const foundBy = (text: string) =>
      rows
        .filter((row) => rowMatches(row, parseSearchQuery(text)))
        .map((row) => row.key);

    expect(foundBy('lp-0042')).toEqual(['LP-0042']);
    expect(foundBy('3fa9')).toEqual([]);
    expect(foundBy('cafe')).toEqual([]);
    expect(foundBy('r-')).toEqual([]);
    expect(foundBy('museum')).toEqual(['r-3fa9c1d2e4b5a6f7']);
  });

  it('finds a row in NFD by a query in NFC', () => {
    const row: GridRow = {
      key: 'r-0000000000000001',
      fields: { city: 'Me\u0301xico City' },
    };

    expect(rowMatches(row, parseSearchQuery('M\u00e9xico'))).toBe(true);
    expect(rowMatches(row, parseSearchQuery('Mexico'))).toBe(false);
  });
});
