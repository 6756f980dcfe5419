import Papa from 'papaparse';
import { SCAN_DELIMITERS, type LineEnding } from './types';

/** Characters of the file looked at to detect its format. */
export const SAMPLE_LENGTH = 64 * 1024;

/** Rows of the sample compared when detecting the delimiter. */
const SAMPLE_ROWS = 50;

/**
 * Reads Excel's `sep=X` first line. Returns the delimiter it names and the
 * text after that line, or null when the file has no such line.
 */
export function readSepLine(
  text: string,
): { readonly delimiter: string; readonly rest: string } | null {
  const match = SEP_LINE.exec(text.slice(0, 16));
  if (!match || match[1] === undefined) return null;

  return { delimiter: match[1], rest: text.slice(match[0].length) };
}

/**
 * The start of the text, up to SAMPLE_LENGTH characters, looked at to
 * detect the format. The cut never falls inside a CRLF pair.
 */
export function takeSample(text: string): {
  readonly sample: string;
  readonly isTruncated: boolean;
} {
  if (text.length <= SAMPLE_LENGTH) return { sample: text, isTruncated: false };

  const isPairCut =
    text.charCodeAt(SAMPLE_LENGTH - 1) === CR &&
    text.charCodeAt(SAMPLE_LENGTH) === LF;
  const end = isPairCut ? SAMPLE_LENGTH + 1 : SAMPLE_LENGTH;
  return { sample: text.slice(0, end), isTruncated: end < text.length };
}

/**
 * Picks the delimiter, among `,` `;` TAB `|`, that splits the sample's rows
 * most consistently into as many fields as the first row, preferring more
 * fields, then the order above. A delimiter that leaves the first row whole
 * is never picked; a file with a single column gets a comma.
 */
export function detectDelimiter(
  sample: string,
  lineEnding: LineEnding,
  isTruncated: boolean,
): string {
  let best = { delimiter: ',', consistency: 0, fields: 0 };
  for (const delimiter of SCAN_DELIMITERS) {
    const rows = sampleRows(sample, lineEnding, delimiter, isTruncated);
    const fields = rows[0]?.length ?? 0;
    if (fields < 2) continue;

    const matching = rows.filter((row) => row.length === fields).length;
    const consistency = matching / rows.length;
    const isBetter =
      consistency > best.consistency ||
      (consistency === best.consistency && fields > best.fields);
    if (isBetter) best = { delimiter, consistency, fields };
  }

  return best.delimiter;
}

const SEP_LINE = /^"?sep=([^\r\n"])"?(?:\r\n|\n|\r|$)/i;
const LF = 0x0a;
const CR = 0x0d;

/** Non-blank rows of the sample; a row cut by the sample's end is left out. */
function sampleRows(
  sample: string,
  lineEnding: LineEnding,
  delimiter: string,
  isTruncated: boolean,
): string[][] {
  const { data } = Papa.parse<string[]>(sample, {
    delimiter,
    newline: lineEnding,
    preview: SAMPLE_ROWS + 1,
  });
  const complete = isTruncated && data.length > 1 ? data.slice(0, -1) : data;
  return complete.filter((row) => row.some((cell) => cell.trim() !== ''));
}
