import { useCallback, useMemo, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { GridLayout, ProjectMeta } from '../../../core/model/project';
import { asProjectId } from '../../../core/model/ids';
import { plural } from '../../../core/scan';
import { useCoalescedValue } from '../../components/useCoalescedValue';
import { RecordGrid } from '../grid/RecordGrid';
import { ColumnChooser } from '../grid/ColumnChooser';
import type { GridRow } from '../grid/grid-row';
import { CodingPanel } from '../coding/CodingPanel';
import { CodingToolbar } from '../coding/CodingToolbar';
import { useCoding } from '../coding/useCoding';
import { describeError, useServices } from '../../app/services';
import { useProjectSession } from './project-context';
import type { CodingHost } from './replay';
import { useRecordEdits } from './useRecordEdits';
import { useRecordSelection } from './useRecordSelection';
import { useShortcuts } from './useShortcuts';
import { SaveStatus } from './SaveStatus';

export type RecordsViewProps = {
  readonly meta: ProjectMeta;
  readonly rows: readonly GridRow[];
  /** The view is on screen; coding keys listen only then. */
  readonly isActive: boolean;
  readonly onReimport: (meta: ProjectMeta) => void;
};

export function RecordsView(props: RecordsViewProps) {
  const { meta, rows, onReimport } = props;
  const { repository, notify, coder } = useServices();
  const session = useProjectSession();
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const hostRef = useRef<CodingHost | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [api, setApi] = useState<GridApi<GridRow> | null>(null);
  const [quickFilter, setQuickFilter] = useState('');
  const selection = useRecordSelection();
  const [showColumns, setShowColumns] = useState(false);
  const [wrapLongText, setWrapLongText] = useState(false);
  const [displayed, setDisplayed] = useState(rows.length);
  const edits = useRecordEdits(meta.id, apiRef, hostRef);
  const settledFilter = useCoalescedValue(quickFilter);
  const coding = useCoding({
    meta,
    rows,
    apiRef,
    hostRef,
    onCodingChange: edits.onCodingChange,
    selection,
    isActive: props.isActive,
  });

  const rowsByKey = useMemo(
    () => new Map(rows.map((row) => [row.key, row])),
    [rows],
  );
  const { selectedKey } = selection;
  const selectedRow = selectedKey ? (rowsByKey.get(selectedKey) ?? null) : null;

  const shortcuts = useMemo(
    () => ({
      undo: edits.undo,
      redo: edits.redo,
      find: () => searchRef.current?.focus(),
    }),
    [edits.undo, edits.redo],
  );
  useShortcuts(shortcuts, props.isActive);

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
            ? `${rows.length.toLocaleString()} ` +
              plural(rows.length, 'record', 'records')
            : `${displayed.toLocaleString()} of ` +
              `${rows.length.toLocaleString()} ` +
              plural(rows.length, 'record', 'records')}
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
      <CodingToolbar
        codebook={session.codebook}
        coder={coder}
        visibleCoders={coding.visibleCoders}
        filters={coding.filters}
        progress={coding.progress}
      />
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
          extraColumns={coding.columns}
          recordFilter={coding.recordFilter}
          onReady={handleReady}
          onCellEdit={edits.onCellEdit}
          onLayoutChange={handleLayout}
          onSelect={selection.select}
          onDisplayedCountChange={setDisplayed}
        />
        <CodingPanel
          projectId={meta.id}
          columns={meta.columns}
          row={selectedRow}
          codebook={session.codebook}
          coder={coder}
          coding={coding}
          revision={edits.state.revision}
          isSaving={edits.state.pending > 0}
          isBlind={meta.settings.blindMode && !session.isLead}
        />
      </div>
    </main>
  );
}
