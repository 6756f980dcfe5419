import type { ExportKind } from '../../workers/exchange-protocol';
import { EXPORT_FORMATS, describeFormat } from './export-formats';

/** A choice of whose codings an export reads, or which code. */
export type Option = { readonly value: string; readonly label: string };

type ExportOptionsProps = {
  readonly kind: ExportKind;
  readonly onKind: (kind: ExportKind) => void;
  readonly sources: readonly Option[];
  readonly source: string;
  readonly onSource: (value: string) => void;
  readonly codes: readonly Option[];
  readonly code: string;
  readonly onCode: (value: string) => void;
};

/** The format list, and whose codings or which code where that matters. */
export function ExportOptions(props: ExportOptionsProps) {
  const format = describeFormat(props.kind);

  return (
    <>
      <fieldset className="exchange-formats">
        <legend>Format</legend>
        {EXPORT_FORMATS.map((entry) => (
          <label key={entry.kind} className="exchange-format">
            <input
              type="radio"
              name="export-format"
              value={entry.kind}
              checked={props.kind === entry.kind}
              onChange={() => props.onKind(entry.kind)}
            />
            <span>
              <strong>{entry.label}</strong>
              <span className="hint"> — {entry.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {format.needsSource && (
        <label className="field-inline">
          Codings of
          <select
            value={props.source}
            onChange={(event) => props.onSource(event.target.value)}
          >
            {props.sources.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {format.needsCode && (
        <label className="field-inline">
          Code
          <select
            value={props.code}
            onChange={(event) => props.onCode(event.target.value)}
          >
            {props.codes.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
