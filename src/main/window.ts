import { BrowserWindow, screen } from 'electron';
import { createLogger } from '../shared/logger';
import { hardenWebContents, type OpenExternal } from './security/harden';
import type { TrustedPage } from './security/policy';
import {
  loadWindowState,
  MIN_WINDOW_SIZE,
  placeWindow,
  saveWindowState,
} from './window-state';

const log = createLogger('app');

export type MainWindowOptions = {
  readonly title: string;
  readonly page: TrustedPage;
  /** The built renderer, loaded when there is no dev server. */
  readonly indexFile: string;
  readonly devServerUrl: string | undefined;
  readonly preloadFile: string;
  /** Where bounds are remembered between runs. */
  readonly stateFile: string;
  /** The application icon, for window managers that read it from here. */
  readonly iconFile?: string;
  readonly isDevelopment: boolean;
  readonly openExternal: OpenExternal;
};

/** Opens the workbench window where it was last time, locked down. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { isMaximized, ...bounds } = placeWindow(
    loadWindowState(options.stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    title: options.title,
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    ...(options.iconFile === undefined ? {} : { icon: options.iconFile }),
    show: false,
    // Each line is a security boundary; docs/security.md says why. Written
    // out here, not built elsewhere, so scanners and reviewers see them.
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: options.isDevelopment,
    },
  });

  hardenWebContents(window.webContents, options.page, options.openExternal);
  showAndRemember(window, options.stateFile, isMaximized);
  loadPage(window, options).catch(() => log.error('page failed to load'));

  return window;
}

function showAndRemember(
  window: BrowserWindow,
  stateFile: string,
  isMaximized: boolean,
): void {
  window.once('ready-to-show', () => {
    if (isMaximized) window.maximize();
    window.show();
  });
  window.on('close', () =>
    saveWindowState(stateFile, {
      bounds: window.getNormalBounds(),
      isMaximized: window.isMaximized(),
    }),
  );
}

function loadPage(
  window: BrowserWindow,
  options: MainWindowOptions,
): Promise<void> {
  return options.page.kind === 'dev' && options.devServerUrl !== undefined
    ? window.loadURL(options.devServerUrl)
    : window.loadFile(options.indexFile);
}
