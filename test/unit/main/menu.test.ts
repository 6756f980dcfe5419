import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/menu';
import type { MenuCommand } from '../../../src/shared/ipc';

function build(platform: string, isDevelopment = false) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    platform,
    isDevelopment,
    appName: 'Podscan Workbench',
    send: (command) => sent.push(command),
  });

  return { template, sent };
}

function items(menu: MenuItemConstructorOptions[], label: string) {
  const top = menu.find((item) => item.label === label);
  if (!top || !Array.isArray(top.submenu)) throw new Error(`no ${label} menu`);

  return top.submenu;
}

/** What an item does: its role, or the command its click sends. */
function describeItems(
  list: MenuItemConstructorOptions[],
  sent: MenuCommand[],
): string[] {
  return list.map((item) => {
    if (item.type === 'separator') return '---';
    if (item.role) return `role:${item.role}`;

    (item.click as () => void)();
    const shown = item.registerAccelerator === false ? ' (shown only)' : '';
    return `${item.label ?? ''} → ${sent.at(-1) ?? ''} ${item.accelerator ?? ''}${shown}`.trim();
  });
}

describe('buildMenuTemplate', () => {
  it('builds File, Edit, View and Help with the usual accelerators', () => {
    const { template, sent } = build('linux');

    expect(template.map((item) => item.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Help',
    ]);
    expect(describeItems(items(template, '&File'), sent)).toEqual([
      '&Import scan… → import CmdOrCtrl+O',
      '&Export… → export CmdOrCtrl+E',
      '---',
      'role:quit',
    ]);
    expect(describeItems(items(template, '&Edit'), sent)).toEqual([
      '&Undo → undo CmdOrCtrl+Z (shown only)',
      '&Redo → redo CmdOrCtrl+Shift+Z (shown only)',
      '---',
      'role:cut',
      'role:copy',
      'role:paste',
      'role:selectAll',
      '---',
      '&Find… → find CmdOrCtrl+F (shown only)',
    ]);
    expect(describeItems(items(template, '&View'), sent)).toEqual([
      'role:togglefullscreen',
    ]);
    expect(describeItems(items(template, '&Help'), sent)).toEqual([
      '&About Podscan Workbench → about',
      '&Copy diagnostics → copyDiagnostics',
    ]);
  });

  it('offers Reload and the developer tools only during development', () => {
    const { template, sent } = build('win32', true);

    expect(describeItems(items(template, '&View'), sent)).toEqual([
      'role:reload',
      'role:toggleDevTools',
      '---',
      'role:togglefullscreen',
    ]);
  });

  it('puts About and Quit in the application menu on macOS', () => {
    const { template, sent } = build('darwin');

    expect(template.map((item) => item.label)).toEqual([
      'Podscan Workbench',
      '&File',
      '&Edit',
      '&View',
      '&Help',
    ]);
    expect(describeItems(items(template, 'Podscan Workbench'), sent)).toEqual([
      'About Podscan Workbench → about',
      '---',
      'role:services',
      '---',
      'role:hide',
      'role:hideOthers',
      'role:unhide',
      '---',
      'role:quit',
    ]);
    expect(describeItems(items(template, '&File'), sent)).toEqual([
      '&Import scan… → import CmdOrCtrl+O',
      '&Export… → export CmdOrCtrl+E',
    ]);
    expect(describeItems(items(template, '&Edit'), sent).slice(0, 2)).toEqual([
      '&Undo → undo CmdOrCtrl+Z',
      '&Redo → redo CmdOrCtrl+Shift+Z',
    ]);
    expect(describeItems(items(template, '&Help'), sent)).toEqual([
      '&Copy diagnostics → copyDiagnostics',
    ]);
  });
});
