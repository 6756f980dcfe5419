import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ProjectMeta } from '../core/model/project';
import { asProjectId } from '../core/model/ids';
import { MessageBar } from './components/MessageBar';
import { ProgressBar } from './components/ProgressBar';
import { describeError, ServicesContext, type Services } from './app/services';
import { useMessages } from './app/useMessages';
import { useBoot } from './app/useBoot';
import { IdentityDialog } from './app/IdentityDialog';
import { SwitchCoderDialog } from './app/SwitchCoderDialog';
import { AboutDialog } from './app/AboutDialog';
import { IMPORT_BUTTON_ID, ProjectList } from './features/projects/ProjectList';
import { ProjectWorkspace } from './features/workspace/ProjectWorkspace';
import { ImportWizard, type ImportMode } from './features/import/ImportWizard';
import { readSampleScan, SCAN_FILE_FILTERS } from './features/import/sample';
import { BackupsDialog } from './features/backups/BackupsDialog';
import { ExportReminder } from './features/backups/ExportReminder';
import { exportProjectCopy } from './features/backups/backup-actions';
import { useBackupTimer } from './features/backups/useBackupTimer';
import { useLastExports } from './features/backups/useLastExports';
import { useOpenRecent } from './features/backups/useOpenRecent';
import type { PickedFile } from './platform/types';

type Importing = {
  readonly file: PickedFile;
  readonly mode: ImportMode;
  readonly suggestedName?: string;
};

