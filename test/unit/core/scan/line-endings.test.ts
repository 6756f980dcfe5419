import { describe, expect, it } from 'vitest';
import type { ParsedScan } from '../../../../src/core/scan';
import { parseScanText } from '../../../../src/core/scan';
import { SAMPLE_LENGTH, takeSample } from '../../../../src/core/scan/format';
import {
  countLineEndings,
  hasMixedLineBreaks,
  lineNumberAt,
} from '../../../../src/core/scan/line-endings';
import { problemCodes } from './fixtures';

describe('countLineEndings', () => {
  it('counts each kind and finds its first line break', () => {
    expect(countLineEndings('a\r\nb\nc\rd\r\ne\n', ',')).toEqual({
      counts: { crlf: 2, lf: 2, cr: 1 },
      firstAt: { crlf: 1, lf: 4, cr: 6 },
    });
  });

  it('reads a quote inside an unquoted cell as text', () => {
    const text = 'id,size\n1,12" screen\n2,x\r\n3,y\n';

    expect(countLineEndings(text, ',').counts).toEqual({
      crlf: 1,
      lf: 3,
      cr: 0,
    });
  });

  it('opens quoted fields at the start, after a line break or delimiter', () => {
    const text = '"a\r\nb",x\n1,"c""\r\nd"\n"e\rf",y\n';

    expect(countLineEndings(text, ',').counts).toEqual({
      crlf: 0,
      lf: 3,
      cr: 0,
    });
  });

  it('skips quoted fields that follow one another', () => {
    const text = '"a","b\r\nc","d""\n"\n"e\r",f\n';

    expect(countLineEndings(text, ',')).toEqual({
      counts: { crlf: 0, lf: 2, cr: 0 },
      firstAt: { crlf: -1, lf: 17, cr: -1 },
    });
  });

  it('ends a run of quoted fields at a character that is no delimiter', () => {
    const text = '"a";"b\nc"\n';

    expect(countLineEndings(text, ',').counts.lf).toBe(2);
    expect(countLineEndings(text, ';').counts.lf).toBe(1);
  });

  it('opens a quoted field only after the delimiters given', () => {
    const text = '1;"a\r\n2;b"\n';

    expect(countLineEndings(text, ',').counts).toEqual({
      crlf: 1,
      lf: 1,
      cr: 0,
    });
    expect(countLineEndings(text, ';').counts).toEqual({
      crlf: 0,
      lf: 1,
      cr: 0,
    });
  });

  it('closes a quoted field at a quote followed by other text', () => {
    expect(countLineEndings('1,"a"b\r\n2,c\n', ',').counts).toEqual({
      crlf: 1,
      lf: 1,
      cr: 0,
    });
  });

  it('counts nothing after a quote that never closes', () => {
    expect(countLineEndings('id,n\r\n1,"a\nb\r\n', ',')).toEqual({
      counts: { crlf: 1, lf: 0, cr: 0 },
      firstAt: { crlf: 4, lf: -1, cr: -1 },
    });
  });
});

describe('hasMixedLineBreaks', () => {
  it.each([
    ['', false],
    ['a\nb\n', false],
    ['a\r\nb\r\n', false],
    ['a\rb\r', false],
    ['a\r\nb\n', true],
    ['a\nb\r\n', true],
    ['a\r\nb\r', true],
    ['id\r\n"a\nb"\r\n', true],
  ])('tells whether %j has more than one kind of line break', (text, mixed) => {
    expect(hasMixedLineBreaks(text)).toBe(mixed);
  });
});

describe('takeSample and lineNumberAt', () => {
  it('never cuts the sample between CR and LF', () => {
    const text = `${'x'.repeat(SAMPLE_LENGTH - 1)}\r\nmore\r\n`;
    const { sample, isTruncated } = takeSample(text);

    expect(sample.length).toBe(SAMPLE_LENGTH + 1);
    expect(sample.endsWith('\r\n')).toBe(true);
    expect(isTruncated).toBe(true);
  });

  it('numbers lines as a text editor does, quoted breaks included', () => {
    const text = 'a\r\n"b\nc"\rd\n';

    expect(lineNumberAt(text, 0)).toBe(1);
    expect(lineNumberAt(text, 3)).toBe(2);
    expect(lineNumberAt(text, text.indexOf('d'))).toBe(4);
    expect(lineNumberAt('x\r\ry\n\r\nz', 8)).toBe(5);
  });
});

