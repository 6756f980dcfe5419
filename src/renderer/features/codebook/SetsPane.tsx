import { useState } from 'react';
import { addSet } from '../../../core/codebook';
import { ok } from '../../../core/model/problem';
import { useServices } from '../../app/services';
import { SetDetail } from './SetDetail';
import type { CodebookEditor, CodebookOperation } from './useCodebookEditor';

/**
 * Sets (themes) of the codebook: create, rename, describe and delete
 * them, and choose their codes.
 */
export function SetsPane({ editor }: { readonly editor: CodebookEditor }) {
  const { notify } = useServices();
  const { codebook, canEdit } = editor;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const selected =
    codebook.sets.find((set) => set.id === selectedId) ?? codebook.sets[0];

  const run = async (operation: CodebookOperation) => {
    const outcome = await editor.apply(operation);
    if (outcome.kind === 'refused') notify('error', outcome.problem.message);
    return outcome.kind === 'saved';
  };

  const create = () => {
    let created: string | null = null;
    void run((book, context) => {
      const added = addSet(book, { name: newName }, context);
      if (!added.ok) return added;

      created = added.value.set.id;
      return ok(added.value.codebook);
    }).then((saved) => {
      if (!saved) return;

      setNewName('');
      setSelectedId(created);
    });
  };

  return (
    <div className="sets-pane">
      <div className="sets-list">
        <ul className="plain-list" aria-label="Sets">
          {codebook.sets.map((set) => (
            <li key={set.id}>
              <button
                type="button"
                className="set-button"
                aria-pressed={set.id === selected?.id}
                onClick={() => setSelectedId(set.id)}
              >
                {set.name} <span className="muted">({set.codeIds.length})</span>
              </button>
            </li>
          ))}
        </ul>
        {codebook.sets.length === 0 && <p className="muted">No sets yet.</p>}
        {canEdit && (
          <form
            className="new-set"
            onSubmit={(event) => {
              event.preventDefault();
              create();
            }}
          >
            <label className="field">
              New set name
              <input
                value={newName}
                onChange={(event) => setNewName(event.target.value)}
              />
            </label>
            <button type="submit" disabled={newName.trim() === ''}>
              Create set
            </button>
          </form>
        )}
      </div>
      {selected !== undefined && (
        <SetDetail
          key={`${selected.id}:${codebook.version}`}
          set={selected}
          editor={editor}
          run={run}
        />
      )}
    </div>
  );
}
