import { useState } from 'react';
import { Modal } from '../../components/Modal';

type RenameDialogProps = {
  readonly currentName: string;
  readonly onRename: (name: string) => void;
  readonly onCancel: () => void;
};

export function RenameDialog(props: RenameDialogProps) {
  const [name, setName] = useState(props.currentName);
  const trimmed = name.trim();

  return (
    <Modal title="Rename project" onClose={props.onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed !== '') props.onRename(trimmed);
        }}
      >
        <label className="field">
          Project name
          <input
            autoFocus
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        {trimmed === '' && <p className="hint">A project needs a name.</p>}
        <div className="actions">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={trimmed === ''}>
            Rename
          </button>
        </div>
      </form>
    </Modal>
  );
}
