import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  session,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { homedir, totalmem, release, type } from 'node:os';
import { join } from 'node:path';
import {
  MENU_COMMAND_CHANNEL,
  RECENT_OPEN_CHANNEL,
  type AppInfo,
} from '../shared/ipc';
import {
  createLogger,
  formatLogEntry,
  setLogSink,
  type LogEntry,
} from '../shared/logger';
import { createBackupStore } from './backups/backup-store';
import { createAppHandlers } from './ipc/app-handlers';
import { createBackupHandlers } from './ipc/backup-handlers';
import { createFileHandlers, readChosenFile } from './ipc/file-handlers';
import { createLogHandlers } from './ipc/log-handlers';
import { createRecentHandlers } from './ipc/recent-handlers';
import { registerHandlers, type SenderPolicy } from './ipc/register';
import { createShellHandlers } from './ipc/shell-handlers';
import { createRotatingFileLog } from './logging/rotating-file-sink';
import { buildMenuTemplate } from './menu';
import {
  addRecentFile,
  createRecentStore,
  EMPTY_RECENT,
  toRecentLists,
} from './recent/recent-list';
import { hardenSession } from './security/harden';
import { resolveTrustedPage } from './security/policy';
import { createMainWindow } from './window';

const APP_NAME = 'Podscan Workbench';
const isDevelopment = !app.isPackaged;
const devServerUrl = isDevelopment
  ? process.env['ELECTRON_RENDERER_URL']
  : undefined;
const indexFile = join(import.meta.dirname, '../renderer/index.html');
const page = resolveTrustedPage({ devServerUrl, indexFile });
const userData = app.getPath('userData');
const logFile = createRotatingFileLog({ folder: join(userData, 'logs') });
const log = createLogger('app');
const recent = createRecentStore(join(userData, 'recent.json'), setMenu);

let mainWindow: BrowserWindow | null = null;

setLogSink(isDevelopment ? teeToStderr : logFile.sink, 'info');
// Every renderer runs sandboxed, whatever its own preferences say.
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.whenReady().then(start, () => log.error('start-up failed'));
} else {
  // Another Podscan is running; it focuses its window on our behalf.
  app.quit();
}

function start(): void {
  log.info('started', { version: app.getVersion(), dev: isDevelopment });
  hardenSession(session.defaultSession, page);
  registerHandlers(ipcMain, senderPolicy(), {
    ...createFileHandlers({
      dialogs: { showOpenDialog, showSaveDialog },
      defaultFolder: () => app.getPath('documents'),
      onOpened: noteRecentFile,
    }),
    ...createShellHandlers({ openExternal: (url) => shell.openExternal(url) }),
    ...createAppHandlers({
      appInfo,
      systemFacts,
      readLogTail: logFile.readTail,
      writeClipboard: (text) => clipboard.writeText(text),
      privatePaths: () => [
        ['<user data>', userData],
        ['<home>', homedir()],
      ],
    }),
    ...createLogHandlers(),
    ...createBackupHandlers(
      createBackupStore({ folder: join(userData, 'backups') }),
    ),
    ...createRecentHandlers({
      store: recent,
      readFile: (path) => readChosenFile(path, {}),
    }),
  });
  setMenu();
  openMainWindow();
}

function setMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isDevelopment,
        appName: APP_NAME,
        send: (command) =>
          mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
        recent: toRecentLists(recent.current()),
        openRecent: (open) =>
          mainWindow?.webContents.send(RECENT_OPEN_CHANNEL, open),
        clearRecent: () => {
          recent.update(() => EMPTY_RECENT);
          app.clearRecentDocuments();
        },
      }),
    ),
  );
}

function noteRecentFile(path: string): void {
  recent.update((state) =>
    addRecentFile(state, path, new Date().toISOString()),
  );
  // The dock (macOS) and jump list (Windows) show it as well.
  app.addRecentDocument(path);
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    title: APP_NAME,
    page,
    indexFile,
    devServerUrl,
    preloadFile: join(import.meta.dirname, '../preload/index.cjs'),
    stateFile: join(userData, 'window-state.json'),
    iconFile: iconFile(),
    isDevelopment,
    openExternal: (url) => shell.openExternal(url),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// Linux takes the window icon from here; Windows and macOS from the
// packaged executable, where electron-builder puts the same artwork.
function iconFile(): string {
  const resources = app.isPackaged
    ? process.resourcesPath
    : join(import.meta.dirname, '../../resources');
  return join(resources, 'icons/512x512.png');
}

function focusMainWindow(): void {
  if (mainWindow === null) return;

  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function senderPolicy(): SenderPolicy {
  return {
    page,
    isOwnContents: (id) => mainWindow?.webContents.id === id,
  };
}

function showOpenDialog(options: OpenDialogOptions) {
  return mainWindow
    ? dialog.showOpenDialog(mainWindow, options)
    : dialog.showOpenDialog(options);
}

function showSaveDialog(options: SaveDialogOptions) {
  return mainWindow
    ? dialog.showSaveDialog(mainWindow, options)
    : dialog.showSaveDialog(options);
}

function appInfo(): AppInfo {
  return {
    name: APP_NAME,
    version: app.getVersion(),
    electronVersion: process.versions.electron,
    chromeVersion: process.versions.chrome,
    nodeVersion: process.versions.node,
    platform: process.platform,
    arch: process.arch,
    isPackaged: app.isPackaged,
  };
}

function systemFacts(): readonly (readonly [string, string])[] {
  return [
    ['OS', `${type()} ${release()}`],
    ['Locale', app.getLocale()],
    ['Memory', `${Math.round(totalmem() / 1024 ** 3)} GB`],
  ];
}

// During development the log is also wanted in the terminal.
function teeToStderr(entry: LogEntry): void {
  logFile.sink(entry);
  process.stderr.write(`${formatLogEntry(entry)}\n`);
}
