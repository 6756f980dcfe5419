import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { CsvChoice } from '../../workers/exchange-protocol';

type CsvOptionsFieldsProps = {
  readonly value: CsvChoice;
  readonly onChange: (value: CsvChoice) => void;
};

const DELIMITER_CHOICES: readonly { value: string; label: string }[] = [
  { value: ',', label: 'Comma (,)' },
  { value: ';', label: 'Semicolon (;)' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe (|)' },
];

const NEUTRALISE_WARNING =
  'A spreadsheet runs a cell that starts with =, +, -, @, a tab or a ' +
  'line break as a formula. Scan text comes from web pages and forms, so ' +
  'such a cell could open links, fetch data or run commands on the ' +
  'computer of whoever opens the file in Excel, LibreOffice or Google ' +
  'Sheets. Turn this off only for a file that goes straight to R, Python ' +
  'or another tool that needs every cell exactly as written.';

/** BOM, delimiter and formula-injection neutralisation of a CSV export. */
export function CsvOptionsFields({ value, onChange }: CsvOptionsFieldsProps) {
  const [isAsking, setIsAsking] = useState(false);

  return (
    <fieldset className="exchange-csv-options">
      <legend>CSV options</legend>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={value.bom}
          onChange={(event) =>
            onChange({ ...value, bom: event.target.checked })
          }
        />
        UTF-8 byte-order mark (for Excel)
      </label>
      <label className="field-inline">
        Delimiter
        <select
          value={value.delimiter}
          onChange={(event) =>
            onChange({ ...value, delimiter: event.target.value })
          }
        >
          {DELIMITER_CHOICES.map((choice) => (
            <option key={choice.label} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={value.neutralise}
          onChange={(event) => {
            if (event.target.checked) onChange({ ...value, neutralise: true });
            else setIsAsking(true);
          }}
        />
        Neutralise formula-like cells
      </label>
      {!value.neutralise && (
        <p className="exchange-caution" role="note">
          Formula-like cells are written as they are. Do not open this file in a
          spreadsheet.
        </p>
      )}
      {isAsking && (
        <ConfirmDialog
          title="Write formula-like cells as they are?"
          message={NEUTRALISE_WARNING}
          confirmLabel="Turn off neutralisation"
          isDangerous
          onConfirm={() => {
            setIsAsking(false);
            onChange({ ...value, neutralise: false });
          }}
          onCancel={() => setIsAsking(false)}
        />
      )}
    </fieldset>
  );
}
