import type { AppInfo, IpcResult, PodscanApi } from '../../shared/ipc';
import type { LogEntry } from '../../shared/logger';
import { PlatformError } from './errors';
import type { AboutInfo, BackupHost, Platform, RecentHost } from './types';

/** The workbench inside Electron: everything goes through `window.podscan`. */
export function createElectronPlatform(api: PodscanApi): Platform {
  return {
    kind: 'electron',
    openFile: (options) =>
      call(() =>
        api.openFile({ title: options.title, filters: options.filters }),
      ),
    openFiles: (options) =>
      call(() =>
        api.openFiles({ title: options.title, filters: options.filters }),
      ),
    saveFile: (request) => call(() => api.saveFile(request)),
    openExternal: async (url) => {
      const result = await api.openExternal({ url }).catch(() => null);
      return result?.ok === true;
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    getAbout: async () => describeApp(await call(() => api.getAppInfo())),
    copyDiagnostics: async () => (await call(() => api.copyDiagnostics())).text,
    logSink: (entry: LogEntry) => {
      // Logging must never fail the caller, nor log its own failure.
      api.writeLog(toLogRequest(entry)).catch(() => undefined);
    },
    backups: createBackupHost(api),
    recent: createRecentHost(api),
  };
}

function createBackupHost(api: PodscanApi): BackupHost {
  return {
    write: (backup) => call(() => api.writeBackup(backup)),
    list: (projectId) =>
      call(() => api.listBackups(projectId === undefined ? {} : { projectId })),
    read: async (entry) =>
      (
        await call(() =>
          api.readBackup({
            projectId: entry.projectId,
            backupId: entry.backupId,
          }),
        )
      ).data,
  };
}

function createRecentHost(api: PodscanApi): RecentHost {
  return {
    list: () => call(() => api.listRecent()),
    addProject: async (projectId, name) => {
      await call(() => api.addRecentProject({ projectId, name }));
    },
    removeProject: async (projectId) => {
      await call(() => api.removeRecentProject({ projectId }));
    },
    openFile: (id) => call(() => api.openRecentFile({ id })),
    onOpen: (listener) => api.onRecentOpen(listener),
  };
}

/** One line naming the runtime, e.g. for the About dialog. */
export function describeRuntime(info: AppInfo): string {
  return (
    `Electron ${info.electronVersion}, Chromium ${info.chromeVersion}, ` +
    `Node ${info.nodeVersion} on ${info.platform} ${info.arch}`
  );
}

function describeApp(info: AppInfo): AboutInfo {
  return {
    name: info.name,
    version: info.version,
    runtime: describeRuntime(info),
  };
}

async function call<T>(invoke: () => Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await invoke();
  } catch {
    throw new PlatformError(
      'INTERNAL_ERROR',
      'Podscan’s desktop shell did not answer. Restart Podscan; if this ' +
        'happens again, copy the diagnostics from the Help menu and report it.',
    );
  }
  if (!result.ok)
    throw new PlatformError(result.error.code, result.error.message);

  return result.value;
}

function toLogRequest(entry: LogEntry) {
  return {
    level: entry.level,
    scope: entry.scope,
    message: entry.message,
    ...(entry.fields ? { fields: entry.fields } : {}),
  };
}
