import { fail, ok, type Problem, type Result } from '../model/problem';
import { decodeScanBytes, parseScan } from '../scan';
import { codebookNote } from './change';
import { importQdc } from './qdc-import';
import { importCodebookTable } from './table-import';
import type { CodebookContext, CodebookProblem, CodebookRead } from './types';

/**
 * Reads a codebook table from CSV or TSV bytes exactly as a scan is read
 * (encoding and delimiter detected, PapaParse splitting the fields), then
 * builds the codebook with `importCodebookTable`. Problems of the file
 * itself come first, numbered by data row like the table's.
 */
export function importCodebookCsv(
  bytes: Uint8Array,
  context: CodebookContext,
): Result<CodebookRead, readonly CodebookProblem[]> {
  const scan = parseScan(bytes);
  const fileProblems = scan.problems
    .filter((problem) => !IGNORED_SCAN_PROBLEMS.has(problem.code))
    .map(toCodebookWording);
  if (scan.columns.length === 0) {
    return fail(
      fileProblems.length > 0
        ? fileProblems
        : [
            codebookNote(
              'TABLE_EMPTY',
              'The file has no header row; add one naming the columns.',
              'error',
            ),
          ],
    );
  }
  const header = scan.columns.map((column) => column.label);
  const result = importCodebookTable([header, ...scan.rows], context);
  if (!result.ok) return fail([...fileProblems, ...result.error]);

  const problems = [...fileProblems, ...result.value.problems];
  return ok({ ...result.value, problems });
}

/**
 * Reads `.qdc` bytes: UTF-8 or UTF-16 by byte-order mark, otherwise UTF-8
 * unless the XML declaration names ISO-8859-1 or Windows-1252 or the bytes
 * are not valid UTF-8. Then as `importQdc`.
 */
export function importQdcBytes(
  bytes: Uint8Array,
  context: CodebookContext,
): Result<CodebookRead, CodebookProblem> {
  const declared = readDeclaredEncoding(bytes);
  const isLatin = /^(iso-8859-1|iso_8859-1|latin-?1|windows-1252|cp1252)$/i;
  const decoded = decodeScanBytes(
    bytes,
    isLatin.test(declared) ? 'windows-1252' : undefined,
  );
  const blocking = decoded.problems.find((p) => p.severity === 'error');
  if (blocking !== undefined) return fail(toCodebookWording(blocking));

  // The mark is put back so the reader reports it like any other repair.
  const text = decoded.bom ? `\uFEFF${decoded.text}` : decoded.text;
  const read = importQdc(text, context);
  if (!read.ok) return read;

  const problems = [...decoded.problems, ...read.value.problems];
  return ok({ ...read.value, problems });
}

/** Scan checks about record data that say nothing about a codebook. */
const IGNORED_SCAN_PROBLEMS = new Set(['CSV_CELL_WHITESPACE']);

/**
 * The scan reader's words for a file it cannot use speak of a scan; a
 * codebook import says what a codebook file should be instead.
 */
function toCodebookWording(problem: Problem): Problem {
  const message = CODEBOOK_FILE_MESSAGES[problem.code];
  return message === undefined ? problem : { ...problem, message };
}

const CODEBOOK_FILE_MESSAGES: Readonly<Record<string, string>> = {
  FILE_EMPTY:
    'The file is empty: it has no header row and no codes. Choose the ' +
    'file that holds the codebook.',
  FILE_NOT_TEXT:
    'The file holds binary data, not text. Choose the file that holds the ' +
    'codebook: a .qdc file, or a .csv, .tsv or .xlsx table (an Excel ' +
    'workbook must end in .xlsx).',
};

function readDeclaredEncoding(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1] ?? '';
}
