import { useId } from 'react';
import type { CodingStatus } from '../../../core/model/coding';
import { CODING_STATUSES } from '../../../core/model/coding';
import { STATUS_LABELS } from './status-labels';

type StatusPickerProps = {
  readonly status: CodingStatus;
  readonly canCode: boolean;
  readonly onChange: (status: CodingStatus) => void;
};

const KEY_HINTS: Partial<Record<CodingStatus, string>> = {
  done: 'D',
  flagged: 'F',
};

/** The coder's status of the record: not started to done, or flagged. */
export function StatusPicker({ status, canCode, onChange }: StatusPickerProps) {
  const name = useId();

  return (
    <fieldset className="status-picker" disabled={!canCode}>
      <legend>Status</legend>
      {CODING_STATUSES.map((each) => (
        <label key={each} className={`status-option status-${each}`}>
          <input
            type="radio"
            name={name}
            value={each}
            checked={status === each}
            onChange={() => onChange(each)}
          />
          {STATUS_LABELS[each]}
          {KEY_HINTS[each] && <kbd>{KEY_HINTS[each]}</kbd>}
        </label>
      ))}
    </fieldset>
  );
}
