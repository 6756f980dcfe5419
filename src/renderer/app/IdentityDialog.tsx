import { useState } from 'react';
import { deriveInitials, MAX_INITIALS_LENGTH } from '../../core/coding';
import { Modal } from '../components/Modal';

type IdentityDialogProps = {
  readonly title: string;
  readonly initialName?: string;
  readonly onSave: (identity: { name: string; initials: string }) => void;
  /** Omitted at first start: Podscan needs to know who works here. */
  readonly onCancel?: () => void;
};

/**
 * Who codes on this machine. Every edit and every coding is recorded with
 * this identity; a new identity gets its own coding layer.
 */
export function IdentityDialog(props: IdentityDialogProps) {
  const [name, setName] = useState(props.initialName ?? '');
  const [initials, setInitials] = useState('');
  const trimmed = name.trim();
  const shownInitials = initials.trim() || deriveInitials(trimmed);

  return (
    <Modal title={props.title} onClose={props.onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed !== '') {
            props.onSave({ name: trimmed, initials: shownInitials });
          }
        }}
      >
        <p>
          Podscan records your name with every edit and coding, so the history
          of each record shows who did what. It stays on this computer.
        </p>
        <label className="field">
          Your name
          <input
            autoFocus
            value={name}
            maxLength={120}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field">
          Initials (shown on your codings)
          <input
            value={initials}
            placeholder={deriveInitials(trimmed)}
            maxLength={MAX_INITIALS_LENGTH}
            onChange={(event) => setInitials(event.target.value)}
          />
        </label>
        <div className="actions">
          {props.onCancel && (
            <button type="button" onClick={props.onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary" disabled={trimmed === ''}>
            Continue
          </button>
        </div>
      </form>
    </Modal>
  );
}
