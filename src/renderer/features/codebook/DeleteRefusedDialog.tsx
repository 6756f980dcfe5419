import type { Code } from '../../../core/codebook';
import { Modal } from '../../components/Modal';

type DeleteRefusedDialogProps = {
  readonly code: Code;
  /** Why core refused, in its words. */
  readonly message: string;
  readonly onMerge: () => void;
  readonly onRetire: () => void;
  readonly onCancel: () => void;
};

/**
 * A code with codings is never deleted: the dialog says why and offers
 * the two ways that keep the codings, merging and retiring.
 */
export function DeleteRefusedDialog(props: DeleteRefusedDialogProps) {
  return (
    <Modal title="This code cannot be deleted" onClose={props.onCancel}>
      <p role="alert">{props.message}</p>
      <ul className="plain-list">
        <li>
          <strong>Merge</strong> combines its codings with another code’s.
        </li>
        <li>
          <strong>Retire</strong> hides it from coding and keeps every record
          coded with it.
        </li>
      </ul>
      <div className="actions">
        <button type="button" onClick={props.onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" onClick={props.onMerge}>
          Merge into another code…
        </button>
        {!props.code.retired && (
          <button type="button" className="primary" onClick={props.onRetire}>
            Retire “{props.code.name}”
          </button>
        )}
      </div>
    </Modal>
  );
}
