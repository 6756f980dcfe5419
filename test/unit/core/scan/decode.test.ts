import { describe, expect, it } from 'vitest';
import {
  decodeScanBytes,
  decodeWindows1252,
  detectEncoding,
} from '../../../../src/core/scan';
import { problemCodes, readFixture } from './fixtures';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('decodeScanBytes', () => {
  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const decoded = decodeScanBytes(readFixture('utf8-bom.csv'));

    expect(decoded).toEqual({
      text: 'id,name\n1,Zoë\n2,Ångström\n',
      encoding: 'utf-8',
      bom: true,
      problems: [],
    });
  });

  it('reads UTF-16 with either byte order mark', () => {
    const text = 'id,name\r\n1,Zoë\r\n2,日本\r\n';

    for (const [file, encoding] of [
      ['utf16le-bom.csv', 'utf-16le'],
      ['utf16be-bom.csv', 'utf-16be'],
    ] as const) {
      expect(decodeScanBytes(readFixture(file))).toEqual({
        text,
        encoding,
        bom: true,
        problems: [],
      });
    }
  });

  it('recognises UTF-16LE without a BOM by its NUL bytes', () => {
    const decoded = decodeScanBytes(readFixture('utf16le-no-bom.csv'));

    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.bom).toBe(false);
    expect(decoded.text).toBe('id,name\r\n1,Zoë\r\n2,日本\r\n');
  });

  it('recognises UTF-16BE without a BOM by its NUL bytes', () => {
    const big = bytes(0, 0x69, 0, 0x64, 0, 0x2c, 0, 0x6e, 0, 0x0a, 0, 0x31);

    expect(detectEncoding(big)).toEqual({ encoding: 'utf-16be', bom: false });
    expect(decodeScanBytes(big).text).toBe('id,n\n1');
  });

  it('reads valid UTF-8 without a BOM as UTF-8', () => {
    const decoded = decodeScanBytes(new TextEncoder().encode('a,b\nñ,€\n'));

    expect(decoded).toEqual({
      text: 'a,b\nñ,€\n',
      encoding: 'utf-8',
      bom: false,
      problems: [],
    });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const decoded = decodeScanBytes(readFixture('windows-1252.csv'));

    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(
      'id,name,note\r\n1,José,niño’s pod\r\n2,Café,€5 “fee”\r\n',
    );
    expect(decoded.text).not.toContain('\uFFFD');
    expect(problemCodes(decoded.problems)).toEqual([
      ['ENCODING_FALLBACK_WINDOWS_1252', null, null],
    ]);
    expect(decoded.problems[0]?.severity).toBe('warning');
  });

  it('reads an encoding given by hand even when detection would differ', () => {
    const utf8 = new TextEncoder().encode('name\nCafé\n');

    expect(decodeScanBytes(utf8, 'windows-1252').text).toBe('name\nCafÃ©\n');
  });

  it('reports bytes invalid in an encoding given by hand', () => {
    const decoded = decodeScanBytes(readFixture('windows-1252.csv'), 'utf-8');

    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Jos\uFFFD');
    expect(problemCodes(decoded.problems)).toEqual([
      ['ENCODING_INVALID_BYTES', null, null],
      ['ENCODING_CHOICE_DIFFERS', null, null],
    ]);
    expect(decoded.problems[1]?.message).toContain(
      'but it reads as windows-1252 without errors',
    );
  });

  it('removes the BOM of an encoding given by hand', () => {
    const decoded = decodeScanBytes(readFixture('utf16be-bom.csv'), 'utf-16be');

    expect(decoded.bom).toBe(true);
    expect(decoded.text.startsWith('id,name')).toBe(true);
  });

  it('refuses binary content instead of inventing text', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0);
    const decoded = decodeScanBytes(png);

    expect(decoded.text).toBe('');
    expect(problemCodes(decoded.problems)).toEqual([
      ['FILE_NOT_TEXT', null, null],
    ]);
    expect(decoded.problems[0]?.severity).toBe('error');
  });

  it('warns when the encoding chosen reads otherwise than the one found', () => {
    const utf8 = new TextEncoder().encode('sep=;\nid;name\n1;Zoë!\n');

    const asUtf16 = decodeScanBytes(utf8, 'utf-16le');
    const as1252 = decodeScanBytes(utf8, 'windows-1252');

    expect(asUtf16.text).not.toContain('id');
    expect(problemCodes(asUtf16.problems)).toEqual([
      ['ENCODING_CHOICE_DIFFERS', null, null],
    ]);
    expect(asUtf16.problems[0]?.message).toBe(
      'The file was read as utf-16le, as chosen, but it reads as utf-8 ' +
        'without errors. If the columns or letters look wrong, choose ' +
        'utf-8, or let Podscan detect the encoding.',
    );
    expect(as1252.text).toContain('ZoÃ«!');
    expect(problemCodes(as1252.problems)).toEqual([
      ['ENCODING_CHOICE_DIFFERS', null, null],
    ]);
  });

  it('names the encoding that reads a file the one chosen makes binary', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...utf16le('id,name\r\n1,Zoë\r\n'),
    ]);

    const asUtf8 = decodeScanBytes(utf16, 'utf-8');

    expect(asUtf8.text).toBe('');
    expect(asUtf8.problems).toEqual([
      {
        row: null,
        column: null,
        code: 'ENCODING_CHOICE_DIFFERS',
        severity: 'error',
        message:
          'Read as utf-8, as chosen, the file is not text, but it reads as ' +
          'utf-16le without errors. Choose utf-16le, or let Podscan detect ' +
          'the encoding.',
      },
    ]);
  });

  it('names Windows-1252 when that is what reads the file', () => {
    const latin = bytes(
      ...[...'id,name\n1,Zo'].map((c) => c.charCodeAt(0)),
      0xeb,
      0x0a,
    );

    const asUtf16 = decodeScanBytes(latin, 'utf-16le');

    expect(asUtf16.problems.map((problem) => problem.code)).toContain(
      'ENCODING_CHOICE_DIFFERS',
    );
    expect(asUtf16.problems.at(-1)?.message).toContain(
      'but it reads as windows-1252 without errors',
    );
  });

  it('does not warn when the encoding chosen reads the same text', () => {
    const ascii = new TextEncoder().encode('id,name\n1,Zoe\n');

    expect(decodeScanBytes(ascii, 'windows-1252').problems).toEqual([]);
    expect(decodeScanBytes(ascii, 'utf-8').problems).toEqual([]);
  });

  it('reads a short text file with a NUL and an escape as text', () => {
    const text = 'id,name,note\n1,a\0b,c\n2,d\u001be,f\n3,g,h\n';
    const decoded = decodeScanBytes(new TextEncoder().encode(text));

    expect(decoded.text).toBe(text);
    expect(decoded.problems).toEqual([]);
  });

  it('refuses a PDF whose start is mostly text', () => {
    const pdf = new TextEncoder().encode(
      `%PDF-1.7\n${'1 0 obj << /Type /Catalog >> endobj\n'.repeat(50)}\0`,
    );

    expect(problemCodes(decodeScanBytes(pdf).problems)).toEqual([
      ['FILE_NOT_TEXT', null, null],
    ]);
  });

  it('reads a text file with a stray NUL as text', () => {
    const text = `id,name\n${'1,Ann\n'.repeat(300)}2,B\0b\n`;
    const decoded = decodeScanBytes(new TextEncoder().encode(text));

    expect(decoded.text).toBe(text);
    expect(decoded.problems).toEqual([]);
  });

  it('says when binary content looks like an Excel workbook', () => {
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0);
    const [problem] = decodeScanBytes(zip).problems;

    expect(problem?.code).toBe('FILE_NOT_TEXT');
    expect(problem?.message).toContain('save the sheet as CSV');
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F as the Encoding Standard does', () => {
    const text = decodeWindows1252(bytes(0x80, 0x81, 0x8a, 0x92, 0x93, 0x9f));

    expect([...text].map((c) => c.codePointAt(0))).toEqual([
      0x20ac, 0x81, 0x0160, 0x2019, 0x201c, 0x0178,
    ]);
  });

  it('maps every other byte to the same code point', () => {
    const all = bytes(0x00, 0x41, 0x7f, 0xa0, 0xe9, 0xff);

    expect(decodeWindows1252(all)).toBe('\u0000A\u007f\u00a0éÿ');
  });
});

function utf16le(text: string): number[] {
  return [...text].flatMap((char) => {
    const code = char.charCodeAt(0);
    return [code & 0xff, code >> 8];
  });
}
