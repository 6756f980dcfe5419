import type { ScanPreview } from '../../workers/import-protocol';

/** Select value that asks Podscan to generate keys. */
export const GENERATED_KEYS = '__generated__';

type KeyChoiceProps = {
  readonly preview: ScanPreview;
  readonly value: string;
  readonly onChange: (value: string) => void;
};

/**
 * The key identifies each record across re-imports and merges. Columns
 * whose values are unique and non-empty are offered first.
 */
export function KeyChoice({ preview, value, onChange }: KeyChoiceProps) {
  const candidates = new Set(preview.keyCandidates);
  const others = preview.columns.filter((c) => !candidates.has(c.key));
  const labelOf = (key: string) =>
    preview.columns.find((c) => c.key === key)?.label || key;

  return (
    <label className="field">
      Key column
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {preview.keyCandidates.length > 0 && (
          <optgroup label="Unique and never empty">
            {preview.keyCandidates.map((key) => (
              <option key={key} value={key}>
                {labelOf(key)}
              </option>
            ))}
          </optgroup>
        )}
        <option value={GENERATED_KEYS}>
          Let Podscan generate keys (stable while a row is unchanged)
        </option>
        {others.length > 0 && (
          <optgroup label="Other columns (duplicates or blanks)">
            {others.map((column) => (
              <option key={column.key} value={column.key}>
                {column.label || column.key}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
