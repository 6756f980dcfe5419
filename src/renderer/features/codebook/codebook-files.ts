import {
  importCodebookCsv,
  importCodebookTable,
  importQdcBytes,
  type CodebookContext,
  type CodebookProblem,
  type CodebookRead,
  type ImportFormat,
} from '../../../core/codebook';
import { codeProblemFor } from './problems';
import type { FileFilter, PickedFile } from '../../platform/types';

/** What the codebook import offers in the file chooser. */
export const CODEBOOK_FILE_FILTERS: readonly FileFilter[] = [
  {
    name: 'Codebooks (.qdc, .csv, .tsv, .xlsx)',
    extensions: ['qdc', 'csv', 'tsv', 'xlsx'],
  },
];

export type CodebookFileRead =
  | {
      readonly ok: true;
      readonly format: ImportFormat;
      readonly read: CodebookRead;
    }
  | { readonly ok: false; readonly problems: readonly CodebookProblem[] };

/**
 * Reads a picked file as a codebook by its extension: a REFI-QDA `.qdc`,
 * or a table (CSV, TSV or the first sheet of an `.xlsx` workbook) with the
 * columns `importCodebookTable` knows. Never throws: an unreadable file
 * comes back as problems that say what to do.
 */
export async function readCodebookFile(
  file: PickedFile,
  context: CodebookContext,
): Promise<CodebookFileRead> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  switch (extension) {
    case 'qdc': {
      const read = importQdcBytes(file.bytes, context);
      return read.ok
        ? { ok: true, format: 'qdc', read: read.value }
        : { ok: false, problems: [read.error] };
    }
    case 'csv':
    case 'tsv':
    case 'txt':
      return fromTable(importCodebookCsv(file.bytes, context));
    case 'xlsx':
      return readWorkbook(file, context);
    default:
      return {
        ok: false,
        problems: [
          codeProblemFor(
            'CODEBOOK_FILE_TYPE',
            `“${file.name}” is not a codebook file Podscan reads; choose a ` +
              '.qdc file, or a .csv, .tsv or .xlsx table with a "name" or ' +
              '"path" column.',
          ),
        ],
      };
  }
}

async function readWorkbook(
  file: PickedFile,
  context: CodebookContext,
): Promise<CodebookFileRead> {
  // exceljs is large; load it only when a workbook is imported.
  const { readXlsxScan } = await import('../../../shared/xlsx/read-scan');
  const workbook = await readXlsxScan(file.bytes, { fileName: file.name });
  if (!workbook.ok) {
    return {
      ok: false,
      problems: [codeProblemFor(workbook.code, workbook.message)],
    };
  }
  const { scan } = workbook;
  if (scan.columns.length === 0) {
    return {
      ok: false,
      problems: [
        codeProblemFor(
          'TABLE_EMPTY',
          `The first sheet ("${workbook.sheet}") is empty; put the codes ` +
            'on the first sheet, under a header row.',
        ),
      ],
    };
  }
  const header = scan.columns.map((column) => column.label);
  return fromTable(importCodebookTable([header, ...scan.rows], context));
}

function fromTable(
  result:
    | { readonly ok: true; readonly value: CodebookRead }
    | { readonly ok: false; readonly error: readonly CodebookProblem[] },
): CodebookFileRead {
  return result.ok
    ? { ok: true, format: 'table', read: result.value }
    : { ok: false, problems: result.error };
}
