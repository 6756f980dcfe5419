import { useState, type RefObject } from 'react';
import {
  getCodePath,
  type Code,
  type Codebook,
  type CodebookProblem,
  type CodePatch,
  type CodeSetId,
} from '../../../core/codebook';

type CodeDetailProps = {
  readonly code: Code;
  readonly codebook: Codebook;
  readonly canEdit: boolean;
  readonly nameRef: RefObject<HTMLInputElement | null>;
  /** Saves the changed fields; resolves with the refusal, if any. */
  readonly onSave: (patch: CodePatch) => Promise<CodebookProblem | null>;
  readonly onToggleSet: (setId: CodeSetId, isMember: boolean) => void;
};

type Draft = {
  name: string;
  definition: string;
  include: string;
  exclude: string;
  example: string;
  color: string;
  shortcut: string;
  isCodable: boolean;
};

type TextField = Exclude<keyof Draft, 'isCodable'>;

const LONG_FIELDS: readonly { field: TextField; label: string }[] = [
  { field: 'definition', label: 'Definition' },
  { field: 'include', label: 'Include when' },
  { field: 'exclude', label: 'Exclude when' },
  { field: 'example', label: 'Example' },
];

/**
 * The selected code's fields. Mount it with a key of the code and the
 * codebook version, so a saved or reloaded codebook starts a fresh draft.
 */
export function CodeDetail(props: CodeDetailProps) {
  const { code, canEdit } = props;
  const [draft, setDraft] = useState<Draft>(() => toDraft(code));
  const [problem, setProblem] = useState<CodebookProblem | null>(null);
  const patch = listChanges(code, draft);
  const isDirty = Object.keys(patch).length > 0;
  const edit = <K extends keyof Draft>(field: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const save = async () => {
    setProblem(await props.onSave(patch));
  };

  return (
    <form
      className="code-detail"
      aria-label="Code details"
      onSubmit={(event) => {
        event.preventDefault();
        if (isDirty) void save();
      }}
    >
      <p className="code-path muted">
        {getCodePath(props.codebook, code.id).join(' › ')}
      </p>
      <label className="field">
        Name
        <input
          ref={props.nameRef}
          value={draft.name}
          readOnly={!canEdit}
          onChange={(event) => edit('name', event.target.value)}
        />
      </label>
      {LONG_FIELDS.map(({ field, label }) => (
        <label key={field} className="field">
          {label}
          <textarea
            rows={field === 'definition' ? 3 : 2}
            value={draft[field]}
            readOnly={!canEdit}
            onChange={(event) => edit(field, event.target.value)}
          />
        </label>
      ))}
      <div className="code-detail-row">
        <label className="field-inline">
          Colour
          <input
            type="color"
            value={draft.color.toLowerCase()}
            disabled={!canEdit}
            onChange={(event) => edit('color', event.target.value)}
          />
        </label>
        <label className="field-inline">
          Shortcut key
          <input
            className="shortcut-input"
            value={draft.shortcut}
            maxLength={1}
            readOnly={!canEdit}
            onChange={(event) => edit('shortcut', event.target.value)}
          />
        </label>
        <label className="field-inline">
          <input
            type="checkbox"
            checked={draft.isCodable}
            disabled={!canEdit}
            onChange={(event) => edit('isCodable', event.target.checked)}
          />
          Can be applied (clear for a grouping node)
        </label>
      </div>
      <SetMembership {...props} />
      {problem !== null && (
        <p className="form-problem" role="alert">
          {problem.message}
        </p>
      )}
      {canEdit && (
        <div className="actions">
          <button
            type="button"
            disabled={!isDirty}
            onClick={() => {
              setDraft(toDraft(code));
              setProblem(null);
            }}
          >
            Discard changes
          </button>
          <button type="submit" className="primary" disabled={!isDirty}>
            Save code
          </button>
        </div>
      )}
    </form>
  );
}

function SetMembership(props: CodeDetailProps) {
  const { codebook, code } = props;
  if (codebook.sets.length === 0) return null;

  return (
    <fieldset className="code-sets">
      <legend>Sets</legend>
      {codebook.sets.map((set) => (
        <label key={set.id} className="field-inline">
          <input
            type="checkbox"
            checked={set.codeIds.includes(code.id)}
            disabled={!props.canEdit}
            onChange={(event) =>
              props.onToggleSet(set.id, event.target.checked)
            }
          />
          {set.name}
        </label>
      ))}
    </fieldset>
  );
}

function toDraft(code: Code): Draft {
  return {
    name: code.name,
    definition: code.definition,
    include: code.include,
    exclude: code.exclude,
    example: code.example,
    color: code.color,
    shortcut: code.shortcut ?? '',
    isCodable: code.isCodable,
  };
}

/** The fields the user changed, as `updateCode` takes them. */
function listChanges(code: Code, draft: Draft): CodePatch {
  const patch: { -readonly [K in keyof CodePatch]: CodePatch[K] } = {};
  if (draft.name !== code.name) patch.name = draft.name;
  for (const { field } of LONG_FIELDS) {
    const value = draft[field];
    if (value !== code[field]) patch[field as 'definition'] = value;
  }
  if (draft.color.toUpperCase() !== code.color) patch.color = draft.color;
  const shortcut = draft.shortcut === '' ? null : draft.shortcut;
  if (shortcut !== code.shortcut) patch.shortcut = shortcut;
  if (draft.isCodable !== code.isCodable) patch.isCodable = draft.isCodable;
  return patch;
}
