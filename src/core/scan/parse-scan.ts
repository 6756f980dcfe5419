import type { Problem } from '../model/problem';
import { OVERFLOW_COLUMN, type Column } from '../model/scan';
import type { ProgressFn } from '../repository/types';
import { checkCells } from './cells';
import { inferColumnTypes } from './column-types';
import { normaliseHeader, type HeaderColumn } from './columns';
import { decodeScanBytes, type DecodedScan } from './decode';
import { detectDelimiter, readSepLine, takeSample } from './format';
import { unifyMixedLineEndings } from './line-ending-problems';
import { countLineEndings, pickLineEnding } from './line-endings';
import {
  emptyFileProblem,
  sepLineProblem,
  unusableDelimiterProblem,
} from './problems';
import { headerQuoteProblems, isBlankRow, shapeRows } from './rows';
import { splitTable, type RawTable } from './table';
import {
  SCAN_DELIMITERS,
  type LineEnding,
  type ParsedScan,
  type ParseOptions,
} from './types';

/**
 * Reads a scan file exactly as the import does: decodes the bytes (see
 * decodeScanBytes), honours and removes Excel's `sep=X` line, detects the
 * line ending and delimiter unless given, splits fields with PapaParse
 * (quoted fields may hold delimiters, doubled quotes and line breaks, all
 * kept verbatim), takes the first non-blank row as the header, and fits
 * every data row to it (see shapeRows). Cell text is never trimmed or
 * altered, formula-like text included. Never throws on bad input: an
 * empty or binary file gives no columns and a problem saying so.
 */
export function parseScan(
  bytes: Uint8Array,
  options: ParseOptions = {},
): ParsedScan {
  const { onProgress } = options;
  const decoded = decodeScanBytes(bytes, options.encoding);
  onProgress?.(DECODE_SHARE);

  return parseDecoded(decoded, options.delimiter, onProgress, DECODE_SHARE);
}

/**
 * Reads a scan that is already text, as parseScan does after decoding. A
 * leading U+FEFF is removed and reported as `bom`; the encoding reads
 * "utf-8".
 */
export function parseScanText(
  text: string,
  options: Omit<ParseOptions, 'encoding'> = {},
): ParsedScan {
  const bom = text.charCodeAt(0) === 0xfeff;
  const decoded: DecodedScan = {
    text: bom ? text.slice(1) : text,
    encoding: 'utf-8',
    bom,
    problems: [],
  };

  return parseDecoded(decoded, options.delimiter, options.onProgress, 0);
}

/** Share of progress taken by decoding, and where splitting ends. */
const DECODE_SHARE = 0.05;
const SPLIT_END = 0.9;

/** Decoded text ready to split, with how it will be split. */
type ScanFormat = Pick<DecodedScan, 'encoding' | 'bom'> & {
  readonly text: string;
  readonly delimiter: string;
  readonly lineEnding: LineEnding;
  readonly problems: readonly Problem[];
};

function parseDecoded(
  decoded: DecodedScan,
  delimiterOverride: string | undefined,
  onProgress: ProgressFn | undefined,
  progressStart: number,
): ParsedScan {
  const format = detectFormat(decoded, delimiterOverride);
  const splitProgress =
    onProgress &&
    ((fraction: number) =>
      onProgress(progressStart + fraction * (SPLIT_END - progressStart)));
  const table = splitTable(
    format.text,
    format.delimiter,
    format.lineEnding,
    splitProgress,
  );
  // A final line break leaves one empty row behind; it is no blank line.
  const last = table.rows[table.rows.length - 1];
  if (last?.length === 1 && last[0] === '') table.rows.pop();

  const headerIndex = table.rows.findIndex((row) => !isBlankRow(row));
  const parsed =
    headerIndex === -1
      ? emptyScan(format, table.rows.length)
      : shapeScan(format, table, headerIndex);
  onProgress?.(1);

  return parsed;
}

function detectFormat(
  decoded: DecodedScan,
  delimiterOverride: string | undefined,
): ScanFormat {
  const problems: Problem[] = [...decoded.problems];
  const sep = readSepLine(decoded.text);
  if (sep) problems.push(sepLineProblem(sep.delimiter));
  const text = sep ? sep.rest : decoded.text;

  const override = isUsableDelimiter(delimiterOverride)
    ? delimiterOverride
    : undefined;
  if (delimiterOverride !== undefined && override === undefined) {
    problems.push(unusableDelimiterProblem(delimiterOverride));
  }
  const given = override ?? sep?.delimiter;
  const { sample, isTruncated } = takeSample(text);
  // Before the delimiter is known, a quote after any of them may open a
  // quoted field.
  const sampleDelimiters = given ?? SCAN_DELIMITERS.join('');
  const { counts } = countLineEndings(sample, sampleDelimiters);
  const lineEnding = pickLineEnding(counts);
  const delimiter = given ?? detectDelimiter(sample, lineEnding, isTruncated);
  const unified = unifyMixedLineEndings(
    text,
    delimiter,
    lineEnding,
    sep ? 1 : 0,
  );
  if (unified.problem) problems.push(unified.problem);

  return {
    ...decoded,
    text: unified.text,
    delimiter,
    lineEnding,
    problems,
  };
}

/** One character that cannot be part of quoting or a line break. */
function isUsableDelimiter(value: string | undefined): value is string {
  return value?.length === 1 && !'"\r\n\uFEFF'.includes(value);
}

function shapeScan(
  format: ScanFormat,
  table: RawTable,
  headerIndex: number,
): ParsedScan {
  const header = normaliseHeader(table.rows[headerIndex] ?? []);
  const shaped = shapeRows(table.rows, headerIndex + 1, header.columns, {
    delimiter: format.delimiter,
    quoteErrors: table.quoteErrors,
    blankBefore: headerIndex,
  });
  const columns = typeColumns(header.columns, shaped.hasOverflow, shaped.rows);
  const problems = [
    ...format.problems,
    ...headerQuoteProblems(table.quoteErrors, headerIndex, header.columns),
    ...header.problems,
    ...shaped.problems,
    ...checkCells(format.text, columns, shaped.rows),
  ];

  return {
    encoding: format.encoding,
    bom: format.bom,
    delimiter: format.delimiter,
    lineEnding: format.lineEnding,
    columns,
    rows: shaped.rows,
    rowCount: shaped.rows.length,
    problems: sortByRow(problems),
    skippedLines: shaped.skippedLines,
  };
}

function typeColumns(
  header: readonly HeaderColumn[],
  hasOverflow: boolean,
  rows: readonly (readonly string[])[],
): Column[] {
  const all = hasOverflow
    ? [...header, { key: OVERFLOW_COLUMN, label: OVERFLOW_LABEL }]
    : header;
  const types = inferColumnTypes(all.length, rows);
  return all.map((column, index) => ({
    ...column,
    type: types[index] ?? 'text',
  }));
}

/** Label of the overflow column, which has no header in the file. */
const OVERFLOW_LABEL = '(surplus fields)';

/** No header row: an empty file, or text that could not be read. */
function emptyScan(format: ScanFormat, skippedLines: number): ParsedScan {
  // Only reading the bytes as text can have failed this early.
  const isText = format.problems.every((p) => p.severity !== 'error');
  return {
    encoding: format.encoding,
    bom: format.bom,
    delimiter: format.delimiter,
    lineEnding: format.lineEnding,
    columns: [],
    rows: [],
    rowCount: 0,
    problems: isText
      ? [...format.problems, emptyFileProblem()]
      : format.problems,
    skippedLines,
  };
}

/** File-wide problems first, then by row; order otherwise kept. */
function sortByRow(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
