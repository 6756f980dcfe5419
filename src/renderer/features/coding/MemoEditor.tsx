import { useEffect, useId, useRef, useState } from 'react';

/** Typing pauses this long before the memo is saved. */
const MEMO_DELAY_MS = 600;

type MemoEditorProps = {
  readonly recordKey: string;
  /** The memo as stored in the coder's layer. */
  readonly memo: string;
  /** Some change is still being written. */
  readonly isSaving: boolean;
  readonly canCode: boolean;
  readonly onSave: (recordKey: string, memo: string) => void;
};

/**
 * The coder's memo on one record, saved when typing pauses, when the
 * field loses focus and when another record is selected. Render it keyed
 * by record. An undo of the memo shows here unless the coder is typing.
 */
export function MemoEditor(props: MemoEditorProps) {
  const { recordKey, memo, onSave } = props;
  const id = useId();
  const [draft, setDraft] = useState(memo);
  const [seen, setSeen] = useState(memo);
  const latest = useRef({ draft, memo, onSave });

  if (memo !== seen) {
    setSeen(memo);
    if (draft === seen) setDraft(memo);
  }

  useEffect(() => {
    latest.current = { draft, memo, onSave };
    if (draft === memo) return;

    const timer = window.setTimeout(
      () => onSave(recordKey, draft),
      MEMO_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [recordKey, draft, memo, onSave]);

  // Selecting another record unmounts this editor: keep what was typed.
  useEffect(
    () => () => {
      const last = latest.current;
      if (last.draft !== last.memo) last.onSave(recordKey, last.draft);
    },
    [recordKey],
  );

  const state =
    draft !== memo
      ? 'unsaved'
      : props.isSaving
        ? 'saving'
        : memo === ''
          ? 'empty'
          : 'saved';
  return (
    <section className="memo-editor" aria-label="Memo">
      <label htmlFor={id}>Memo</label>
      <textarea
        id={id}
        value={draft}
        rows={4}
        readOnly={!props.canCode}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft !== memo) onSave(recordKey, draft);
        }}
      />
      <span className="memo-state" role="status" data-state={state}>
        {STATE_TEXT[state]}
      </span>
    </section>
  );
}

const STATE_TEXT = {
  unsaved: 'Not saved yet…',
  saving: 'Saving…',
  saved: 'Memo saved',
  empty: '',
} as const;
