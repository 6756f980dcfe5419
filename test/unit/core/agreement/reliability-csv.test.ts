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

  it('asks for an order when text categories need one, with an example', () => {
    const result = parseReliabilityMatrix('coder,u1\nA,low\nB,high\n', {
      needsOrder: true,
    });

    expect(result.ok ? null : result.error.code).toBe('CATEGORY_ORDER_NEEDED');
    expect(result.ok ? null : result.error.message).toContain(
      'give it with --categories (for example --categories low,high, in ' +
        'the right order), or code the categories as numbers',
    );
  });

  it('says what to do about text at the interval level', () => {
    const result = parseReliabilityMatrix('coder,u1\nA,1\nB,two\n', {
      needsNumbers: true,
    });

    expect(result.ok ? null : result.error.message).toContain(
      'correct the value, or use --level ordinal with --categories',
    );
  });

  it('refuses a coder given twice, naming both rows', () => {
    const result = parseReliabilityMatrix('coder,u1,u2\nA,1,2\nB,1,1\nA,1,2\n');

    expect(result.ok ? null : result.error).toEqual({
      row: 3,
      column: null,
      code: 'MATRIX_DUPLICATE_CODER',
      message:
        'coder "A" is in rows 1 and 3; each coder needs one row: rename ' +
        'one if they are different coders, or remove the repeated row',
      severity: 'error',
    });
  });

  it('refuses a coder column given twice in the transposed layout', () => {
    const result = parseReliabilityMatrix('unit,A,B,A\nu1,1,1,1\nu2,2,1,2\n', {
      unitsAsRows: true,
    });

    expect(result.ok ? null : result.error).toMatchObject({
      row: null,
      column: 'A',
      code: 'MATRIX_DUPLICATE_CODER',
      message: expect.stringContaining(
        'coder "A" is in columns 2 and 4; each coder needs one column',
      ) as string,
    });
  });

  it('warns about a repeated unit label and keeps both units', () => {
    const result = parsed('coder,u1,u1,u2\nA,1,2,1\nB,1,2,2\n');

    expect(result.units).toEqual(['u1', 'u1', 'u2']);
    expect(ratings(result)).toEqual([0, 1, 0, 0, 1, 1]);
    expect(result.warnings).toEqual([
      {
        row: null,
        column: 'u1',
        code: 'MATRIX_DUPLICATE_UNIT',
        message:
          'unit "u1" is in columns 2 and 3; they are counted as different ' +
          'units: remove the repeats if a unit was entered twice, or ' +
          'rename them',
        severity: 'warning',
      },
    ]);
  });

  it('names the rows of a repeated unit in the transposed layout', () => {
    const result = parsed('unit,A,B\nu1,1,1\nu2,1,2\nu1,2,2\n', {
      unitsAsRows: true,
    });

    expect(result.warnings.map((warning) => warning.row)).toEqual([3]);
    expect(result.warnings[0]!.message).toMatch(
      /^unit "u1" is in rows 1 and 3;/,
    );
  });

  it('lists the first five places of a label repeated many times', () => {
    const result = parsed(
      'coder,u,u,u,u,u,u,u\nA,1,1,1,1,1,1,1\nB,1,1,1,1,1,1,2\n',
    );

    expect(result.warnings[0]!.message).toMatch(
      /^unit "u" is in columns 2, 3, 4, 5, 6 and 2 more;/,
    );
  });

  it('takes empty labels as unlabelled, not repeated', () => {
    const result = parsed('coder,,,u3\n,1,2,1\n,1,2,2\n');

    expect(result.warnings).toEqual([]);
    expect(result.coders).toEqual(['', '']);
  });

  it('needs two or more coders with a value', () => {
    const one = parseReliabilityMatrix('coder,u1,u2\nA,1,2\n');
    const empty = parseReliabilityMatrix('coder,u1,u2\nA,,\nB,,\n');
    const oneColumn = parseReliabilityMatrix('unit,A,B\nu1,1,\nu2,2,\n', {
      unitsAsRows: true,
    });

    expect(one.ok ? null : one.error).toMatchObject({
      code: 'MATRIX_TOO_FEW_CODERS',
      message:
        'agreement needs two or more coders with at least one value; this ' +
        'matrix has 1 (A); add a row per coder (or use --units-as-rows if ' +
        'each row is a unit)',
    });
    expect(empty.ok ? null : empty.error.message).toContain(
      'this matrix has 0 (every cell is empty)',
    );
    expect(oneColumn.ok ? null : oneColumn.error.message).toContain(
      'this matrix has 1 (A); add a column per coder',
    );
  });

  it('reports a --categories list that repeats a category as an options problem', () => {
    const result = parseReliabilityMatrix('coder,u1\nA,low\nB,high\n', {
      categories: ['low', 'low'],
    });

    expect(result.ok ? null : result.error.code).toBe('CATEGORIES_INVALID');
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

  it('needs a unit counted by two or more coders', () => {
    const single = parseCountTable('yes,no\n1,0\n0,1\n');
    const empty = parseCountTable('yes,no\n,\n0,\n');

    expect(single.ok ? null : single.error).toMatchObject({
      code: 'COUNTS_TOO_FEW_CODERS',
      message:
        'agreement needs two or more coders of a unit; no row of this ' +
        'count table adds up to more than 1 (a cell holds how many coders ' +
        'chose that category for the unit)',
    });
    expect(empty.ok ? null : empty.error.message).toContain(
      'every cell of this count table is empty or 0',
    );
  });

  it('refuses a category named twice or a column without a name', () => {
    const twice = parseCountTable('unit,yes,no,yes\np1,1,1,1\n');
    const unnamed = parseCountTable('yes,,no\n1,1,0\n');

    expect(twice.ok ? null : twice.error).toEqual({
      row: null,
      column: 'yes',
      code: 'COUNTS_CATEGORY_REPEATED',
      message:
        'category "yes" heads columns 2 and 4; each category needs one ' +
        'column: add their counts into one, or rename one if they are ' +
        'different categories',
      severity: 'error',
    });
    expect(unnamed.ok ? null : unnamed.error.message).toBe(
      'column 2 of the header has no category name; name it, or remove ' +
        'the column if it holds no counts',
    );
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
