import { useState } from 'react';
import type { ProjectMeta } from '../../../core/model/project';
import { ProgressBar } from '../../components/ProgressBar';
import { useServices } from '../../app/services';
import type { GridRow } from '../grid/grid-row';
import { useProjectData } from './useProjectData';
import { useOpenProject } from './useOpenProject';
import { ProjectContext } from './project-context';
import { RecordsLoading } from './RecordsLoading';
import { RecordsView } from './RecordsView';
import { WORKSPACE_VIEWS, type WorkspaceViewId } from './views';

type ProjectWorkspaceProps = {
  readonly projectId: string;
  readonly onClose: () => void;
  readonly onReimport: (meta: ProjectMeta) => void;
  /** Changes after a re-import or merge so the records are read again. */
  readonly reloadToken: number;
  readonly onReload: () => void;
};

/** One open project: its records, and the other views as tabs. */
export function ProjectWorkspace(props: ProjectWorkspaceProps) {
  const [data] = useProjectData(props.projectId, props.reloadToken);
  // Held here so a reload (after a merge, say) returns to the same tab.
  const [view, setView] = useState<WorkspaceViewId>('records');

  if (data.status === 'loading') {
    return (
      <main className="workspace-loading">
        <ProgressBar fraction={data.fraction} label="Opening project" />
      </main>
    );
  }
  if (data.status === 'failed') {
    return (
      <main className="workspace-loading">
        <p role="alert">{data.message}</p>
        <button type="button" onClick={props.onClose}>
          Back to projects
        </button>
      </main>
    );
  }

  return (
    <OpenProject
      {...props}
      meta={data.meta}
      rows={data.rows}
      loading={data.loading}
      view={view}
      onView={setView}
    />
  );
}

type OpenProjectProps = ProjectWorkspaceProps & {
  readonly meta: ProjectMeta;
  readonly rows: readonly GridRow[];
  /** Fraction of the records read while the rest still load, else null. */
  readonly loading: number | null;
  readonly view: WorkspaceViewId;
  readonly onView: (view: WorkspaceViewId) => void;
};

function OpenProject(props: OpenProjectProps) {
  const { coder } = useServices();
  const session = useOpenProject(props.meta);
  const { view, onView: setView } = props;

  if (!session) {
    return (
      <main className="workspace-loading">
        <ProgressBar fraction={null} label="Opening project" />
      </main>
    );
  }

  const current = WORKSPACE_VIEWS.find((entry) => entry.id === view);
  return (
    <ProjectContext.Provider value={session}>
      <div className="workspace-shell">
        <div className="project-bar">
          <button
            type="button"
            onClick={props.onClose}
            title="Back to projects"
          >
            ← Projects
          </button>
          <h2 className="project-title">{session.meta.name}</h2>
          <nav className="view-tabs" aria-label="Project views">
            <button
              type="button"
              aria-current={view === 'records' ? 'page' : undefined}
              onClick={() => setView('records')}
            >
              Records
            </button>
            {WORKSPACE_VIEWS.map((entry) => (
              <button
                key={entry.id}
                type="button"
                aria-current={view === entry.id ? 'page' : undefined}
                onClick={() => setView(entry.id)}
              >
                {entry.label}
              </button>
            ))}
            {props.loading !== null && (
              <RecordsLoading
                fraction={props.loading}
                onCancel={props.onClose}
              />
            )}
          </nav>
        </div>
        {/* Kept mounted while hidden: the grid keeps its scroll and focus. */}
        <div className="view-panel" hidden={view !== 'records'}>
          {/* Keyed by coder: a coder switch shows the new coder's layer. */}
          <RecordsView
            key={coder.id}
            meta={session.meta}
            isActive={view === 'records'}
            rows={props.rows}
            onReimport={props.onReimport}
          />
        </div>
        {view !== 'records' && current && (
          <div className="view-panel">
            {current.render({
              meta: session.meta,
              rows: props.rows,
              onReload: props.onReload,
            })}
          </div>
        )}
      </div>
    </ProjectContext.Provider>
  );
}
