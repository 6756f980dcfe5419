import { useState } from 'react';
import {
  addCodeToSet,
  findCode,
  getCodePath,
  removeCodeFromSet,
  removeSet,
  updateSet,
  type CodeSet,
} from '../../../core/codebook';
import type { CodeId } from '../../../core/model/ids';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { CodebookEditor, CodebookOperation } from './useCodebookEditor';

export type SetDetailProps = {
  readonly set: CodeSet;
  readonly editor: CodebookEditor;
  readonly run: (operation: CodebookOperation) => Promise<boolean>;
};

/** One set: its name, description and codes. */
export function SetDetail({ set, editor, run }: SetDetailProps) {
  const { codebook, canEdit } = editor;
  const [name, setName] = useState(set.name);
  const [description, setDescription] = useState(set.description);
  const [adding, setAdding] = useState<CodeId | ''>('');
  const [isDeleting, setIsDeleting] = useState(false);
  const isDirty = name !== set.name || description !== set.description;
  const outside = codebook.codes.filter(
    (code) => !set.codeIds.includes(code.id),
  );
  const label = (id: CodeId) =>
    findCode(codebook, id) === undefined
      ? id
      : getCodePath(codebook, id).join(' › ');

  return (
    <section className="set-detail" aria-label={`Set ${set.name}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run((book, context) =>
            updateSet(book, set.id, { name, description }, context),
          );
        }}
      >
        <label className="field">
          Set name
          <input
            value={name}
            readOnly={!canEdit}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field">
          Description
          <textarea
            rows={3}
            value={description}
            readOnly={!canEdit}
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
        {canEdit && (
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={() => setIsDeleting(true)}
            >
              Delete set
            </button>
            <button type="submit" className="primary" disabled={!isDirty}>
              Save set
            </button>
          </div>
        )}
      </form>
      <h3>Codes in this set ({set.codeIds.length})</h3>
      <ul className="plain-list set-members">
        {set.codeIds.map((id) => (
          <li key={id}>
            {label(id)}
            {canEdit && (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  void run((book, context) =>
                    removeCodeFromSet(book, set.id, id, context),
                  )
                }
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && outside.length > 0 && (
        <div className="add-member">
          <select
            aria-label="Code to add to the set"
            value={adding}
            onChange={(event) => setAdding(event.target.value as CodeId)}
          >
            <option value="">Choose a code…</option>
            {outside.map((code) => (
              <option key={code.id} value={code.id}>
                {label(code.id)}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={adding === ''}
            onClick={() =>
              adding !== '' &&
              void run((book, context) =>
                addCodeToSet(book, set.id, adding, context),
              )
            }
          >
            Add to set
          </button>
        </div>
      )}
      {isDeleting && (
        <ConfirmDialog
          title="Delete set"
          message={`Delete the set “${set.name}”? Its codes stay in the codebook.`}
          confirmLabel="Delete set"
          isDangerous
          onCancel={() => setIsDeleting(false)}
          onConfirm={() => {
            setIsDeleting(false);
            void run((book, context) => removeSet(book, set.id, context));
          }}
        />
      )}
    </section>
  );
}
