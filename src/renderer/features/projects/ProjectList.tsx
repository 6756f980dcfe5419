import { useState, type ReactNode } from 'react';
import type { ProjectMeta } from '../../../core/model/project';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RenameDialog } from './RenameDialog';

/** The menu's Import command presses this button. */
export const IMPORT_BUTTON_ID = 'import-scan-button';

type ProjectListProps = {
  readonly projects: readonly ProjectMeta[] | null;
  readonly onOpen: (id: string) => void;
  readonly onImport: () => void;
  readonly onOpenSample: () => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDelete: (id: string) => void;
  /** More start-screen buttons, e.g. Restore from backup. */
  readonly extraActions?: ReactNode;
  /** Shown above the list, e.g. the export reminder. */
  readonly notice?: ReactNode;
  /** With it, a "Last exported" column: project id → ISO time. */
  readonly lastExports?: ReadonlyMap<string, string>;
  /** With it, an "Export copy" button per project. */
  readonly onExportCopy?: (id: string) => void;
};

/** The start screen: every project on this machine, side by side. */
export function ProjectList(props: ProjectListProps) {
  const [renaming, setRenaming] = useState<ProjectMeta | null>(null);
  const [deleting, setDeleting] = useState<ProjectMeta | null>(null);
  const { projects } = props;

  return (
    <main className="project-list">
      <section className="start-actions">
        <h2>Projects</h2>
        <div className="actions">
          <button
            id={IMPORT_BUTTON_ID}
            type="button"
            className="primary"
            onClick={props.onImport}
          >
            Import scan…
          </button>
          <button type="button" onClick={props.onOpenSample}>
            Open sample scan
          </button>
          {props.extraActions}
        </div>
      </section>
      {props.notice}
      {projects === null && <p className="muted">Reading projects…</p>}
      {projects?.length === 0 && (
        <section className="welcome">
          <h3>Welcome to Podscan</h3>
          <p>
            Import a scan from a CSV or TSV file, or open the sample scan of 300
            invented learning-pod initiatives to try the workbench.
          </p>
        </section>
      )}
      {projects && projects.length > 0 && (
        <table className="projects-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Records</th>
              <th scope="col">Columns</th>
              <th scope="col">Last changed</th>
              {props.lastExports && <th scope="col">Last exported</th>}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => (
              <tr key={project.id}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onOpen(project.id)}
                  >
                    {project.name}
                  </button>
                </td>
                <td>{project.recordCount.toLocaleString()}</td>
                <td>{project.columns.length}</td>
                <td>{new Date(project.updatedAt).toLocaleString()}</td>
                {props.lastExports && (
                  <td data-testid="last-exported">
                    {describeExport(props.lastExports.get(project.id))}
                  </td>
                )}
                <td className="row-actions">
                  <button
                    type="button"
                    onClick={() => props.onOpen(project.id)}
                  >
                    Open
                  </button>
                  <button type="button" onClick={() => setRenaming(project)}>
                    Rename
                  </button>
                  {props.onExportCopy && (
                    <button
                      type="button"
                      onClick={() => props.onExportCopy?.(project.id)}
                    >
                      Export copy
                    </button>
                  )}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => setDeleting(project)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {renaming && (
        <RenameDialog
          currentName={renaming.name}
          onCancel={() => setRenaming(null)}
          onRename={(name) => {
            props.onRename(renaming.id, name);
            setRenaming(null);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete project"
          message={`Delete "${deleting.name}" with its ${deleting.recordCount.toLocaleString()} records, edits and history from this computer? This cannot be undone. Export it first if you may need it.`}
          confirmLabel="Delete project"
          isDangerous
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            props.onDelete(deleting.id);
            setDeleting(null);
          }}
        />
      )}
    </main>
  );
}

function describeExport(at: string | undefined): string {
  return at === undefined ? 'Never' : new Date(at).toLocaleString();
}
