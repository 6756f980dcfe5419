import { describe, expect, it } from 'vitest';
import { asColumnKey } from '../../../../src/core/model/ids';
import {
  buildRecords,
  generateRecordKeys,
  parseScanText,
  suggestKeyColumns,
} from '../../../../src/core/scan';
import { problemCodes } from './fixtures';

const scan = parseScanText(
  'id,code,name,city\n' +
    'P-1,A, Ann ,Oslo\n' +
    'P-2,B,Bo,\n' +
    'P-3,A,Cy,Rome\n' +
    'P-4, ,Di,Pisa\n',
);

describe('suggestKeyColumns', () => {
  it('offers the columns whose values are all present and unique', () => {
    expect(suggestKeyColumns(scan)).toEqual(['id', 'name']);
  });

  it('never offers the overflow column', () => {
    const ragged = parseScanText('a,b\n1,2,x\n2,3,y\n');

    expect(ragged.columns.map((column) => column.key)).toContain('_overflow');
    expect(suggestKeyColumns(ragged)).toEqual(['a', 'b']);
  });
});

describe('buildRecords', () => {
  it('keys records by a column and keeps every field as read', () => {
    const result = buildRecords(scan, {
      keyColumn: asColumnKey('name'),
      batchId: 'batch-1',
    });

    expect(result).toEqual({
      ok: true,
      value: [
        {
          key: 'Ann',
          fields: { id: 'P-1', code: 'A', name: ' Ann ', city: 'Oslo' },
          batchId: 'batch-1',
          sourceRow: 1,
        },
        {
          key: 'Bo',
          fields: { id: 'P-2', code: 'B', name: 'Bo', city: '' },
          batchId: 'batch-1',
          sourceRow: 2,
        },
        {
          key: 'Cy',
          fields: { id: 'P-3', code: 'A', name: 'Cy', city: 'Rome' },
          batchId: 'batch-1',
          sourceRow: 3,
        },
        {
          key: 'Di',
          fields: { id: 'P-4', code: ' ', name: 'Di', city: 'Pisa' },
          batchId: 'batch-1',
          sourceRow: 4,
        },
      ],
    });
  });

  it('refuses duplicate and empty keys, naming every row', () => {
    const result = buildRecords(scan, {
      keyColumn: asColumnKey('code'),
      batchId: 'batch-1',
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(problemCodes(result.error)).toEqual([
      ['KEY_DUPLICATE', 1, 'code'],
      ['KEY_DUPLICATE', 3, 'code'],
      ['KEY_EMPTY', 4, 'code'],
    ]);
    expect(result.error[0]?.message).toBe(
      'Key "A" in row 1 is also in row 3. Keys must be unique: fix the ' +
        'file, choose another key column, or let Podscan generate keys.',
    );
    expect(result.error.every((p) => p.severity === 'error')).toBe(true);
  });

  it('names five other rows of a repeated key and counts the rest', () => {
    const repeated = parseScanText(`id\n${'x\n'.repeat(8)}`);
    const result = buildRecords(repeated, {
      keyColumn: asColumnKey('id'),
      batchId: 'batch-1',
    });

    expect(result.ok ? null : result.error[2]?.message).toBe(
      'Key "x" in row 3 is also in rows 1, 2, 4, 5, 6 and 2 more. Keys ' +
        'must be unique: fix the file, choose another key column, or let ' +
        'Podscan generate keys.',
    );
  });

  it('refuses a 100,000-row column of one value in one pass', () => {
    const repeated = parseScanText(`id\n${'x\n'.repeat(100_000)}`);
    const result = buildRecords(repeated, {
      keyColumn: asColumnKey('id'),
      batchId: 'batch-1',
    });

    expect(result.ok ? 0 : result.error.length).toBe(100_000);
  });

  it('refuses a key column the file does not have', () => {
    const result = buildRecords(scan, {
      keyColumn: asColumnKey('missing'),
      batchId: 'batch-1',
    });

    expect(result.ok ? [] : problemCodes(result.error)).toEqual([
      ['KEY_COLUMN_UNKNOWN', null, 'missing'],
    ]);
  });

  it('generates keys when asked', () => {
    const result = buildRecords(scan, { keyColumn: null, batchId: 'b' });

    expect(result.ok && result.value.map((record) => record.key)).toEqual(
      generateRecordKeys(scan),
    );
  });
});

describe('generateRecordKeys', () => {
  it('derives a key from the SHA-256 of the row', () => {
    const keys = generateRecordKeys(parseScanText('a,b\n1,x\n'));

    // SHA-256 of ["a","1","b","x"] as JSON, first 8 bytes in hex.
    expect(keys).toEqual(['r-09e4cf696105813c']);
  });

  it('numbers the copies of identical rows in file order', () => {
    const keys = generateRecordKeys(parseScanText('a,b\n1,x\n2,y\n1,x\n1,x\n'));

    expect(keys[2]).toBe(`${keys[0]}-2`);
    expect(keys[3]).toBe(`${keys[0]}-3`);
    expect(new Set(keys).size).toBe(4);
  });

  it('gives unchanged rows the same keys in every version of the file', () => {
    const first = parseScanText('a,b\n1,x\n2,y\n3,z\n');
    const later = parseScanText('b,a,extra\nz,3,\nw,4,\nx,1,\n');
    const firstKeys = generateRecordKeys(first);
    const [three, four, one] = generateRecordKeys(later);

    // Column order and a new, empty column change nothing; new values do.
    expect([one, three]).toEqual([firstKeys[0], firstKeys[2]]);
    expect(firstKeys).not.toContain(four);
  });

  it('reports progress while hashing', () => {
    const fractions: number[] = [];
    generateRecordKeys(scan, (fraction) => fractions.push(fraction));

    expect(fractions).toEqual([0, 0.25, 0.5, 0.75]);
  });
});
