import type { Problem } from '../model/problem';
import {
  encodingDiffersProblem,
  encodingProblem,
  notTextProblem,
} from './problems';
import type { ScanEncoding } from './types';

/** Text of a scan file and how it was read. */
export type DecodedScan = {
  readonly text: string;
  readonly encoding: ScanEncoding;
  readonly bom: boolean;
  readonly problems: readonly Problem[];
};

/**
 * Turns a file's bytes into text. Without an override the encoding comes
 * from a byte order mark, then from the NUL pattern of BOM-less UTF-16,
 * then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (which maps
 * every byte, so no U+FFFD is ever invented). Files that are not text at
 * all give empty text and a FILE_NOT_TEXT problem.
 */
export function decodeScanBytes(
  bytes: Uint8Array,
  override?: ScanEncoding,
): DecodedScan {
  const detected = detectEncoding(bytes);
  const encoding = override ?? detected.encoding;
  const bomLength = hasBom(bytes, encoding) ? BOMS[encoding].length : 0;
  const body = bytes.subarray(bomLength);
  const decoded = decodeBody(body, encoding, override !== undefined);
  const isOverride = override !== undefined;
  const binaryProblem = findBinaryContent(decoded.text, bytes);
  if (binaryProblem) {
    // UTF-16 read as an 8-bit encoding, or the other way round, looks
    // binary: then the encoding that reads it is the thing to say.
    const differs = isOverride && findBetterEncoding(bytes, decoded, true);
    return {
      text: '',
      encoding,
      bom: bomLength > 0,
      problems: [differs || binaryProblem],
    };
  }

  const differs = isOverride && findBetterEncoding(bytes, decoded, false);
  return {
    text: decoded.text,
    encoding: decoded.encoding,
    bom: bomLength > 0,
    problems: differs ? [...decoded.problems, differs] : decoded.problems,
  };
}

/**
 * A problem when the encoding chosen by hand gives other text than the
 * one Podscan finds, and that one reads without errors (Windows-1252,
 * which any bytes are, counts when UTF-8 fails): a UTF-8 file read as
 * UTF-16 turns into one column of Chinese-looking characters with no
 * other sign. Text both read alike (plain ASCII) is no mismatch. When
 * the chosen encoding made the file look binary, the problem is an error
 * that says so.
 */
function findBetterEncoding(
  bytes: Uint8Array,
  chosen: DecodedBody,
  isBinary: boolean,
): Problem | null {
  const found = decodeScanBytes(bytes);
  const isClean = found.problems.every(
    (problem) => problem.code === 'ENCODING_FALLBACK_WINDOWS_1252',
  );
  if (!isClean || found.encoding === chosen.encoding) return null;
  if (!isBinary && found.text === chosen.text) return null;

  return encodingDiffersProblem(chosen.encoding, found.encoding, isBinary);
}

/** The encoding a file declares by its BOM or shows by its bytes. */
export function detectEncoding(bytes: Uint8Array): {
  readonly encoding: ScanEncoding;
  readonly bom: boolean;
} {
  for (const encoding of ['utf-8', 'utf-16le', 'utf-16be'] as const) {
    if (hasBom(bytes, encoding)) return { encoding, bom: true };
  }

  return { encoding: guessUtf16ByNuls(bytes) ?? 'utf-8', bom: false };
}

/**
 * Decodes Windows-1252 as the WHATWG Encoding Standard does. Done by hand
 * because Node's TextDecoder treats this label as ISO-8859-1, which turns
 * 0x80–0x9F (€, ’, “, …) into invisible control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    units[i] =
      byte >= 0x80 && byte < 0xa0
        ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte)
        : byte;
  }

  return createDecoder('utf-16le', false).decode(units);
}

const BOMS: Readonly<Record<ScanEncoding, readonly number[]>> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  'windows-1252': [],
};

/** Code points of bytes 0x80–0x9F; the five unassigned bytes map to C1. */
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030,
  0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

