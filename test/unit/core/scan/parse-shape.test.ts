import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseScan, parseScanText } from '../../../../src/core/scan';
import { columnNames, parseFixture, problemCodes } from './fixtures';

describe('parseScan: headers', () => {
  it('names an empty header after its position and reports it', () => {
    const parsed = parseFixture('empty-header.csv');

    expect(columnNames(parsed)).toEqual([
      ['id', 'id'],
      ['column_2', ''],
      ['name', 'name'],
      ['column_4', ''],
    ]);
    expect(parsed.rows).toEqual([
      ['1', 'x', 'Ann', ''],
      ['2', '', 'Bo', ''],
    ]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_EMPTY_HEADER', null, 'column_2'],
      ['CSV_EMPTY_HEADER', null, 'column_4'],
    ]);
  });

  it('gives duplicate headers keys that no other column uses', () => {
    const parsed = parseFixture('duplicate-headers.csv');

    // name_2 is a real column, so the repeats skip to name_3 and name_4.
    expect(columnNames(parsed)).toEqual([
      ['name', 'name'],
      ['name_3', 'Name'],
      ['name_4', 'name'],
      ['name_2', 'name_2'],
    ]);
    expect(parsed.rows).toEqual([['a', 'b', 'c', 'd']]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_DUPLICATE_HEADER', null, 'name_3'],
      ['CSV_DUPLICATE_HEADER', null, 'name_4'],
    ]);
    expect(parsed.problems[1]?.message).toBe(
      'Column 3 ("name") has the same header as column 1 ("name"); it was ' +
        'given the key "name_4". Rename one of them in the file if they ' +
        'hold different data.',
    );
  });

  it('keeps a header label exactly and notes its surrounding spaces', () => {
    const parsed = parseFixture('whitespace.csv');

    expect(columnNames(parsed)).toEqual([
      ['id', 'id'],
      ['name', 'name '],
    ]);
    expect(parsed.rows).toEqual([
      ['1', ' Ann'],
      ['2', 'Bo  '],
      ['3', 'Cy'],
    ]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_HEADER_WHITESPACE', null, 'name'],
      ['CSV_CELL_WHITESPACE', null, 'name'],
    ]);
    expect(parsed.problems.map((problem) => problem.severity)).toEqual([
      'info',
      'info',
    ]);
  });

  it('gives a header-only file its columns and no rows', () => {
    const parsed = parseFixture('header-only.csv');

    expect(columnNames(parsed)).toEqual([
      ['id', 'id'],
      ['name', 'name'],
      ['city', 'city'],
    ]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.rowCount).toBe(0);
    expect(parsed.problems).toEqual([]);
  });
});

describe('parseScan: rows', () => {
  it('fills short rows and keeps surplus fields in the overflow column', () => {
    const parsed = parseFixture('ragged.csv');

    expect(columnNames(parsed)).toEqual([
      ['id', 'id'],
      ['name', 'name'],
      ['city', 'city'],
      ['_overflow', '(surplus fields)'],
    ]);
    expect(parsed.rows).toEqual([
      ['1', 'Ann', '', ''],
      ['2', 'Bo', 'Oslo', 'extra,"more, text"'],
      ['3', 'Cy', 'Rome', ''],
      ['4', 'Di', 'Pisa', ''],
    ]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_TRAILING_EMPTY_FIELDS', null, null],
      ['CSV_ROW_TOO_SHORT', 1, 'city'],
      ['CSV_ROW_TOO_LONG', 2, '_overflow'],
    ]);
  });

  it('writes surplus fields so that parsing them gives them back', () => {
    const parsed = parseFixture('ragged.csv');
    const overflow = parsed.rows[1]?.[3] ?? '';

    expect(Papa.parse(overflow, { delimiter: ',' }).data).toEqual([
      ['extra', 'more, text'],
    ]);
  });

  it('skips blank and delimiter-only lines and counts them', () => {
    const parsed = parseFixture('blank-lines.csv');

    expect(parsed.rows).toEqual([
      ['1', 'Ann'],
      ['2', 'Bo'],
    ]);
    expect(parsed.skippedLines).toBe(5);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_BLANK_LINES_SKIPPED', null, null],
    ]);
    expect(parsed.problems[0]?.message).toBe(
      '5 blank or delimiter-only lines were skipped: 1 before the header, ' +
        '3 before row 2, 1 after the last row.',
    );
  });

  it('keeps a 140,000-character cell intact', () => {
    const long = 'Lorem, "ipsum"\n dolor sit; '.repeat(6_000).slice(0, 140_000);
    const quoted = `"${long.replaceAll('"', '""')}"`;
    const plain = 'x'.repeat(140_000);
    const parsed = parseScanText(`id,text\n1,${quoted}\n2,${plain}\n`);

    expect(long.length).toBe(140_000);
    expect(parsed.rows[0]?.[1]).toBe(long);
    expect(parsed.rows[1]?.[1]).toBe(plain);
    expect(parsed.problems).toEqual([]);
  });

  it('stores formula-like text verbatim', () => {
    expect(parseFixture('formula.csv').rows).toEqual([
      ['1', '=SUM(A1:A3)'],
      ['2', '+1'],
      ['3', '-2'],
      ['4', '@x'],
      ['5', '=HYPERLINK("http://x")'],
    ]);
  });
});

