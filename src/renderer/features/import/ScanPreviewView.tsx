import type { ScanPreview } from '../../workers/import-protocol';
import { ProblemTable } from './ProblemTable';
import {
  describeEncoding,
  mergeKeyProblems,
  NOT_TEXT,
  type KeyCheck,
} from './import-checks';

const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

const LINE_ENDING_NAMES: Record<string, string> = {
  '\n': 'LF',
  '\r\n': 'CRLF',
  '\r': 'CR',
};

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];
export const DELIMITERS = [',', ';', '\t', '|'];

export function describeDelimiter(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? JSON.stringify(delimiter);
}

type ScanPreviewViewProps = {
  readonly preview: ScanPreview;
  readonly keyColumn: string;
  /** Its problems are listed with the file's when it is for keyColumn. */
  readonly keyCheck: KeyCheck | null;
};

/** What the file holds, as Podscan read it, before anything is stored. */
export function ScanPreviewView(props: ScanPreviewViewProps) {
  const { preview } = props;
  const labels = new Map(
    preview.columns.map((c) => [c.key as string, c.label]),
  );
  const { problems, moreProblems } = mergeKeyProblems(
    preview,
    props.keyColumn,
    props.keyCheck,
  );
  const errors = problems.filter((p) => p.severity === 'error').length;

  return (
    <div className="scan-preview">
      <dl className="preview-facts">
        <dt>File</dt>
        <dd>{preview.fileName}</dd>
        {preview.workbook ? (
          <>
            <dt>Sheet</dt>
            <dd data-testid="preview-sheet">{preview.workbook.sheet}</dd>
          </>
        ) : (
          <TextFacts preview={preview} />
        )}
        <dt>Records</dt>
        <dd data-testid="preview-row-count">
          {preview.rowCount.toLocaleString()}
        </dd>
        <dt>Columns</dt>
        <dd data-testid="preview-column-count">{preview.columns.length}</dd>
        <dt>Blank lines skipped</dt>
        <dd>{preview.skippedLines}</dd>
        <dt>Problems</dt>
        <dd data-testid="preview-problem-count">
          {(problems.length + moreProblems).toLocaleString()}
          {errors > 0 ? ` (${errors} to look at)` : ''}
        </dd>
      </dl>
      <h3>First rows</h3>
      <div className="sample-table-wrap">
        <table className="sample-table">
          <thead>
            <tr>
              {preview.columns.map((column) => (
                <th key={column.key} scope="col" title={`key: ${column.key}`}>
                  {column.label || <em>{column.key}</em>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sampleRows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{truncate(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Problems by row</h3>
      <ProblemTable
        problems={problems}
        moreProblems={moreProblems}
        labelOf={(key) => labels.get(key) || key}
      />
    </div>
  );
}

/**
 * How a text file was read; a workbook has none of this, a binary file
 * only says that it is not text, and an empty one has no delimiter or
 * line endings to tell.
 */
function TextFacts({ preview }: { readonly preview: ScanPreview }) {
  const encoding = describeEncoding(preview);
  if (encoding === NOT_TEXT) {
    return (
      <>
        <dt>Encoding</dt>
        <dd data-testid="preview-encoding">{encoding}</dd>
      </>
    );
  }

  return (
    <>
      <dt>Encoding</dt>
      <dd data-testid="preview-encoding">
        {encoding}
        {preview.bom ? ' (with byte order mark)' : ''}
      </dd>
      {!isEmptyFile(preview) && (
        <>
          <dt>Delimiter</dt>
          <dd>{describeDelimiter(preview.delimiter)}</dd>
          <dt>Line endings</dt>
          <dd>{LINE_ENDING_NAMES[preview.lineEnding] ?? 'none'}</dd>
        </>
      )}
    </>
  );
}

function isEmptyFile(preview: ScanPreview): boolean {
  return preview.problems.some((problem) => problem.code === 'FILE_EMPTY');
}

function truncate(text: string): string {
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}
