import type { ScanPreview } from '../../workers/import-protocol';
import { listKeyOptions } from './import-checks';

type KeyChoiceProps = {
  readonly preview: ScanPreview;
  readonly value: string;
  readonly onChange: (value: string) => void;
};

/**
 * The key identifies each record across re-imports and merges. Generated
 * keys come first, then the columns in file order.
 */
export function KeyChoice({ preview, value, onChange }: KeyChoiceProps) {
  return (
    <label className="field">
      Key column
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {listKeyOptions(preview).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
