import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/menu';
import type { MenuCommand, RecentOpen } from '../../../src/shared/ipc';

const AT = '2025-03-01T09:00:00.000Z';

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

function items(
  menu: readonly MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
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
    if (Array.isArray(item.submenu)) return `${item.label ?? ''} ▸`;
    if (item.enabled === false) return `(${item.label ?? ''})`;

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
      'Open &Recent ▸',
      '&Export… → export CmdOrCtrl+E',
      '---',
      'Restore from &backup… → backups',
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
      'Open &Recent ▸',
      '&Export… → export CmdOrCtrl+E',
      '---',
      'Restore from &backup… → backups',
    ]);
    expect(describeItems(items(template, '&Edit'), sent).slice(0, 2)).toEqual([
      '&Undo → undo CmdOrCtrl+Z',
      '&Redo → redo CmdOrCtrl+Shift+Z',
    ]);
    expect(describeItems(items(template, '&Help'), sent)).toEqual([
      '&Copy diagnostics → copyDiagnostics',
    ]);
  });

  it('lists recent projects and files under Open Recent', () => {
    const opened: RecentOpen[] = [];
    let cleared = 0;
    const template = buildMenuTemplate({
      platform: 'linux',
      isDevelopment: false,
      appName: 'Podscan Workbench',
      send: () => undefined,
      recent: {
        projects: [{ projectId: 'p1', name: 'R&D pods', openedAt: AT }],
        files: [{ id: 'f1', name: 'scan.csv', openedAt: AT }],
      },
      openRecent: (open) => opened.push(open),
      clearRecent: () => (cleared += 1),
    });
    const recent = items(items(template, '&File'), 'Open &Recent');

    recent.forEach((item) => (item.click as (() => void) | undefined)?.());

    expect(recent.map((item) => item.label ?? item.type)).toEqual([
      'Projects',
      'R&&D pods',
      'Files (import again)',
      'scan.csv',
      'separator',
      'Clear recently opened',
    ]);
    expect(opened).toEqual([
      { kind: 'project', projectId: 'p1' },
      { kind: 'file', id: 'f1' },
    ]);
    expect(cleared).toBe(1);
  });

  it('says so when nothing was opened recently', () => {
    const { template, sent } = build('linux');
    const recent = items(items(template, '&File'), 'Open &Recent');

    expect(describeItems(recent, sent)).toEqual([
      '(No recent projects or files)',
    ]);
  });
});