export function App() {
  const { messages, notify, dismiss } = useMessages();
  const boot = useBoot();
  const [projects, setProjects] = useState<readonly ProjectMeta[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [importing, setImporting] = useState<Importing | null>(null);
  const [reloadToken, setReloadToken] = useState(0);
  const [showAbout, setShowAbout] = useState(false);
  const [showBackups, setShowBackups] = useState(false);

  const [switching, setSwitching] = useState(false);
  const ready = boot.status === 'ready' ? boot : null;
  const services = useMemo<Services | null>(
    () =>
      ready?.coder
        ? {
            ...ready.services,
            notify,
            coder: ready.coder,
            userName: ready.coder.name,
            requestSwitchCoder: () => setSwitching(true),
          }
        : null,
    [ready, notify],
  );

  const refreshProjects = useCallback(() => {
    if (!services) return;
    services.repository
      .listProjects()
      .then(setProjects)
      .catch((error: unknown) =>
        notify('error', `Projects could not be read: ${describeError(error)}`),
      );
  }, [services, notify]);

  useEffect(refreshProjects, [refreshProjects]);
  useBackupTimer(services);
  const { lastExports, refresh: refreshExports } = useLastExports(services);
  const importRecent = useCallback(
    (file: PickedFile) => setImporting({ file, mode: { kind: 'new' } }),
    [],
  );
  useOpenRecent(
    services,
    projects?.find((project) => project.id === openId) ?? null,
    { openProject: setOpenId, importFile: importRecent },
  );

  useEffect(() => {
    if (!services) return;
    return services.platform.onMenuCommand((command) => {
      if (command === 'about') setShowAbout(true);
      if (command === 'backups') setShowBackups(true);
      if (command === 'import')
        document.getElementById(IMPORT_BUTTON_ID)?.click();
      if (command === 'copyDiagnostics') {
        services.platform
          .copyDiagnostics()
          .then(() => notify('info', 'Diagnostics copied to the clipboard.'))
          .catch((error: unknown) => notify('error', describeError(error)));
      }
    });
  }, [services, notify]);

  if (boot.status === 'starting') {
    return <ProgressBar fraction={null} label="Starting Podscan" />;
  }
  if (boot.status === 'failed' || boot.status === 'interrupted') {
    return (
      <main className="boot-failure">
        <h1>
          {boot.status === 'failed'
            ? 'Podscan could not start'
            : 'This window stopped saving'}
        </h1>
        <p role="alert">{boot.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
  if (!services) {
    return (
      <IdentityDialog
        title="Who is working here?"
        onSave={(identity) => {
          boot
            .createIdentity(identity)
            .catch((error: unknown) => notify('error', describeError(error)));
        }}
      />
    );
  }

  const pickAndImport = async (mode: ImportMode) => {
    const file = await services.platform.openFile({
      title: mode.kind === 'new' ? 'Import scan' : 'Re-import a newer version',
      filters: SCAN_FILE_FILTERS,
    });
    if (file) setImporting({ file, mode });
  };

  const run = (action: () => Promise<unknown>, failure: string) => {
    action()
      .then(refreshProjects)
      .catch((error: unknown) =>
        notify('error', `${failure}: ${describeError(error)}`),
      );
  };
  const isBrowser = services.platform.kind === 'browser';
  const exportCopy = (id: string) => {
    exportProjectCopy(services, asProjectId(id))
      .then((saved) => {
        refreshExports();
        if (saved) notify('info', 'Copy exported.');
      })
      .catch((error: unknown) =>
        notify('error', `The copy was not exported: ${describeError(error)}`),
      );
  };

  return (
    <ServicesContext.Provider value={services}>
      <div className="app">
        <header className="app-header">
          <h1>Podscan Workbench</h1>
          <span className="header-end">
            <button
              type="button"
              className="user-name"
              title="Recorded with your changes; click to switch coder"
              onClick={() => setSwitching(true)}
            >
              Coder: {services.coder.name} ({services.coder.initials})
            </button>
            <button type="button" onClick={() => setShowAbout(true)}>
              About
            </button>
          </span>
        </header>
        <MessageBar messages={messages} onDismiss={dismiss} />
        {openId === null ? (
          <ProjectList
            projects={projects}
            onOpen={setOpenId}
            onImport={() => void pickAndImport({ kind: 'new' })}
            onOpenSample={() =>
              setImporting({
                file: readSampleScan(),
                mode: { kind: 'new' },
                suggestedName: 'Sample scan: learning pods (invented)',
              })
            }
            onRename={(id, name) =>
              run(
                () =>
                  services.repository.updateProject(asProjectId(id), { name }),
                'The project was not renamed',
              )
            }
            onDelete={(id) =>
              run(async () => {
                await services.repository.deleteProject(asProjectId(id));
                // Only the Open Recent menu is stale if this fails.
                await services.platform.recent
                  ?.removeProject(id)
                  .catch(() => undefined);
              }, 'The project was not deleted')
            }
            onExportCopy={exportCopy}
            {...(isBrowser
              ? {
                  lastExports,
                  notice: projects && (
                    <ExportReminder
                      projects={projects}
                      lastExports={lastExports}
                    />
                  ),
                }
              : {
                  extraActions: (
                    <button type="button" onClick={() => setShowBackups(true)}>
                      Restore from backup…
                    </button>
                  ),
                })}
          />
        ) : (
          <ProjectWorkspace
            projectId={openId}
            reloadToken={reloadToken}
            onReload={() => setReloadToken((token) => token + 1)}
            onClose={() => {
              setOpenId(null);
              refreshProjects();
            }}
            onReimport={(project) =>
              void pickAndImport({ kind: 'reimport', project })
            }
          />
        )}
        {showAbout && <AboutDialog onClose={() => setShowAbout(false)} />}
        {showBackups && (
          <BackupsDialog
            onClose={() => setShowBackups(false)}
            onRestored={(meta) => {
              setShowBackups(false);
              refreshProjects();
              notify('info', `Restored as “${meta.name}”.`);
            }}
          />
        )}
        {switching && (
          <SwitchCoderDialog
            onSwitch={(coder) => boot.switchCoder(coder)}
            onCreate={(identity) => boot.createIdentity(identity)}
            onClose={() => setSwitching(false)}
          />
        )}
        {importing && (
          <ImportWizard
            file={importing.file}
            mode={importing.mode}
            suggestedName={importing.suggestedName}
            onCancel={() => setImporting(null)}
            onDone={(projectId) => {
              setImporting(null);
              setOpenId(projectId);
              setReloadToken((token) => token + 1);
              refreshProjects();
              notify('info', 'Import saved.');
            }}
          />
        )}
      </div>
    </ServicesContext.Provider>
  );
}
