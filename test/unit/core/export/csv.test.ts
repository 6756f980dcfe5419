import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  EXCEL_CELL_LIMIT,
  neutraliseCell,
  restoreNeutralisedCell,
  writeCsv,
} from '../../../../src/core/export';

/** Parses CSV text back into cells (RFC 4180). */
function cells(text: string, delimiter = ','): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter,
    newline: '\r\n',
  }).data;
}

describe('writeCsv neutralisation', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTAB first', "'\tTAB first"],
    ['\rCR first', "'\rCR first"],
    ['=1\n=2', "'=1\n=2"],
    ['-', "'-"],
    ["'=already quoted", "''=already quoted"],
  ])('prefixes %j with an apostrophe', (value, written) => {
    const { text } = writeCsv(['cell'], [[value]]);
    expect(cells(text)[1]).toEqual([written]);
    expect(restoreNeutralisedCell(written)).toBe(value);
  });

  it.each(['-3.5', '+2', '-0', '1e-3', '-.5', '42', 'plain', "'quoted", ''])(
    'leaves %j alone',
    (value) => {
      const { text } = writeCsv(['cell'], [[value]]);
      expect(cells(text)[1]).toEqual([value]);
      expect(neutraliseCell(value)).toBe(value);
    },
  );

  it('quotes a neutralised multi-line cell so it stays one cell', () => {
    const { text } = writeCsv(['a', 'b'], [['=HYPERLINK("x")\nline 2', 'ok']]);
    expect(text).toBe('a,b\r\n"\'=HYPERLINK(""x"")\nline 2",ok');
  });

  it('writes cells as they are with neutralisation off', () => {
    const { text } = writeCsv(['a'], [['=1+1']], { neutralise: false });
    expect(text).toBe('a\r\n=1+1');
  });

  it('neutralises a formula-like header too', () => {
    const { text } = writeCsv(['=bad header'], []);
    expect(text).toBe('"\'=bad header"');
  });
});

describe('writeCsv layout', () => {
  it('quotes delimiters, quotes, line breaks and edge spaces (RFC 4180)', () => {
    const row = ['a,b', 'say "hi"', 'two\r\nlines', ' padded ', 'plain'];
    const { text } = writeCsv(['1', '2', '3', '4', '5'], [row]);
    expect(text).toBe(
      '1,2,3,4,5\r\n"a,b","say ""hi""","two\r\nlines"," padded ",plain',
    );
    expect(cells(text)[1]).toEqual(row);
  });

  it('starts with a byte-order mark only when asked', () => {
    expect(writeCsv(['a'], [['1']], { bom: true }).text).toBe('\uFEFFa\r\n1');
    expect(writeCsv(['a'], [['1']]).text.charCodeAt(0)).toBe(0x61);
  });

  it.each([
    [';', 'a;b\r\n"x;y";2'],
    ['\t', 'a\tb\r\n"x\ty"\t2'],
    ['|', 'a|b\r\n"x|y"|2'],
  ])('uses the delimiter %j and quotes cells holding it', (delimiter, out) => {
    const row = [`x${delimiter}y`, '2'];
    const { text } = writeCsv(['a', 'b'], [row], { delimiter });
    expect(text).toBe(out);
    expect(cells(text, delimiter)[1]).toEqual(row);
  });

  it('can end lines with LF', () => {
    expect(writeCsv(['a'], [['1'], ['2']], { newline: '\n' }).text).toBe(
      'a\n1\n2',
    );
  });
});

describe("Excel's cell limit", () => {
  it('warns about a cell over 32,767 characters, naming row and column', () => {
    const long = 'x'.repeat(EXCEL_CELL_LIMIT + 1);
    const exact = 'y'.repeat(EXCEL_CELL_LIMIT);
    const { text, warnings } = writeCsv(
      ['key', 'notes'],
      [
        ['P-1', exact],
        ['P-2', long],
      ],
    );
    expect(warnings).toEqual([
      {
        row: 2,
        column: 'notes',
        code: 'CELL_TOO_LONG',
        message:
          'Row 2, column "notes" holds 32768 characters; Excel shows at ' +
          'most 32767 and cuts the rest when the file is opened there. The ' +
          'CSV keeps the whole text.',
        severity: 'warning',
      },
    ]);
    expect(cells(text)[2]?.[1]).toHaveLength(EXCEL_CELL_LIMIT + 1);
  });

  it('lists twenty long cells, then sums up the rest', () => {
    const long = 'x'.repeat(EXCEL_CELL_LIMIT + 5);
    const rows = Array.from({ length: 23 }, () => [long]);
    const { warnings } = writeCsv(['notes'], rows);
    expect(warnings).toHaveLength(21);
    expect(warnings[20]?.message).toBe('… and 3 more cells over the limit.');
  });
});
