import type { Problem } from '../model/problem';
import type { ScanEncoding } from './types';

/**
 * Every problem the scan import reports, built in one place so codes,
 * severities and wording stay consistent. Errors block a commit, warnings
 * are worth a look, info only describes what was done.
 */
export type ScanProblemCode =
  | 'FILE_EMPTY'
  | 'FILE_NOT_TEXT'
  | 'ENCODING_FALLBACK_WINDOWS_1252'
  | 'ENCODING_INVALID_BYTES'
  | 'ENCODING_CHOICE_DIFFERS'
  | 'CSV_SEP_LINE'
  | 'CSV_DELIMITER_UNUSABLE'
  | 'CSV_MIXED_LINE_ENDINGS'
  | 'CSV_EMPTY_HEADER'
  | 'CSV_DUPLICATE_HEADER'
  | 'CSV_HEADER_WHITESPACE'
  | 'CSV_ROW_TOO_SHORT'
  | 'CSV_ROW_TOO_LONG'
  | 'CSV_TRAILING_EMPTY_FIELDS'
  | 'CSV_BLANK_LINES_SKIPPED'
  | 'CSV_UNTERMINATED_QUOTE'
  | 'CSV_MALFORMED_QUOTE'
  | 'CSV_CELL_WHITESPACE'
  | 'TEXT_REPLACEMENT_CHARACTER'
  | 'TEXT_MOJIBAKE'
  | 'TEXT_CONTROL_CHARACTER'
  | 'KEY_COLUMN_UNKNOWN'
  | 'KEY_EMPTY'
  | 'KEY_DUPLICATE'
  | 'REIMPORT_RECORDS_MISSING'
  | 'REIMPORT_COLUMNS_ABSENT'
  | 'REIMPORT_COLUMNS_ADDED'
  | 'REIMPORT_EDIT_CONFLICT';

export function emptyFileProblem(): Problem {
  return problem(
    'FILE_EMPTY',
    'error',
    null,
    null,
    'The file is empty: it has no header row and no data. ' +
      'Choose the file that holds the scan.',
  );
}

export function notTextProblem(isArchive: boolean): Problem {
  const hint = isArchive
    ? 'It looks like a zip archive, such as an Excel workbook; ' +
      'save the sheet as CSV and import that.'
    : 'Choose a CSV or TSV file.';
  return problem(
    'FILE_NOT_TEXT',
    'error',
    null,
    null,
    `The file holds binary data, not text. ${hint}`,
  );
}

export function encodingProblem(
  code: 'ENCODING_FALLBACK_WINDOWS_1252' | 'ENCODING_INVALID_BYTES',
  tried: ScanEncoding,
): Problem {
  const message =
    code === 'ENCODING_FALLBACK_WINDOWS_1252'
      ? 'The file is not valid UTF-8, so it was read as Windows-1252 ' +
        "(Excel's usual encoding on Windows). Check accented letters and " +
        'quotes in the preview; if they look wrong, choose the encoding.'
      : `Some bytes are not valid ${tried} and were replaced by U+FFFD. ` +
        'Choose another encoding, or fix the file.';
  return problem(code, 'warning', null, null, message);
}

export function encodingDiffersProblem(
  chosen: ScanEncoding,
  found: ScanEncoding,
  isBinary: boolean,
): Problem {
  if (isBinary) {
    return problem(
      'ENCODING_CHOICE_DIFFERS',
      'error',
      null,
      null,
      `Read as ${chosen}, as chosen, the file is not text, but it reads ` +
        `as ${found} without errors. Choose ${found}, or let Podscan ` +
        'detect the encoding.',
    );
  }
  return problem(
    'ENCODING_CHOICE_DIFFERS',
    'warning',
    null,
    null,
    `The file was read as ${chosen}, as chosen, but it reads as ${found} ` +
      'without errors. If the columns or letters look wrong, choose ' +
      `${found}, or let Podscan detect the encoding.`,
  );
}

export function sepLineProblem(delimiter: string): Problem {
  return problem(
    'CSV_SEP_LINE',
    'info',
    null,
    null,
    `The first line "sep=${delimiter}" (a hint Excel writes) set the ` +
      `delimiter to ${describeDelimiter(delimiter)} and was left out.`,
  );
}

export function unusableDelimiterProblem(delimiter: string): Problem {
  return problem(
    'CSV_DELIMITER_UNUSABLE',
    'warning',
    null,
    null,
    `"${delimiter}" cannot be a delimiter (it must be one character, not a ` +
      'quote or a line break), so the delimiter was detected instead.',
  );
}

export function emptyHeaderProblem(position: number, key: string): Problem {
  return problem(
    'CSV_EMPTY_HEADER',
    'warning',
    null,
    key,
    `Column ${position} has no header; it was named "${key}". ` +
      'Give it a header in the file if it holds data you need.',
  );
}

export function duplicateHeaderProblem(
  column: { readonly position: number; readonly label: string },
  first: { readonly position: number; readonly label: string },
  key: string,
): Problem {
  return problem(
    'CSV_DUPLICATE_HEADER',
    'warning',
    null,
    key,
    `Column ${column.position} ("${column.label}") has the same header as ` +
      `column ${first.position} ("${first.label}"); it was given the key ` +
      `"${key}". Rename one of them in the file if they hold different data.`,
  );
}

export function headerWhitespaceProblem(
  position: number,
  label: string,
  key: string,
): Problem {
  return problem(
    'CSV_HEADER_WHITESPACE',
    'info',
    null,
    key,
    `The header of column ${position} ("${label}") starts or ends with ` +
      `whitespace; the label keeps it, the key "${key}" does not.`,
  );
}

