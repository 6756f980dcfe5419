import { describe, expect, it } from 'vitest';
import { parseScan, parseScanText } from '../../../../src/core/scan';
import {
  columnNames,
  parseFixture,
  problemCodes,
  readFixture,
} from './fixtures';

describe('parseScan: encodings', () => {
  it('gives the same rows for UTF-8, UTF-16LE and UTF-16BE files', () => {
    const expected = [
      ['1', 'Zoë'],
      ['2', '日本'],
    ];

    for (const file of [
      'utf16le-bom.csv',
      'utf16be-bom.csv',
      'utf16le-no-bom.csv',
    ]) {
      const parsed = parseFixture(file);
      expect(parsed.rows).toEqual(expected);
      expect(parsed.problems).toEqual([]);
    }
  });

  it('reports the encoding and BOM as PRODUCT.md names them', () => {
    const formats = [
      'utf8-bom.csv',
      'utf16le-bom.csv',
      'utf16be-bom.csv',
      'windows-1252.csv',
      'crlf.csv',
    ].map((file) => {
      const { encoding, bom } = parseFixture(file);
      return [encoding, bom];
    });

    expect(formats).toEqual([
      ['utf-8', true],
      ['utf-16le', true],
      ['utf-16be', true],
      ['windows-1252', false],
      ['utf-8', false],
    ]);
  });

  it('reads Windows-1252 accents and quotes without replacement characters', () => {
    const parsed = parseFixture('windows-1252.csv');

    expect(parsed.rows).toEqual([
      ['1', 'José', 'niño’s pod'],
      ['2', 'Café', '€5 “fee”'],
    ]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['ENCODING_FALLBACK_WINDOWS_1252', null, null],
    ]);
  });

  it('removes a BOM from text and reports it', () => {
    const parsed = parseScanText('\uFEFFid,name\n1,Ann\n');

    expect(parsed.bom).toBe(true);
    expect(columnNames(parsed)).toEqual([
      ['id', 'id'],
      ['name', 'name'],
    ]);
  });
});

describe('parseScan: delimiters', () => {
  it.each([
    ['semicolon.csv', ';', ['1', 'Ann', 'a, b']],
    ['tab.tsv', '\t', ['1', 'Ann', 'a, b; c']],
    ['pipe.csv', '|', ['1', 'Ann', 'a, b']],
  ])('detects the delimiter of %s', (file, delimiter, firstRow) => {
    const parsed = parseFixture(file);

    expect(parsed.delimiter).toBe(delimiter);
    expect(columnNames(parsed)).toEqual([
      ['id', 'id'],
      ['name', 'name'],
      ['note', 'note'],
    ]);
    expect(parsed.rows[0]).toEqual(firstRow);
    expect(parsed.problems).toEqual([]);
  });

  it('prefers the delimiter that splits every row alike', () => {
    const text = 'id;note\n1;a, b, c\n2;d, e\n3;f\n';

    expect(parseScanText(text).delimiter).toBe(';');
  });

  it('keeps commas inside quoted fields from deciding the delimiter', () => {
    const text = 'id,note\n1,"a; b; c"\n2,"d; e"\n';

    expect(parseScanText(text).delimiter).toBe(',');
  });

  it('treats a file without any delimiter as one column', () => {
    const parsed = parseScanText('name\nAnn\nBo\n');

    expect(parsed.delimiter).toBe(',');
    expect(parsed.rows).toEqual([['Ann'], ['Bo']]);
  });

  it('honours and removes an Excel sep= line', () => {
    const parsed = parseFixture('sep-line.csv');

    expect(parsed.delimiter).toBe(';');
    expect(columnNames(parsed)).toEqual([
      ['id', 'id'],
      ['name', 'name'],
    ]);
    expect(parsed.rows).toEqual([['1', 'Ann, Jr']]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_SEP_LINE', null, null],
    ]);
    expect(parsed.problems[0]?.severity).toBe('info');
  });

  it('uses a delimiter given by hand', () => {
    const parsed = parseScan(readFixture('semicolon.csv'), {
      delimiter: ',',
    });

    expect(parsed.delimiter).toBe(',');
    expect(columnNames(parsed)).toEqual([
      ['id_name_note', 'id;name;note'],
      ['_overflow', '(surplus fields)'],
    ]);
    // The surplus field is kept as a CSV line: quoted for its space.
    expect(parsed.rows).toEqual([
      ['1;Ann;a', '" b"'],
      ['2;Bo;c', ''],
    ]);
  });

  it('detects the delimiter when the one given cannot be used', () => {
    const parsed = parseScanText('a;b\n1;2\n', { delimiter: '"' });

    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows).toEqual([['1', '2']]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_DELIMITER_UNUSABLE', null, null],
    ]);
  });
});

describe('parseScan: line endings and quotes', () => {
  it.each([
    ['quoted-newlines.csv', '\n'],
    ['crlf.csv', '\r\n'],
    ['cr-only.csv', '\r'],
  ])('detects the line ending of %s', (file, lineEnding) => {
    expect(parseFixture(file).lineEnding).toBe(lineEnding);
  });

  it('splits rows on CR alone and keeps a quoted CR', () => {
    expect(parseFixture('cr-only.csv').rows).toEqual([
      ['1', 'Ann\rSmith'],
      ['2', 'Bo'],
    ]);
  });

  it('keeps line breaks inside quoted fields verbatim', () => {
    const parsed = parseFixture('quoted-newlines.csv');

    expect(parsed.rows).toEqual([
      ['1', '12 Main St\nSpringfield', 'two\r\nlines'],
      ['2', 'one line', 'x'],
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('ignores line breaks inside quotes when detecting the line ending', () => {
    const text = 'id,note\r\n1,"a\nb\nc\nd"\r\n2,e\r\n';
    const parsed = parseScanText(text);

    expect(parsed.lineEnding).toBe('\r\n');
    expect(parsed.rows).toEqual([
      ['1', 'a\nb\nc\nd'],
      ['2', 'e'],
    ]);
  });

  it('turns doubled quotes into one', () => {
    expect(parseFixture('doubled-quotes.csv').rows).toEqual([
      ['1', 'She said "hi"'],
      ['2', '"quoted"'],
      ['3', 'a,"b",c'],
    ]);
  });
});
