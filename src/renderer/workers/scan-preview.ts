import type { Problem } from '../../core/model/problem';
import { suggestKeyColumns, type ParsedScan } from '../../core/scan';
import { PROBLEM_DISPLAY_LIMIT, type ScanPreview } from './import-protocol';

/** Rows of the file shown in the preview. */
const SAMPLE_ROWS = 20;

/** The preview of a parsed file, as the import worker sends it. */
export function describeScanPreview(
  fileName: string,
  parsed: ParsedScan,
  workbook: ScanPreview['workbook'],
): ScanPreview {
  return {
    fileName,
    encoding: parsed.encoding,
    bom: parsed.bom,
    delimiter: parsed.delimiter,
    lineEnding: parsed.lineEnding,
    columns: parsed.columns,
    rowCount: parsed.rowCount,
    skippedLines: parsed.skippedLines,
    ...limitProblems(parsed.problems),
    sampleRows: parsed.rows.slice(0, SAMPLE_ROWS),
    keyCandidates: suggestKeyColumns(parsed),
    workbook,
  };
}

/** The problems a preview lists, and how many more there are. */
export function limitProblems(problems: readonly Problem[]): {
  readonly problems: readonly Problem[];
  readonly moreProblems: number;
} {
  return {
    problems: problems.slice(0, PROBLEM_DISPLAY_LIMIT),
    moreProblems: Math.max(0, problems.length - PROBLEM_DISPLAY_LIMIT),
  };
}
