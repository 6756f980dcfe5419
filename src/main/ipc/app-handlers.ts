import {
  DIAGNOSTICS_LOG_LINES,
  formatDiagnostics,
  redactPaths,
} from '../../shared/diagnostics';
import { ipcFail, ipcOk, type AppInfo } from '../../shared/ipc';
import type { IpcHandlers } from './register';

export type AppHandlerDeps = {
  readonly appInfo: () => AppInfo;
  /** Operating system facts, e.g. [['OS', 'Linux 6.1.0']]. */
  readonly systemFacts: () => readonly (readonly [string, string])[];
  readonly readLogTail: (count: number) => string[];
  readonly writeClipboard: (text: string) => Promise<void>;
  /**
   * Folders whose paths must not appear in the report (they name the
   * user), each with the placeholder shown instead.
   */
  readonly privatePaths?: () => readonly (readonly [string, string])[];
};

/** `app:info` and `diagnostics:copy`. Neither reveals paths or user data. */
export function createAppHandlers(
  deps: AppHandlerDeps,
): Pick<IpcHandlers, 'app:info' | 'diagnostics:copy'> {
  return {
    'app:info': () => Promise.resolve(ipcOk(deps.appInfo())),
    'diagnostics:copy': async () => {
      const text = buildDiagnostics(deps);
      try {
        await deps.writeClipboard(text);
      } catch {
        return ipcFail(
          'CLIPBOARD_FAILED',
          'Could not copy the diagnostics to the clipboard. Close other ' +
            'programs that may hold it, then try again.',
        );
      }
      return ipcOk({ text });
    },
  };
}

/** The diagnostics report of the desktop app. */
export function buildDiagnostics(
  deps: Pick<
    AppHandlerDeps,
    'appInfo' | 'systemFacts' | 'readLogTail' | 'privatePaths'
  >,
): string {
  const info = deps.appInfo();
  const report = formatDiagnostics({
    facts: [
      [info.name, info.version],
      [
        'Mode',
        info.isPackaged ? 'desktop (installed)' : 'desktop (development)',
      ],
      ['Electron', info.electronVersion],
      ['Chromium', info.chromeVersion],
      ['Node', info.nodeVersion],
      ['Platform', `${info.platform} ${info.arch}`],
      ...deps.systemFacts(),
    ],
    logLines: deps.readLogTail(DIAGNOSTICS_LOG_LINES),
  });

  return redactPaths(report, deps.privatePaths?.() ?? []);
}
