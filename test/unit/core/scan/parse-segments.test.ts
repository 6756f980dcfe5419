import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseScanText } from '../../../../src/core/scan';

/**
 * A scan of about 3.5 MiB whose quoted fields hold line breaks,
 * delimiters and quotes, so that segment ends fall inside quoted fields.
 */
function largeScan(lineEnding: string): { text: string; rows: string[][] } {
  const rows: string[][] = [];
  for (let i = 0; i < 9_000; i++) {
    // Eight quoted line breaks per row: most segment ends fall inside.
    const part = `${lineEnding}"line" two, with ${'x'.repeat(i % 30)}.`;
    const note = `note ${i}${part.repeat(8)}`;
    rows.push([String(i), `name ${i}`, note, i % 7 === 0 ? '' : 'city']);
  }
  const text = Papa.unparse(
    { fields: ['id', 'name', 'note', 'city'], data: rows },
    { newline: lineEnding },
  );
  return { text: `${text}${lineEnding}`, rows };
}

describe('parseScan: progress', () => {
  it('reports growing fractions that end at 1', () => {
    const { text } = largeScan('\r\n');
    const fractions: number[] = [];
    parseScanText(text, { onProgress: (fraction) => fractions.push(fraction) });

    expect(fractions[0]).toBeLessThan(1);
    expect(fractions.at(-1)).toBe(1);
    const sorted = [...fractions].sort((a, b) => a - b);
    expect(fractions).toEqual(sorted);
  });

  it.each(['\n', '\r\n', '\r'])(
    'reads a large file with line ending %j exactly, in segments',
    (lineEnding) => {
      const { text, rows } = largeScan(lineEnding);
      const parsed = parseScanText(text, { onProgress: () => undefined });

      expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
      expect(parsed.rowCount).toBe(rows.length);
      expect(parsed.rows).toEqual(rows);
      expect(parsed.problems).toEqual([]);
    },
  );

  it('finds an unterminated quote in a later segment', () => {
    const { text } = largeScan('\n');
    const parsed = parseScanText(`${text}9000,"open,x\n9001,b,c,d\n`);

    expect(parsed.rowCount).toBe(9_001);
    expect(parsed.rows.at(-1)).toEqual([
      '9000',
      'open,x\n9001,b,c,d\n',
      '',
      '',
    ]);
    expect(parsed.problems.map((problem) => problem.code)).toEqual([
      'CSV_CELL_WHITESPACE',
      'CSV_UNTERMINATED_QUOTE',
      'CSV_ROW_TOO_SHORT',
    ]);
  });
});

describe('parseScan: round trip', () => {
  const cell = fc.string({ unit: 'binary', maxLength: 12 });
  const table = fc.integer({ min: 2, max: 5 }).chain((width) =>
    fc.record({
      width: fc.constant(width),
      rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 8,
      }),
      delimiter: fc.constantFrom(',', ';', '\t', '|'),
      lineEnding: fc.constantFrom('\n', '\r\n', '\r'),
    }),
  );

  it('reads back any table written as RFC 4180 CSV', () => {
    fc.assert(
      fc.property(table, ({ width, rows, delimiter, lineEnding }) => {
        const dataRows = rows.filter((row) => row.some((c) => c.trim()));
        fc.pre(dataRows.length > 0);
        fc.pre(!dataRows.flat().join('').includes('\u0000'));

        const fields = Array.from({ length: width }, (_, i) => `c${i + 1}`);
        const text = Papa.unparse(
          { fields, data: dataRows },
          { delimiter, newline: lineEnding },
        );
        const parsed = parseScanText(text);

        expect(parsed.delimiter).toBe(delimiter);
        expect(parsed.columns.map((column) => column.key)).toEqual(fields);
        expect(parsed.rows).toEqual(dataRows);
      }),
      { numRuns: 300 },
    );
  });
});
