import type { SaveState } from './useRecordEdits';

export function SaveStatus({ state }: { readonly state: SaveState }) {
  const text =
    state.pending > 0
      ? 'Saving…'
      : state.lastSavedAt
        ? 'All changes saved'
        : 'No unsaved changes';

  return (
    <span className="save-status" role="status" data-pending={state.pending}>
      {text}
    </span>
  );
}
