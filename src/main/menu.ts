import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

export type MenuOptions = {
  /** Node's `process.platform`: macOS gets an application menu. */
  readonly platform: string;
  /** Development adds Reload and the developer tools. */
  readonly isDevelopment: boolean;
  readonly appName: string;
  /** Sends a command to the focused window's renderer. */
  readonly send: (command: MenuCommand) => void;
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
    fileMenu(command, isMac),
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
): MenuItemConstructorOptions {
  return {
    label: '&File',
    submenu: [
      command('&Import scan…', 'import', 'CmdOrCtrl+O'),
      command('&Export…', 'export', 'CmdOrCtrl+E'),
      ...(isMac ? [] : [SEPARATOR, { role: 'quit' } as const]),
    ],
  };
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
