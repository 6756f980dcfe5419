import { describe, expect, it } from 'vitest';
import {
  parseCountTable,
  parseReliabilityMatrix,
  type ParsedMatrix,
} from '../../../../src/core/agreement';

function parsed(text: string, options = {}): ParsedMatrix {
  const result = parseReliabilityMatrix(text, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function ratings(result: ParsedMatrix): (number | null)[] {
  return [...result.matrix.ratings].map((value) =>
    value === 255 ? null : value,
  );
}

describe('parseReliabilityMatrix', () => {
  it('reads coders as rows, empty cells as missing, numbers sorted numerically', () => {
    const result = parsed('coder,u1,u2,u3\nA,10,2,\nB,2.0,10, 9 \n');

    expect(result.coders).toEqual(['A', 'B']);
    expect(result.units).toEqual(['u1', 'u2', 'u3']);
    expect(result.categories).toEqual(['2', '9', '10']);
    expect(result.positions).toEqual([2, 9, 10]);
    expect(ratings(result)).toEqual([2, 0, null, 0, 2, 1]);
  });

  it('keeps text categories in first-seen order, placed at 1..q', () => {
    const result = parsed('coder,u1,u2\nA,yes,no\nB,maybe,yes\n');

    expect(result.categories).toEqual(['yes', 'no', 'maybe']);
    expect(result.positions).toEqual([1, 2, 3]);
  });

  it('reads the transpose with unitsAsRows', () => {
    const byCoder = parsed('coder,u1,u2,u3\nA,1,2,\nB,1,,3\n');
    const byUnit = parsed('unit,A,B\nu1,1,1\nu2,2,\nu3,,3\n', {
      unitsAsRows: true,
    });

    expect(byUnit.coders).toEqual(byCoder.coders);
    expect(byUnit.units).toEqual(byCoder.units);
    expect(ratings(byUnit)).toEqual(ratings(byCoder));
  });

  it('uses declared categories in their order, including unused ones', () => {
    const result = parsed('coder,u1,u2\nA,low,high\nB,low,low\n', {
      categories: ['low', 'mid', 'high'],
    });

    expect(result.matrix.categoryCount).toBe(3);
    expect(ratings(result)).toEqual([0, 2, 0, 0]);
  });

  it('names the row of a ragged matrix', () => {
    const result = parseReliabilityMatrix('coder,u1,u2\nA,1,2\nB,1\n');

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'MATRIX_RAGGED',
        row: 2,
        message: expect.stringContaining('row 2 has 2 cells') as string,
      }) as object,
    });
  });

  it('names row and column of a non-numeric value at the interval level', () => {
    const result = parseReliabilityMatrix('coder,u1,u2\nA,1,2\nB,1,two\n', {
      needsNumbers: true,
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'VALUE_NOT_NUMERIC',
      row: 2,
      column: 'u2',
    });
    expect(result.error.message).toContain('row 2, column "u2": "two"');
  });

  it('names the coder column in the transposed layout', () => {
    const result = parseReliabilityMatrix('unit,A,B\nu1,1,x\n', {
      unitsAsRows: true,
      needsNumbers: true,
    });

    expect(result.ok ? null : result.error).toMatchObject({
      row: 1,
      column: 'B',
    });
  });

  it('asks for an order when text categories need one', () => {
    const result = parseReliabilityMatrix('coder,u1\nA,low\nB,high\n', {
      needsOrder: true,
    });

    expect(result.ok ? null : result.error.code).toBe('CATEGORY_ORDER_NEEDED');
  });

  it('rejects a value that is not a declared category', () => {
    const result = parseReliabilityMatrix('coder,u1\nA,low\nB,huge\n', {
      categories: ['low', 'high'],
    });

    expect(result.ok ? null : result.error).toMatchObject({
      code: 'VALUE_NOT_DECLARED',
      row: 2,
      column: 'u1',
    });
  });

  it('matches numeric declared categories by number', () => {
    const result = parsed('coder,u1,u2\nA,1.0,3\nB,1,2\n', {
      categories: ['3', '2', '1'],
    });

    expect(result.positions).toEqual([3, 2, 1]);
    expect(ratings(result)).toEqual([2, 0, 2, 1]);
  });

  it('reports an unterminated quote', () => {
    const result = parseReliabilityMatrix('coder,u1\nA,"1\nB,2\n');

    expect(result.ok ? null : result.error.code).toBe('CSV_INVALID');
  });

  it('reports a file without data rows', () => {
    const result = parseReliabilityMatrix('coder,u1,u2\n');

    expect(result.ok ? null : result.error.code).toBe('MATRIX_EMPTY');
  });
});

describe('parseCountTable', () => {
  it('reads counts per unit and category, empty cells as 0', () => {
    const result = parseCountTable('a,b,c\n2,1,\n0,0,3\n');

    expect(result.ok && result.value.categories).toEqual(['a', 'b', 'c']);
    expect(result.ok && [...result.value.table.counts]).toEqual([
      2, 1, 0, 0, 0, 3,
    ]);
  });

  it('takes unit labels from a first column headed unit', () => {
    const result = parseCountTable('unit,yes,no\np1,3,0\np2,1,2\n');

    expect(result.ok && result.value.units).toEqual(['p1', 'p2']);
    expect(result.ok && result.value.categories).toEqual(['yes', 'no']);
  });

  it('names the cell that is not a count', () => {
    const result = parseCountTable('yes,no\n3,0\n1,-2\n');

    expect(result.ok ? null : result.error).toMatchObject({
      code: 'COUNT_INVALID',
      row: 2,
      column: 'no',
    });
  });
});
