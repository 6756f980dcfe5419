import { useEffect, useRef, useState } from 'react';
import {
  addCodeToSet,
  findCode,
  moveCode,
  removeCodeFromSet,
  retireCode,
  unretireCode,
  updateCode,
  type Code,
  type CodeMoveTarget,
  type CodePatch,
  type CodeSetId,
} from '../../../core/codebook';
import type { CodeId } from '../../../core/model/ids';
import { describeError, useServices } from '../../app/services';
import { useProjectSession } from '../workspace/project-context';
import { CodeDetail } from './CodeDetail';
import { CodeTree } from './CodeTree';
import {
  createAddCode,
  createDeleteCode,
  loadCodeUsage,
} from './code-commands';
import { CodeDialog, type CodeDialogState } from './CodeDialog';
import {
  createContext,
  type CodebookEditor,
  type CodebookOperation,
} from './useCodebookEditor';

/** The code tree beside the selected code's form, and the code actions. */
export function CodesPane({ editor }: { readonly editor: CodebookEditor }) {
  const { repository, notify, userName } = useServices();
  const { meta } = useProjectSession();
  const { codebook, canEdit } = editor;
  const [selectedId, setSelectedId] = useState<CodeId | null>(null);
  const [dialog, setDialog] = useState<CodeDialogState>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const focusName = useRef(false);
  const selected =
    (selectedId === null ? undefined : findCode(codebook, selectedId)) ??
    codebook.codes[0];

  useEffect(() => {
    if (!focusName.current) return;

    focusName.current = false;
    nameRef.current?.focus();
    nameRef.current?.select();
  }, [codebook.version, selected?.id]);

  const run = async (operation: CodebookOperation, remap = false) => {
    const outcome = await editor.apply(operation, { remapCodings: remap });
    if (outcome.kind === 'refused') notify('error', outcome.problem.message);
    return outcome.kind === 'saved';
  };

  const add = (kind: 'child' | 'sibling') => {
    let added: CodeId | null = null;
    const place =
      kind === 'sibling' && selected !== undefined
        ? ({ kind, sibling: selected } as const)
        : ({ kind: 'child', parent: selected ?? null } as const);
    void run(createAddCode(place, (id) => (added = id))).then((saved) => {
      if (!saved || added === null) return;

      focusName.current = true;
      setSelectedId(added);
    });
  };

  const move = (id: CodeId, target: CodeMoveTarget) =>
    void run((book, context) =>
      moveCode(book, id, target.parentId, target.index, context),
    );

  const startDelete = async (code: Code) => {
    try {
      const isUsed = await loadCodeUsage(repository, meta.id);
      const check = createDeleteCode(code.id, isUsed)(
        codebook,
        createContext(userName),
      );
      if (check.ok) setDialog({ kind: 'delete', code, isUsed });
      else if (check.error.code === 'CODE_IN_USE') {
        setDialog({ kind: 'refused', code, message: check.error.message });
      } else notify('error', check.error.message);
    } catch (error) {
      notify('error', `Codings could not be read: ${describeError(error)}`);
    }
  };

  const save = async (code: Code, patch: CodePatch) => {
    const outcome = await editor.apply((book, context) =>
      updateCode(book, code.id, patch, context),
    );
    return outcome.kind === 'refused' ? outcome.problem : null;
  };

  const toggleSet = (code: Code, setId: CodeSetId, isMember: boolean) =>
    void run((book, context) =>
      isMember
        ? addCodeToSet(book, setId, code.id, context)
        : removeCodeFromSet(book, setId, code.id, context),
    );

  return (
    <div className="codes-pane">
      <div className="codes-pane-tree">
        {canEdit && (
          <div className="toolbar code-actions" aria-label="Code actions">
            <button type="button" onClick={() => add('sibling')}>
              Add code
            </button>
            <button
              type="button"
              disabled={selected === undefined}
              onClick={() => add('child')}
            >
              Add child code
            </button>
          </div>
        )}
        {codebook.codes.length === 0 ? (
          <p className="muted empty-note">
            The codebook has no codes yet.
            {canEdit && ' Add a code, or import a codebook.'}
          </p>
        ) : (
          <CodeTree
            codebook={codebook}
            selectedId={selected?.id ?? null}
            onSelect={setSelectedId}
            onEdit={() => {
              nameRef.current?.focus();
              nameRef.current?.select();
            }}
            onMove={canEdit ? move : null}
          />
        )}
        {canEdit && (
          <p className="hint tree-hint">
            Alt+↑/↓ moves the selected code among its siblings, Alt+←/→ out of
            or into a branch; codes can also be dragged.
          </p>
        )}
      </div>
      {selected !== undefined && (
        <div className="codes-pane-detail">
          <CodeDetail
            key={`${selected.id}:${codebook.version}`}
            code={selected}
            codebook={codebook}
            canEdit={canEdit}
            nameRef={nameRef}
            onSave={(patch) => save(selected, patch)}
            onToggleSet={(setId, isMember) =>
              toggleSet(selected, setId, isMember)
            }
          />
          {canEdit && (
            <div className="actions code-state-actions">
              <button
                type="button"
                onClick={() => setDialog({ kind: 'merge', code: selected })}
              >
                Merge into…
              </button>
              <button
                type="button"
                onClick={() =>
                  void run((book, context) =>
                    selected.retired
                      ? unretireCode(book, selected.id, context)
                      : retireCode(book, selected.id, context),
                  )
                }
              >
                {selected.retired ? 'Restore for coding' : 'Retire'}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void startDelete(selected)}
              >
                Delete
              </button>
            </div>
          )}
        </div>
      )}
      {dialog !== null && (
        <CodeDialog
          dialog={dialog}
          codebook={codebook}
          run={run}
          onChange={setDialog}
          onMerged={setSelectedId}
        />
      )}
    </div>
  );
}