describe('parseScan: problems', () => {
  it('reports an empty file instead of failing', () => {
    const parsed = parseFixture('empty.csv');

    expect(parsed.columns).toEqual([]);
    expect(parsed.rows).toEqual([]);
    expect(problemCodes(parsed.problems)).toEqual([['FILE_EMPTY', null, null]]);
    expect(parsed.problems[0]?.severity).toBe('error');
  });

  it('reports a file of blank lines as empty', () => {
    const parsed = parseScanText('\n , \n\n');

    expect(parsed.columns).toEqual([]);
    expect(problemCodes(parsed.problems)).toEqual([['FILE_EMPTY', null, null]]);
  });

  it('reports binary garbage as not text, with nothing else', () => {
    const garbage = new Uint8Array(600).map((_, i) => (i * 37) % 256);
    const parsed = parseScan(garbage);

    expect(parsed.rows).toEqual([]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['FILE_NOT_TEXT', null, null],
    ]);
  });

  it('reports an unterminated quote on its row', () => {
    const parsed = parseFixture('unterminated-quote.csv');

    expect(parsed.rows).toEqual([
      ['1', 'Ann', 'ok'],
      ['2', 'Bo,never closed\n3,Cy,lost\n', ''],
    ]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_CELL_WHITESPACE', null, 'name'],
      ['CSV_UNTERMINATED_QUOTE', 2, 'name'],
      ['CSV_ROW_TOO_SHORT', 2, 'note'],
    ]);
    expect(parsed.problems[1]?.severity).toBe('error');
  });

  it('reports text after a closing quote', () => {
    const parsed = parseScanText('id,name,city\n1,"Ann"x,Oslo\n2,"Bo",Rome\n');

    expect(parsed.rows).toEqual([['1', 'Ann"x,Oslo\n2,"Bo', 'Rome']]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_MALFORMED_QUOTE', 1, null],
    ]);
  });

  it('reports the header row when its quote never closes', () => {
    const parsed = parseScanText('id,"name\n1,Ann\n');

    expect(columnNames(parsed)).toEqual([
      ['id', 'id'],
      ['name_1_ann', 'name\n1,Ann\n'],
    ]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['CSV_UNTERMINATED_QUOTE', null, 'name_1_ann'],
      ['CSV_HEADER_WHITESPACE', null, 'name_1_ann'],
    ]);
  });

  it('points at cells whose text was damaged before import', () => {
    const parsed = parseFixture('damaged-text.csv');

    expect(parsed.rows).toEqual([
      ['1', 'CafÃ©'],
      ['2', 'Sm\uFFFDth'],
      ['3', 'Plain'],
    ]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['TEXT_MOJIBAKE', 1, 'name'],
      ['TEXT_REPLACEMENT_CHARACTER', 2, 'name'],
    ]);
    expect(parsed.problems[0]?.message).toContain('contains "Ã©"');
  });

  it('keeps a stray NUL or other control character and points at its cell', () => {
    const text =
      'id,name,note\n1,Ann\0e,ok\n2,Ben,esc\u001b[0m\n3,Cy,tab\tok\n';
    const parsed = parseScanText(text);

    expect(parsed.rows).toEqual([
      ['1', 'Ann\0e', 'ok'],
      ['2', 'Ben', 'esc\u001b[0m'],
      ['3', 'Cy', 'tab\tok'],
    ]);
    expect(problemCodes(parsed.problems)).toEqual([
      ['TEXT_CONTROL_CHARACTER', 1, 'name'],
      ['TEXT_CONTROL_CHARACTER', 2, 'note'],
    ]);
    expect(parsed.problems[1]?.message).toBe(
      'Row 2, column "note" contains an invisible control character ' +
        '(U+001B). It is kept as it is, but other programs may drop it or ' +
        'refuse the file; remove it in the grid or in the source if it ' +
        'does not belong there.',
    );
  });

  it('does not call a control character at the edge of a cell whitespace', () => {
    const parsed = parseScanText('id,name\n1,\u001bbold\n2,\0ok\n3,fine\n');

    expect(problemCodes(parsed.problems)).toEqual([
      ['TEXT_CONTROL_CHARACTER', 1, 'name'],
      ['TEXT_CONTROL_CHARACTER', 2, 'name'],
    ]);
  });

  it('finds a NUL in any row of a large file', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},Name ${i}`);
    rows[4321] = '4321,Brooklyn Childrens Mu\0seum';
    const parsed = parseScanText(`id,name\n${rows.join('\n')}\n`);

    expect(parsed.rowCount).toBe(5000);
    expect(problemCodes(parsed.problems)).toEqual([
      ['TEXT_CONTROL_CHARACTER', 4322, 'name'],
    ]);
  });

  it('does not take accented words for damaged text', () => {
    const parsed = parseScanText('name\nÀ côté du Café\n»Grüße« São Paulo\n');

    expect(parsed.problems).toEqual([]);
  });
});