/** Bytes looked at to spot BOM-less UTF-16 or binary content. */
const SNIFF_LENGTH = 4096;

function hasBom(bytes: Uint8Array, encoding: ScanEncoding): boolean {
  const bom = BOMS[encoding];
  return bom.length > 0 && bom.every((byte, i) => bytes[i] === byte);
}

/**
 * Text in UTF-16 without a BOM has a NUL in every other byte where the text
 * is ASCII: at odd offsets for little-endian, even for big-endian. Text in
 * any 8-bit encoding has none.
 */
function guessUtf16ByNuls(bytes: Uint8Array): ScanEncoding | null {
  const length = Math.min(bytes.length, SNIFF_LENGTH) & ~1;
  if (length < 4) return null;

  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';

  return null;
}

type DecodedBody = {
  readonly text: string;
  readonly encoding: ScanEncoding;
  readonly problems: readonly Problem[];
};

function decodeBody(
  body: Uint8Array,
  encoding: ScanEncoding,
  isOverride: boolean,
): DecodedBody {
  if (encoding === 'windows-1252') {
    return { text: decodeWindows1252(body), encoding, problems: [] };
  }

  const strict = tryDecode(body, encoding);
  if (strict !== null) return { text: strict, encoding, problems: [] };

  if (encoding === 'utf-8' && !isOverride) {
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      problems: [encodingProblem('ENCODING_FALLBACK_WINDOWS_1252', encoding)],
    };
  }

  return {
    text: createDecoder(encoding, false).decode(body),
    encoding,
    problems: [encodingProblem('ENCODING_INVALID_BYTES', encoding)],
  };
}

function tryDecode(body: Uint8Array, encoding: ScanEncoding): string | null {
  try {
    return createDecoder(encoding, true).decode(body);
  } catch {
    return null;
  }
}

/**
 * Binary content: a start with NUL in it, and the signature of a zip
 * archive (such as a workbook) or another binary format, or at least one
 * control character in ten. A few stray NULs in a text file are data,
 * reported on their cells.
 */
function findBinaryContent(text: string, bytes: Uint8Array): Problem | null {
  const sample =
    text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
  if (!sample.includes('\0')) return null;

  const isZip = startsWith(bytes, ZIP);
  const controls = sample.match(BINARY_CONTROLS)?.length ?? 0;
  const isBinary =
    BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature)) ||
    (controls >= MIN_BINARY_CONTROLS &&
      controls * BINARY_SHARE >= sample.length);
  return isZip || isBinary ? notTextProblem(isZip) : null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Control characters that text files do not hold: all but TAB, LF, FF, CR. */
// eslint-disable-next-line no-control-regex -- control characters are counted
const BINARY_CONTROLS = /[\0-\x08\x0b\x0e-\x1f]/g;
const MIN_BINARY_CONTROLS = 2;
/** One control character in this many characters makes a start binary. */
const BINARY_SHARE = 10;

const ZIP = [0x50, 0x4b];
/** PNG, PDF, GIF, JPEG, gzip and old Office (OLE) files. */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0x25, 0x50, 0x44, 0x46],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
  [0x1f, 0x8b],
  [0xd0, 0xcf, 0x11, 0xe0],
];

/**
 * The standard TextDecoder exists in browsers, workers and Node, but core
 * is typed without DOM or Node globals, so it is looked up and typed here.
 */
type TextDecoderLike = { decode(input: Uint8Array | Uint16Array): string };

type TextDecoderConstructor = new (
  label: string,
  options: { readonly fatal: boolean; readonly ignoreBOM: boolean },
) => TextDecoderLike;

function createDecoder(label: string, fatal: boolean): TextDecoderLike {
  const { TextDecoder } = globalThis as unknown as {
    readonly TextDecoder: TextDecoderConstructor;
  };
  return new TextDecoder(label, { fatal, ignoreBOM: true });
}
