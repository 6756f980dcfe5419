import { useState, type KeyboardEvent } from 'react';
import { countOf } from '../../../core/scan';
import { describeError, useServices } from '../../app/services';
import type { PickedFile } from '../../platform/types';
import { useProjectSession } from '../workspace/project-context';
import { CODEBOOK_FILE_FILTERS } from './codebook-files';
import { CodesPane } from './CodesPane';
import { exportCodebook, type CodebookExportFormat } from './export-codebook';
import { HistoryPane } from './HistoryPane';
import { ImportCodebookDialog } from './ImportCodebookDialog';
import { SetsPane } from './SetsPane';
import { useCodebookEditor } from './useCodebookEditor';

type Pane = 'codes' | 'sets' | 'history';

const PANES: readonly { id: Pane; label: string }[] = [
  { id: 'codes', label: 'Codes' },
  { id: 'sets', label: 'Sets' },
  { id: 'history', label: 'History' },
];

/**
 * The Codebook tab: codes, sets and history of the project's codebook,
 * with undo, import and export. Only leads change it; everyone may read
 * and export it.
 */
export function CodebookView() {
  const editor = useCodebookEditor();
  const { platform, notify } = useServices();
  const { meta } = useProjectSession();
  const [pane, setPane] = useState<Pane>('codes');
  const [importing, setImporting] = useState<PickedFile | null>(null);
  const { codebook } = editor;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const isUndo =
      (event.ctrlKey || event.metaKey) &&
      !event.shiftKey &&
      !event.altKey &&
      event.key.toLowerCase() === 'z';
    if (!isUndo || isTextEntry(event.target)) return;

    // The Records view listens on the document; this undo is the codebook's.
    event.preventDefault();
    event.stopPropagation();
    void editor.undo();
  };

  const pickImport = async () => {
    try {
      const file = await platform.openFile({
        title: 'Import a codebook',
        filters: CODEBOOK_FILE_FILTERS,
      });
      if (file) setImporting(file);
    } catch (error) {
      notify('error', describeError(error));
    }
  };

  const save = async (format: CodebookExportFormat) => {
    try {
      const outcome = await exportCodebook(
        platform,
        codebook,
        meta.name,
        format,
      );
      if (outcome.kind === 'refused') {
        notify(
          'error',
          'The codebook was not exported: ' +
            outcome.problems.map((problem) => problem.message).join(' '),
        );
      }
      if (outcome.kind === 'saved') {
        const notes = (outcome.warnings ?? []).map((each) => each.message);
        notify(
          'info',
          [`Codebook exported to ${outcome.location}.`, ...notes].join(' '),
        );
      }
    } catch (error) {
      notify('error', `The codebook was not exported: ${describeError(error)}`);
    }
  };

  return (
    <div className="codebook-view" onKeyDown={onKeyDown}>
      <div className="toolbar">
        <span className="codebook-version" data-testid="codebook-version">
          Version {codebook.version}
        </span>
        <span className="muted">
          {countOf(codebook.codes.length, 'code')} ·{' '}
          {countOf(codebook.sets.length, 'set')}
        </span>
        <span className="pane-switch" role="group" aria-label="Codebook parts">
          {PANES.map((each) => (
            <button
              key={each.id}
              type="button"
              aria-pressed={pane === each.id}
              onClick={() => setPane(each.id)}
            >
              {each.label}
            </button>
          ))}
        </span>
        {editor.canEdit && (
          <button
            type="button"
            disabled={editor.undoLabel === null || editor.isSaving}
            title={
              editor.undoLabel === null
                ? 'Nothing to undo'
                : `Undo: ${editor.undoLabel}`
            }
            onClick={() => void editor.undo()}
          >
            Undo
          </button>
        )}
        {editor.canEdit && (
          <button type="button" onClick={() => void pickImport()}>
            Import codebook…
          </button>
        )}
        <button type="button" onClick={() => void save('qdc')}>
          Export .qdc
        </button>
        <button type="button" onClick={() => void save('json')}>
          Export JSON
        </button>
        <button type="button" onClick={() => void save('csv')}>
          Export CSV
        </button>
      </div>
      {!editor.canEdit && (
        <p className="read-only-note" role="note">
          Only a lead of this project can change the codebook. You can read it
          and export it; a lead can make you a lead in the Team tab.
        </p>
      )}
      {pane === 'codes' && <CodesPane editor={editor} />}
      {pane === 'sets' && <SetsPane editor={editor} />}
      {pane === 'history' && (
        <HistoryPane key={codebook.version} codebook={codebook} />
      )}
      {importing && (
        <ImportCodebookDialog
          file={importing}
          editor={editor}
          onClose={() => setImporting(null)}
        />
      )}
    </div>
  );
}

function isTextEntry(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;

  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'color'].includes(target.type))
  );
}
