import { useCallback, useMemo, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { GridLayout, ProjectMeta } from '../../../core/model/project';
import { asProjectId } from '../../../core/model/ids';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { RecordGrid } from '../grid/RecordGrid';
import { ColumnChooser } from '../grid/ColumnChooser';
import { DetailPane } from '../grid/DetailPane';
import type { GridRow } from '../grid/grid-row';
import { describeError, useServices } from '../../app/services';
import { useRecordEdits } from './useRecordEdits';
import { useShortcuts } from './useShortcuts';
import { SaveStatus } from './SaveStatus';

/** Typing pauses this long before the grid is filtered. */
const SEARCH_DELAY_MS = 120;

export type RecordsViewProps = {
  readonly meta: ProjectMeta;
  readonly rows: readonly GridRow[];
  readonly onClose: () => void;
  readonly onReimport: (meta: ProjectMeta) => void;
};

export function RecordsView({
  meta,
  rows,
  onClose,
  onReimport,
}: RecordsViewProps) {
  const { repository, notify } = useServices();
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [api, setApi] = useState<GridApi<GridRow> | null>(null);
  const [quickFilter, setQuickFilter] = useState('');
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [showColumns, setShowColumns] = useState(false);
  const [wrapLongText, setWrapLongText] = useState(false);
  const [displayed, setDisplayed] = useState(rows.length);
  const edits = useRecordEdits(meta.id, apiRef);
  const settledFilter = useDebouncedValue(quickFilter, SEARCH_DELAY_MS);

  const rowsByKey = useMemo(
    () => new Map(rows.map((row) => [row.key, row])),
    [rows],
  );
  const selectedRow = selectedKey ? (rowsByKey.get(selectedKey) ?? null) : null;

  const shortcuts = useMemo(
    () => ({
      undo: edits.undo,
      redo: edits.redo,
      find: () => searchRef.current?.focus(),
    }),
    [edits.undo, edits.redo],
  );
  useShortcuts(shortcuts);

  const handleReady = useCallback((ready: GridApi<GridRow>) => {
    apiRef.current = ready;
    setApi(ready);
  }, []);

  const handleLayout = useCallback(
    (layout: GridLayout | null) => {
      repository
        .updateProject(asProjectId(meta.id), { layout })
        .catch((error: unknown) =>
          notify(
            'error',
            `The column layout was not saved: ${describeError(error)}`,
          ),
        );
    },
    [repository, meta.id, notify],
  );

  const resetLayout = () => {
    api?.resetColumnState();
    handleLayout(null);
  };

  return (
    <main className="workspace">
      <div className="toolbar" role="toolbar" aria-label="Project tools">
        <button type="button" onClick={onClose} title="Back to projects">
          ← Projects
        </button>
        <h2 className="project-title">{meta.name}</h2>
        <input
          ref={searchRef}
          type="search"
          className="quick-search"
          placeholder="Search all fields (Ctrl+F)"
          aria-label="Search all fields"
          value={quickFilter}
          onChange={(event) => setQuickFilter(event.target.value)}
        />
        <span className="record-count" aria-live="polite">
          {displayed === rows.length
            ? `${rows.length.toLocaleString()} records`
            : `${displayed.toLocaleString()} of ${rows.length.toLocaleString()} records`}
        </span>
        <button
          type="button"
          onClick={edits.undo}
          disabled={!edits.state.canUndo}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={edits.redo}
          disabled={!edits.state.canRedo}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <label className="toggle">
          <input
            type="checkbox"
            checked={wrapLongText}
            onChange={(event) => setWrapLongText(event.target.checked)}
          />
          Wrap long text
        </label>
        <button
          type="button"
          onClick={() => setShowColumns((shown) => !shown)}
          aria-expanded={showColumns}
        >
          Columns
        </button>
        <button type="button" onClick={() => onReimport(meta)}>
          Re-import…
        </button>
        <SaveStatus state={edits.state} />
      </div>
      {showColumns && api && (
        <ColumnChooser
          api={api}
          onReset={resetLayout}
          onClose={() => setShowColumns(false)}
        />
      )}
      <div className="workspace-body">
        <RecordGrid
          columns={meta.columns}
          keyColumn={meta.keyColumn}
          rows={rows}
          layout={meta.layout}
          quickFilter={settledFilter}
          wrapLongText={wrapLongText}
          onReady={handleReady}
          onCellEdit={edits.onCellEdit}
          onLayoutChange={handleLayout}
          onSelect={setSelectedKey}
          onDisplayedCountChange={setDisplayed}
        />
        <DetailPane
          projectId={meta.id}
          columns={meta.columns}
          row={selectedRow}
          revision={edits.state.revision}
        />
      </div>
    </main>
  );
}
