import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentLists, RecentOpen } from '../shared/ipc';

export type MenuOptions = {
  /** Node's `process.platform`: macOS gets an application menu. */
  readonly platform: string;
  /** Development adds Reload and the developer tools. */
  readonly isDevelopment: boolean;
  readonly appName: string;
  /** Sends a command to the focused window's renderer. */
  readonly send: (command: MenuCommand) => void;
  /** Recently opened projects and files, for File › Open Recent. */
  readonly recent?: RecentLists;
  /** Sends the pick of an Open Recent entry to the renderer. */
  readonly openRecent?: (open: RecentOpen) => void;
  /** Empties the recent lists. */
  readonly clearRecent?: () => void;
};

/**
 * The native menu. Items that act on the workbench send a `menu:command`
 * to the renderer; clipboard, quit, fullscreen and reload use Electron's
 * built-in roles.
 */
export function buildMenuTemplate(
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = commandFactory(options, isMac);
  const menus = [
    fileMenu(command, isMac, recentMenu(options)),
    editMenu(command),
    viewMenu(options.isDevelopment),
    helpMenu(command, isMac, options.appName),
  ];

  return isMac ? [appMenu(command, options.appName), ...menus] : menus;
}

type CommandItem = (
  label: string,
  name: MenuCommand,
  accelerator?: string,
) => MenuItemConstructorOptions;

const SEPARATOR = { type: 'separator' } as const;

// The page handles these keys itself, as it does in the browser, and leaves
// them to a focused text field's native undo. On Windows and Linux the menu
// only shows them, so one key press is never handled twice; macOS routes
// them through the menu, and the renderer decides there.
const RENDERER_KEYS: ReadonlySet<MenuCommand> = new Set([
  'undo',
  'redo',
  'find',
]);

function commandFactory(options: MenuOptions, isMac: boolean): CommandItem {
  return (label, name, accelerator) => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    ...(isMac || !RENDERER_KEYS.has(name)
      ? {}
      : { registerAccelerator: false }),
    click: () => options.send(name),
  });
}

function fileMenu(
  command: CommandItem,
  isMac: boolean,
  recent: MenuItemConstructorOptions,
): MenuItemConstructorOptions {
  return {
    label: '&File',
    submenu: [
      command('&Import scan…', 'import', 'CmdOrCtrl+O'),
      recent,
      command('&Export…', 'export', 'CmdOrCtrl+E'),
      SEPARATOR,
      command('Restore from &backup…', 'backups'),
      ...(isMac ? [] : [SEPARATOR, { role: 'quit' } as const]),
    ],
  };
}

// Names are shown as they are; `&` would otherwise mark a mnemonic.
function recentMenu(options: MenuOptions): MenuItemConstructorOptions {
  const projects = options.recent?.projects ?? [];
  const files = options.recent?.files ?? [];
  const open = options.openRecent ?? (() => undefined);
  const projectItems = projects.map((project) => ({
    label: escapeMnemonic(project.name),
    click: () => open({ kind: 'project', projectId: project.projectId }),
  }));
  const fileItems = files.map((file) => ({
    label: escapeMnemonic(file.name),
    click: () => open({ kind: 'file', id: file.id }),
  }));
  const isEmpty = projectItems.length + fileItems.length === 0;

  return {
    label: 'Open &Recent',
    submenu: isEmpty
      ? [{ label: 'No recent projects or files', enabled: false }]
      : [
          ...section('Projects', projectItems),
          ...section('Files (import again)', fileItems),
          SEPARATOR,
          {
            label: 'Clear recently opened',
            click: () => options.clearRecent?.(),
          },
        ],
  };
}

function section(
  heading: string,
  items: readonly MenuItemConstructorOptions[],
): MenuItemConstructorOptions[] {
  if (items.length === 0) return [];

  return [{ label: heading, enabled: false }, ...items];
}

function escapeMnemonic(label: string): string {
  return label.replace(/&/gu, '&&');
}

function editMenu(command: CommandItem): MenuItemConstructorOptions {
  return {
    label: '&Edit',
    submenu: [
      command('&Undo', 'undo', 'CmdOrCtrl+Z'),
      command('&Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      SEPARATOR,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      SEPARATOR,
      command('&Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };
}

function viewMenu(isDevelopment: boolean): MenuItemConstructorOptions {
  const developer = [
    { role: 'reload' } as const,
    { role: 'toggleDevTools' } as const,
    SEPARATOR,
  ];

  return {
    label: '&View',
    submenu: [
      ...(isDevelopment ? developer : []),
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(
  command: CommandItem,
  isMac: boolean,
  appName: string,
): MenuItemConstructorOptions {
  return {
    role: 'help',
    label: '&Help',
    submenu: [
      ...(isMac ? [] : [command(`&About ${appName}`, 'about')]),
      command('&Copy diagnostics', 'copyDiagnostics'),
    ],
  };
}

function appMenu(
  command: CommandItem,
  appName: string,
): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      command(`About ${appName}`, 'about'),
      SEPARATOR,
      { role: 'services' },
      SEPARATOR,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      SEPARATOR,
      { role: 'quit' },
    ],
  };
}
