import { useState } from 'react';
import type { ProjectMeta } from '../../../core/model/project';
import { ProgressBar } from '../../components/ProgressBar';
import { useProjectData } from './useProjectData';
import { RecordsView } from './RecordsView';
import { WORKSPACE_VIEWS, type WorkspaceViewId } from './views';

type ProjectWorkspaceProps = {
  readonly projectId: string;
  readonly onClose: () => void;
  readonly onReimport: (meta: ProjectMeta) => void;
  /** Changes after a re-import so the records are read again. */
  readonly reloadToken: number;
};

/** One open project: its records, and the other views as tabs. */
export function ProjectWorkspace(props: ProjectWorkspaceProps) {
  const [data] = useProjectData(props.projectId, props.reloadToken);
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

  const current = WORKSPACE_VIEWS.find((entry) => entry.id === view);
  return (
    <div className="workspace-shell">
      {WORKSPACE_VIEWS.length > 0 && (
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
        </nav>
      )}
      {view === 'records' || !current ? (
        <RecordsView
          meta={data.meta}
          rows={data.rows}
          onClose={props.onClose}
          onReimport={props.onReimport}
        />
      ) : (
        current.render({ meta: data.meta, rows: data.rows })
      )}
    </div>
  );
}