export function rowTooShortProblem(
  row: number,
  found: number,
  expected: number,
  firstMissing: string,
): Problem {
  return problem(
    'CSV_ROW_TOO_SHORT',
    'warning',
    row,
    firstMissing,
    `Row ${row} has ${found} of ${expected} fields; the missing ones were ` +
      'left empty. Check the row for a lost delimiter or line break.',
  );
}

export function rowTooLongProblem(
  row: number,
  found: number,
  expected: number,
  overflowKey: string,
): Problem {
  return problem(
    'CSV_ROW_TOO_LONG',
    'warning',
    row,
    overflowKey,
    `Row ${row} has ${found} fields but the header has ${expected}; the ` +
      `surplus fields were kept in the "${overflowKey}" column. Check the ` +
      'row for an unquoted delimiter.',
  );
}

export function trailingEmptyFieldsProblem(
  count: number,
  firstRow: number,
): Problem {
  return problem(
    'CSV_TRAILING_EMPTY_FIELDS',
    'info',
    null,
    null,
    `${count} ${plural(count, 'row ends', 'rows end')} with empty fields ` +
      `beyond the last column (first: row ${firstRow}); they held nothing ` +
      'and were left out.',
  );
}

export function blankLinesProblem(
  beforeRows: readonly number[],
  rowCount: number,
): Problem {
  const counts = new Map<number, number>();
  for (const row of beforeRows) counts.set(row, (counts.get(row) ?? 0) + 1);
  const places = [...counts]
    .slice(0, 5)
    .map(([row, count]) => `${count} ${describePlace(row, rowCount)}`);
  const more = counts.size > 5 ? ', …' : '';
  const total = beforeRows.length;
  return problem(
    'CSV_BLANK_LINES_SKIPPED',
    'info',
    null,
    null,
    `${total} blank or delimiter-only ` +
      `${plural(total, 'line was', 'lines were')} skipped: ` +
      `${places.join(', ')}${more}.`,
  );
}

export function unterminatedQuoteProblem(
  row: number | null,
  column: string | null,
): Problem {
  const where = row === null ? 'The header row' : `Row ${row}`;
  return problem(
    'CSV_UNTERMINATED_QUOTE',
    'error',
    row,
    column,
    `${where} opens a quoted field that never closes, so the rest of the ` +
      'file was read into that one field. Add the missing closing quote (") ' +
      'in the file.',
  );
}

export function malformedQuoteProblem(
  row: number | null,
  column: string | null,
): Problem {
  const where = row === null ? 'The header row' : `Row ${row}`;
  return problem(
    'CSV_MALFORMED_QUOTE',
    'warning',
    row,
    column,
    `${where} has a quoted field with text after its closing quote; the ` +
      'field was read up to the next closing quote. Check the row; a quote ' +
      'inside a quoted field must be doubled ("").',
  );
}

export function cellWhitespaceProblem(
  column: string,
  firstRow: number,
): Problem {
  return problem(
    'CSV_CELL_WHITESPACE',
    'info',
    null,
    column,
    `Values in column "${column}" start or end with whitespace (row ` +
      `${firstRow}, for one); they were kept as they are.`,
  );
}

export function replacementCharacterProblem(
  row: number,
  column: string,
): Problem {
  return problem(
    'TEXT_REPLACEMENT_CHARACTER',
    'warning',
    row,
    column,
    `Row ${row}, column "${column}" contains "\uFFFD": characters were ` +
      'already lost before this file was saved. Correct the value in the ' +
      'grid or in the source.',
  );
}

export function mojibakeProblem(
  row: number,
  column: string,
  fragment: string,
): Problem {
  return problem(
    'TEXT_MOJIBAKE',
    'warning',
    row,
    column,
    `Row ${row}, column "${column}" contains "${fragment}": UTF-8 text that ` +
      'was once read in the wrong encoding (as "é" turns into "Ã©"). ' +
      'Correct the value in the grid or in the source.',
  );
}

export function controlCharacterProblem(
  row: number,
  column: string,
  character: string,
): Problem {
  const code = character.charCodeAt(0).toString(16).toUpperCase();
  return problem(
    'TEXT_CONTROL_CHARACTER',
    'warning',
    row,
    column,
    `Row ${row}, column "${column}" contains an invisible control ` +
      `character (U+${code.padStart(4, '0')}). It is kept as it is, but ` +
      'other programs may drop it or refuse the file; remove it in the ' +
      'grid or in the source if it does not belong there.',
  );
}

function describePlace(row: number, rowCount: number): string {
  if (row === 0) return 'before the header';
  return row > rowCount ? 'after the last row' : `before row ${row}`;
}

/** Whether any problem blocks a commit. */
export function hasBlockingProblem(problems: readonly Problem[]): boolean {
  return problems.some((item) => item.severity === 'error');
}

/** How a delimiter reads in a sentence: "a comma", "a tab", … */
export function describeDelimiter(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`;
}

/** Builds a problem; exported for the key and re-import modules. */
export function problem(
  code: ScanProblemCode,
  severity: Problem['severity'],
  row: number | null,
  column: string | null,
  message: string,
): Problem {
  return { row, column, code, message, severity };
}

/** Picks the singular or plural phrase for a count. */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** The count with its noun: "1 code", "2 codes", "3 entries". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${plural(count, one, many)}`;
}

const DELIMITER_NAMES: Readonly<Record<string, string>> = {
  ',': 'a comma',
  ';': 'a semicolon',
  '\t': 'a tab',
  '|': 'a pipe (|)',
};
