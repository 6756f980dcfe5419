import type { ScanPreview } from '../../workers/import-protocol';
import { DELIMITERS, ENCODINGS, describeDelimiter } from './ScanPreviewView';
import { describeEncoding } from './import-checks';

type ParseOptionsProps = {
  readonly preview: ScanPreview;
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly onEncoding: (encoding: string | null) => void;
  readonly onDelimiter: (delimiter: string | null) => void;
  readonly onSheet: (sheet: string) => void;
};

/**
 * Overrides for what Podscan detected; changing one reads the file again.
 * A workbook has no encoding or delimiter, only the sheet to read.
 */
export function ParseOptions(props: ParseOptionsProps) {
  const { workbook } = props.preview;
  if (workbook !== null) {
    return (
      <div className="parse-options">
        <label className="field-inline">
          Sheet
          <select
            value={workbook.sheet}
            onChange={(event) => props.onSheet(event.target.value)}
          >
            {workbook.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
    );
  }

  return (
    <div className="parse-options">
      <label className="field-inline">
        Encoding
        <select
          value={props.encoding ?? ''}
          onChange={(event) => props.onEncoding(event.target.value || null)}
        >
          <option value="">detect ({describeEncoding(props.preview)})</option>
          {ENCODINGS.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        Delimiter
        <select
          value={props.delimiter ?? ''}
          onChange={(event) => props.onDelimiter(event.target.value || null)}
        >
          <option value="">
            detect ({describeDelimiter(props.preview.delimiter)})
          </option>
          {DELIMITERS.map((delimiter) => (
            <option key={delimiter} value={delimiter}>
              {describeDelimiter(delimiter)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
