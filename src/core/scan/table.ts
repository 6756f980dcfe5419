import Papa from 'papaparse';
import type { ProgressFn } from '../repository/types';
import type { LineEnding } from './types';

/** Rows exactly as PapaParse split them, with its quote errors. */
export type RawTable = {
  readonly rows: string[][];
  /** Sorted by row index, at most one per row and code. */
  readonly quoteErrors: readonly QuoteError[];
};

export type QuoteError = {
  /** Index into `rows`. */
  readonly index: number;
  readonly code: 'MissingQuotes' | 'InvalidQuotes';
};

/**
 * Splits text into rows of fields with PapaParse, in about 20 segments
 * (of at least 1 MiB) so progress can be reported between them. Each
 * segment ends after a line break; a segment whose parse leaves a quoted
 * field open was cut inside that field, so it is parsed again twice as
 * long. A segment that parses cleanly ends at a row boundary, where
 * PapaParse's state is the same as in one parse of the whole text, so the
 * rows are identical. Segments are slices of the text: nothing is copied.
 */
export function splitTable(
  text: string,
  delimiter: string,
  lineEnding: LineEnding,
  onProgress?: ProgressFn,
): RawTable {
  const config = { delimiter, newline: lineEnding, quoteChar: '"' };
  const segmentLength = Math.max(MIN_SEGMENT, Math.ceil(text.length / 20));
  const segments: string[][][] = [];
  let rowCount = 0;
  const quoteErrors: QuoteError[] = [];
  let start = 0;
  let length = segmentLength;

  while (start < text.length) {
    const end = findSegmentEnd(text, start + length, lineEnding);
    const isLast = end === text.length;
    const segment = start === 0 && isLast ? text : text.slice(start, end);
    const result = Papa.parse<string[]>(segment, config);
    if (!isLast && hasOpenQuote(result.errors)) {
      length *= 2;
      continue;
    }

    // The empty row after the segment's final line break belongs to no one.
    if (!isLast) result.data.pop();
    quoteErrors.push(...collectQuoteErrors(result.errors, rowCount));
    segments.push(result.data);
    rowCount += result.data.length;
    onProgress?.(end / text.length);
    start = end;
    length = segmentLength;
  }
  const rows = segments.length === 1 ? (segments[0] ?? []) : segments.flat();
  return { rows, quoteErrors };
}

const MIN_SEGMENT = 1024 * 1024;

/** Index just past the first line break at or after `from`, or the end. */
function findSegmentEnd(
  text: string,
  from: number,
  lineEnding: LineEnding,
): number {
  if (from >= text.length) return text.length;

  const found = text.indexOf(lineEnding, from);
  return found === -1 ? text.length : found + lineEnding.length;
}

function hasOpenQuote(errors: readonly PapaError[]): boolean {
  return errors.some((error) => error.code === 'MissingQuotes');
}

/**
 * PapaParse reports a bad quote once per stray quote; one per row and
 * code is kept.
 */
function collectQuoteErrors(
  errors: readonly PapaError[],
  offset: number,
): QuoteError[] {
  const seen = new Set<string>();
  const found: QuoteError[] = [];
  for (const error of errors) {
    const { code, row } = error;
    const isQuote = code === 'MissingQuotes' || code === 'InvalidQuotes';
    if (!isQuote || row === undefined || seen.has(`${row}:${code}`)) continue;

    seen.add(`${row}:${code}`);
    found.push({ index: offset + row, code });
  }
  return found.sort((a, b) => a.index - b.index);
}

type PapaError = { readonly code: string; readonly row?: number };
