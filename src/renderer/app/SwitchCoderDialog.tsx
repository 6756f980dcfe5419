import { useEffect, useState } from 'react';
import type { Coder } from '../../core/model/coding';
import { Modal } from '../components/Modal';
import { IdentityDialog } from './IdentityDialog';
import { listIdentities } from './identities';
import { describeError, useServices } from './services';
import type { Identity } from './useBoot';

type SwitchCoderDialogProps = {
  readonly onSwitch: (coder: Coder) => Promise<void>;
  readonly onCreate: (identity: Identity) => Promise<Coder>;
  readonly onClose: () => void;
};

/**
 * Switching coder is explicit: pick an identity used on this machine or
 * create a new one. Each identity codes in its own layer.
 */
export function SwitchCoderDialog(props: SwitchCoderDialogProps) {
  const { settings, coder, notify } = useServices();
  const [known, setKnown] = useState<readonly Coder[]>([]);
  const [isCreating, setIsCreating] = useState(false);

  useEffect(() => {
    listIdentities(settings)
      .then(setKnown)
      .catch((error: unknown) => notify('error', describeError(error)));
  }, [settings, notify]);

  const run = (action: Promise<unknown>, done: string) => {
    action
      .then(() => {
        notify('info', done);
        props.onClose();
      })
      .catch((error: unknown) =>
        notify('error', `The coder was not switched: ${describeError(error)}`),
      );
  };

  if (isCreating) {
    return (
      <IdentityDialog
        title="New coder identity"
        onCancel={() => setIsCreating(false)}
        onSave={(identity) =>
          run(props.onCreate(identity), `Now coding as ${identity.name}.`)
        }
      />
    );
  }

  const others = known.filter((each) => each.id !== coder.id);
  return (
    <Modal title="Switch coder" onClose={props.onClose}>
      <p>
        Now coding as <strong>{coder.name}</strong> ({coder.initials}).
      </p>
      {others.length > 0 && (
        <ul className="identity-list">
          {others.map((each) => (
            <li key={each.id}>
              <button
                type="button"
                onClick={() =>
                  run(props.onSwitch(each), `Now coding as ${each.name}.`)
                }
              >
                Switch to {each.name} ({each.initials})
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => setIsCreating(true)}
        >
          New identity…
        </button>
      </div>
    </Modal>
  );
}
