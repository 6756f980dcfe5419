import { useId } from 'react';

type ImportActionsProps = {
  readonly label: string;
  /** Why the file cannot be imported yet; null when it can. */
  readonly block: string | null;
  readonly onCancel: () => void;
};

/** Cancel and the import's submit button, with why it is unavailable. */
export function ImportActions({ label, block, onCancel }: ImportActionsProps) {
  const reasonId = useId();

  return (
    <div className="actions import-actions">
      {block !== null && (
        <p id={reasonId} className="import-block" role="status">
          {block}
        </p>
      )}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button
        type="submit"
        className="primary"
        disabled={block !== null}
        aria-describedby={block === null ? undefined : reasonId}
      >
        {label}
      </button>
    </div>
  );
}
