import type { RefObject } from 'react';
import type { ConsensusValue } from '../../../core/model/coding';

type DecisionFormProps = {
  readonly value: ConsensusValue | null;
  readonly rationale: string;
  readonly problem: string | null;
  readonly rationaleRef: RefObject<HTMLTextAreaElement | null>;
  readonly onValue: (value: ConsensusValue) => void;
  readonly onRationale: (text: string) => void;
  readonly onSave: () => void;
  /** Leaves the rationale for the queue's keys. */
  readonly onLeave: () => void;
};

const CHOICES: readonly {
  readonly value: ConsensusValue;
  readonly label: string;
  readonly key: string;
}[] = [
  { value: 'present', label: 'Present', key: 'P' },
  { value: 'absent', label: 'Absent', key: 'A' },
  { value: 'needs_work', label: 'Codebook needs work', key: 'W' },
];

/**
 * The lead's decision: present, absent or "codebook needs work", and a
 * required rationale. Enter in the rationale saves; Shift+Enter starts a
 * new line; Escape goes back to the queue keys.
 */
export function DecisionForm(props: DecisionFormProps) {
  return (
    <form
      className="decision-form"
      aria-label="Decision"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <div className="decision-choices" role="radiogroup" aria-label="Decision">
        {CHOICES.map((choice) => (
          <button
            key={choice.value}
            type="button"
            role="radio"
            aria-checked={props.value === choice.value}
            className={props.value === choice.value ? 'primary' : undefined}
            onClick={() => props.onValue(choice.value)}
          >
            {choice.label} <kbd>{choice.key}</kbd>
          </button>
        ))}
      </div>
      <label className="field">
        Rationale (required)
        <textarea
          ref={props.rationaleRef}
          rows={2}
          value={props.rationale}
          onChange={(event) => props.onRationale(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              props.onSave();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              props.onLeave();
            }
          }}
        />
      </label>
      {props.problem && (
        <p role="alert" className="message-error">
          {props.problem}
        </p>
      )}
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={props.value === null}
        >
          Save decision <kbd>Enter</kbd>
        </button>
      </div>
    </form>
  );
}
