import type { Problem } from '../model/problem';
import type { Column } from '../model/scan';
import type { ProgressFn } from '../repository/types';

/** Text encodings a scan file can be read in (names as PRODUCT.md §5). */
export type ScanEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const SCAN_ENCODINGS: readonly ScanEncoding[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
];

/** Delimiters Podscan detects; an override or `sep=` line may set another. */
export const SCAN_DELIMITERS: readonly string[] = [',', ';', '\t', '|'];

export type LineEnding = '\n' | '\r\n' | '\r';

export type ParseOptions = {
  /** Read the bytes in this encoding instead of detecting it. */
  readonly encoding?: ScanEncoding;
  /** Split fields on this character instead of detecting it. */
  readonly delimiter?: string;
  /** Called with the fraction done, at most a few dozen times per file. */
  readonly onProgress?: ProgressFn;
};

/**
 * A scan file read into columns and rows, with everything odd about it
 * collected as problems. Row n of `rows` is data row n + 1 in problems.
 */
export type ParsedScan = {
  readonly encoding: ScanEncoding;
  readonly bom: boolean;
  readonly delimiter: string;
  readonly lineEnding: LineEnding;
  /** Ends with the overflow column when some row had surplus fields. */
  readonly columns: readonly Column[];
  /** One array per data row, aligned with `columns`. */
  readonly rows: readonly (readonly string[])[];
  readonly rowCount: number;
  readonly problems: readonly Problem[];
  /** Blank and delimiter-only lines left out of `rows`. */
  readonly skippedLines: number;
};