describe('parseScan: mixed line endings', () => {
  /** The end of the warning, the same for every mix. */
  const ADVICE =
    'line breaks inside quoted cells stay in their cells. If rows around ' +
    'those lines look wrong, save the file again with one kind of line ' +
    'ending and import it again.';

  it('ends a row at every line ending and warns with the counts', () => {
    const text = 'id,name\r\nA,Alpha\r\nB,Beta\nC,Gamma\r\nD,Delta\n';
    const parsed = parseScanText(text);

    expect(parsed.lineEnding).toBe('\r\n');
    expect(parsed.rows).toEqual([
      ['A', 'Alpha'],
      ['B', 'Beta'],
      ['C', 'Gamma'],
      ['D', 'Delta'],
    ]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_MIXED_LINE_ENDINGS', null, null],
    ]);
    expect(parsed.problems[0]?.severity).toBe('warning');
    expect(mixedMessage(parsed)).toBe(
      'The file mixes line endings: 3 lines end in CRLF (Windows), 2 in ' +
        'LF (Unix, macOS). Each of them ends a row, as in a spreadsheet ' +
        `(first LF: line 3 of the file); ${ADVICE}`,
    );
  });

  it('keeps every row of a file whose line endings change after the sample', () => {
    const crlfRows = Array.from({ length: 6000 }, (_, i) => `${i},Name ${i}`);
    const lfRows = Array.from({ length: 10 }, (_, i) => `L${i},Late ${i}`);
    const text = `id,name\r\n${crlfRows.join('\r\n')}\r\n${lfRows.join('\n')}\n`;
    const parsed = parseScanText(text);

    expect(text.indexOf('\n', text.indexOf('L0'))).toBeGreaterThan(
      SAMPLE_LENGTH,
    );
    expect(parsed.lineEnding).toBe('\r\n');
    expect(parsed.rowCount).toBe(6010);
    expect(parsed.rows.slice(5999)).toEqual([
      ['5999', 'Name 5999'],
      ...lfRows.map((row) => row.split(',')),
    ]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_MIXED_LINE_ENDINGS', null, null],
    ]);
    expect(mixedMessage(parsed)).toBe(
      'The file mixes line endings: 6001 lines end in CRLF (Windows), 10 ' +
        'in LF (Unix, macOS). Each of them ends a row, as in a spreadsheet ' +
        `(first LF: line 6002 of the file); ${ADVICE}`,
    );
  });

  it('does not warn when the sample ends between CR and LF', () => {
    const rows = Array.from(
      { length: 6000 },
      (_, i) => `${String(i).padStart(5, '0')},Name\r\n`,
    );
    // Rows are 12 characters; this 17-character header puts the CR of a
    // row on the sample's last character.
    const text = `id,name________\r\n${rows.join('')}`;
    const parsed = parseScanText(text);

    expect(text.charAt(SAMPLE_LENGTH - 1)).toBe('\r');
    expect(text.charAt(SAMPLE_LENGTH)).toBe('\n');
    expect(parsed.lineEnding).toBe('\r\n');
    expect(parsed.rowCount).toBe(6000);
    expect(parsed.rows[5999]).toEqual(['05999', 'Name']);
    expect(parsed.problems).toEqual([]);
  });

  it('leaves no carriage return behind after a quote in an unquoted cell', () => {
    const text =
      'id,item,size\n1,TV,12" screen\n2,Radio,small\r\n3,Lamp,tall\n';
    const parsed = parseScanText(text);

    expect(parsed.lineEnding).toBe('\n');
    expect(parsed.rows).toEqual([
      ['1', 'TV', '12" screen'],
      ['2', 'Radio', 'small'],
      ['3', 'Lamp', 'tall'],
    ]);
    expect(mixedMessage(parsed)).toBe(
      'The file mixes line endings: 3 lines end in LF (Unix, macOS), 1 in ' +
        'CRLF (Windows). Each of them ends a row, as in a spreadsheet ' +
        `(first CRLF: line 3 of the file); ${ADVICE}`,
    );
  });

  it('keeps line breaks inside quotes and counts them in line numbers', () => {
    const parsed = parseScanText('id,note\r\n1,"a\nb"\r\n2,c\n3,d\r\n');

    expect(parsed.rows).toEqual([
      ['1', 'a\nb'],
      ['2', 'c'],
      ['3', 'd'],
    ]);
    expect(mixedMessage(parsed)).toContain(
      'mixes line endings: 3 lines end in CRLF (Windows), 1 in LF (Unix, ' +
        'macOS). Each of them ends a row, as in a spreadsheet (first LF: ' +
        'line 4 of the file);',
    );
  });

  it('counts a sep= line in line numbers', () => {
    const parsed = parseScanText('sep=;\nid;name\r\n1;a\n2;b\r\n');

    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows).toEqual([
      ['1', 'a'],
      ['2', 'b'],
    ]);
    expect(mixedMessage(parsed)).toContain(
      'mixes line endings: 2 lines end in CRLF (Windows), 1 in LF (Unix, ' +
        'macOS). Each of them ends a row, as in a spreadsheet (first LF: ' +
        'line 3 of the file);',
    );
  });

  it('splits rows at all three kinds and names the first of each other', () => {
    const text = 'id,name,note\r\n1,Ana,ok\n2,Ben,fine\r\n3,Cy,x\r4,Di,y\r\n';
    const parsed = parseScanText(text);

    expect(parsed.rows).toEqual([
      ['1', 'Ana', 'ok'],
      ['2', 'Ben', 'fine'],
      ['3', 'Cy', 'x'],
      ['4', 'Di', 'y'],
    ]);
    expect(mixedMessage(parsed)).toBe(
      'The file mixes line endings: 3 lines end in CRLF (Windows), 1 in ' +
        'LF (Unix, macOS), 1 in CR (old Mac). Each of them ends a row, as ' +
        'in a spreadsheet (first LF: line 2 of the file, first CR: line ' +
        `4); ${ADVICE}`,
    );
  });

  it('leaves no line feed behind when a CR file has a CRLF line', () => {
    const parsed = parseScanText('id,n\ra,1\rb,2\r\nc,3\r');

    expect(parsed.lineEnding).toBe('\r');
    expect(parsed.rows).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
    expect(mixedMessage(parsed)).toContain(
      ': 3 lines end in CR (old Mac), 1 in CRLF (Windows). Each of them ' +
        'ends a row, as in a spreadsheet (first CRLF: line 3 of the file);',
    );
  });

  it('says "1 line ends" for a single line', () => {
    const parsed = parseScanText('id,n\na,1\r\n');

    expect(mixedMessage(parsed)).toContain(
      ': 1 line ends in CRLF (Windows), 1 in LF (Unix, macOS). Each of ' +
        'them ends a row',
    );
  });

  it('does not call quoted line breaks mixed line endings', () => {
    const parsed = parseScanText('id,note\r\n1,"a\nb"\r\n2,e\r\n');

    expect(problemCodes(parsed.problems)).toEqual([]);
    expect(parsed.rows).toEqual([
      ['1', 'a\nb'],
      ['2', 'e'],
    ]);
  });

  it('leaves the text after a quote that never closes as it is', () => {
    const parsed = parseScanText('id,note\r\n1,a\n2,"open\nstill\r\n');

    expect(parsed.rows[0]).toEqual(['1', 'a']);
    expect(parsed.rows[1]).toEqual(['2', 'open\nstill\r\n']);
  });
});

function mixedMessage(parsed: ParsedScan): string | undefined {
  return parsed.problems.find(
    (problem) => problem.code === 'CSV_MIXED_LINE_ENDINGS',
  )?.message;
}
