import { useEffect, useRef, type ReactNode } from 'react';

type ModalProps = {
  readonly title: string;
  /**
   * Omitted for a dialog that must be answered: it then has no close
   * button and Escape leaves it open.
   */
  readonly onClose?: () => void;
  readonly children: ReactNode;
  readonly wide?: boolean;
};

/**
 * A modal dialog on the native <dialog> element, which traps focus and
 * closes on Escape by itself.
 */
export function Modal({ title, onClose, children, wide }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose?.();
      }}
      onKeyDown={(event) => {
        // Without a user activation Chromium closes on Escape with a cancel
        // event that cannot be refused; refusing the key itself can be.
        if (!onClose && event.key === 'Escape') event.preventDefault();
      }}
    >
      <header className="modal-header">
        <h2>{title}</h2>
        {onClose && (
          <button type="button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
