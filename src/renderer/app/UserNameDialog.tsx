import { useState } from 'react';
import { Modal } from '../components/Modal';

type UserNameDialogProps = {
  readonly onSave: (name: string) => void;
};

/**
 * Asked once per machine: every change is recorded with this name. Closing
 * without a name is not possible, since edits must say who made them.
 */
export function UserNameDialog({ onSave }: UserNameDialogProps) {
  const [name, setName] = useState('');
  const trimmed = name.trim();

  return (
    <Modal title="Who is working here?" onClose={() => undefined}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed !== '') onSave(trimmed);
        }}
      >
        <p>
          Podscan records your name with every edit, so the history of each
          record shows who changed what. It stays on this computer.
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
        <div className="actions">
          <button type="submit" className="primary" disabled={trimmed === ''}>
            Continue
          </button>
        </div>
      </form>
    </Modal>
  );
}
