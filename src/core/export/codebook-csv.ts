import { getCodePath, sortCodesInTreeOrder } from '../codebook/tree';
import type { Codebook } from '../codebook/types';
import { writeCsv, type CsvOptions, type ExportOutput } from './csv';

/**
 * Columns of the codebook export, in order. Podscan's codebook table
 * import reads them back (`path` places each code; `sets` joins set names
 * with `;`).
 */
export const CODEBOOK_COLUMNS = [
  'guid',
  'path',
  'name',
  'parent',
  'is_codable',
  'retired',
  'definition',
  'include',
  'exclude',
  'example',
  'color',
  'shortcut',
  'sets',
] as const;

/** The codebook as CSV, one row per code in tree order. */
export function exportCodebookCsv(
  codebook: Codebook,
  options: CsvOptions = {},
): ExportOutput {
  return writeCsv(CODEBOOK_COLUMNS, buildCodebookRows(codebook), options);
}

/** The codebook rows, without the header (also the XLSX sheet). */
export function buildCodebookRows(codebook: Codebook): string[][] {
  return sortCodesInTreeOrder(codebook.codes).map((code) => {
    const path = getCodePath(codebook, code.id);
    const sets = codebook.sets
      .filter((set) => set.codeIds.includes(code.id))
      .map((set) => set.name);
    return [
      code.id,
      path.join('>'),
      code.name,
      path.slice(0, -1).join('>'),
      code.isCodable ? 'yes' : 'no',
      code.retired ? 'yes' : 'no',
      code.definition,
      code.include,
      code.exclude,
      code.example,
      code.color,
      code.shortcut ?? '',
      sets.join(';'),
    ];
  });
}
