import {
  mergeCodes,
  retireCode,
  type Code,
  type Codebook,
} from '../../../core/codebook';
import type { CodeId } from '../../../core/model/ids';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { createDeleteCode } from './code-commands';
import { DeleteRefusedDialog } from './DeleteRefusedDialog';
import { MergeDialog } from './MergeDialog';
import type { CodebookOperation } from './useCodebookEditor';

/** Which dialog the code actions have open, if any. */
export type CodeDialogState =
  | { readonly kind: 'merge'; readonly code: Code }
  | { readonly kind: 'refused'; readonly code: Code; readonly message: string }
  | {
      readonly kind: 'delete';
      readonly code: Code;
      readonly isUsed: (id: CodeId) => boolean;
    }
  | null;

type CodeDialogProps = {
  readonly dialog: Exclude<CodeDialogState, null>;
  readonly codebook: Codebook;
  /** Applies an operation; resolves true when it was saved. */
  readonly run: (
    operation: CodebookOperation,
    remapCodings?: boolean,
  ) => Promise<boolean>;
  readonly onChange: (dialog: CodeDialogState) => void;
  readonly onMerged: (intoId: CodeId) => void;
};

/** Merging, a refused deletion (with its way out) or a deletion. */
export function CodeDialog(props: CodeDialogProps) {
  const { dialog, run } = props;
  const { code } = dialog;
  const close = () => props.onChange(null);
  switch (dialog.kind) {
    case 'merge':
      return (
        <MergeDialog
          code={code}
          codebook={props.codebook}
          onCancel={close}
          onMerge={(intoId) => {
            close();
            void run(
              (book, context) => mergeCodes(book, code.id, intoId, context),
              true,
            ).then((saved) => saved && props.onMerged(intoId));
          }}
        />
      );
    case 'refused':
      return (
        <DeleteRefusedDialog
          code={code}
          message={dialog.message}
          onCancel={close}
          onMerge={() => props.onChange({ kind: 'merge', code })}
          onRetire={() => {
            close();
            void run((book, context) => retireCode(book, code.id, context));
          }}
        />
      );
    case 'delete':
      return (
        <ConfirmDialog
          title="Delete code"
          message={
            `Delete “${code.name}”? No record is coded with it. ` +
            'Undo brings it back.'
          }
          confirmLabel="Delete"
          isDangerous
          onCancel={close}
          onConfirm={() => {
            close();
            void run(createDeleteCode(code.id, dialog.isUsed));
          }}
        />
      );
  }
}
