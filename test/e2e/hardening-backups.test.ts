import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';
import {
  FIXTURES,
  chooseScanFile,
  editCell,
  enterUserName,
  gridCell,
  waitForSaved,
} from './support/workbench';

const SMALL_SCAN = join(FIXTURES, 'e2e/pods-small.csv');
const SMALL_SCAN_V2 = join(FIXTURES, 'e2e/pods-small-v2.csv');

describe('backups and the export reminder', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('reminds the browser user to export, and records the export', async () => {
    const page = await openApp(browser);
    await enterUserName(page, 'Ana Tester');
    await chooseScanFile(page, SMALL_SCAN);
    await page.getByRole('button', { name: 'Import 5 records' }).click();
    await gridCell(page, 'P-5', 'city').waitFor();
    await page.getByRole('button', { name: '← Projects' }).click();

    const reminder = page.getByRole('note');
    await expect(reminder.textContent()).resolves.toMatch(
      /only in this browser’s storage.*“pods-small” has changes/,
    );
    const lastExported = page.getByTestId('last-exported');
    await expect(lastExported.textContent()).resolves.toBe('Never');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export copy' }).click();
    const file = await download;
    const coded = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      format: string;
      project: { name: string };
      records: { key: string }[];
    };

    expect(file.suggestedFilename()).toBe('pods-small.podscan.json');
    expect([coded.format, coded.project.name]).toEqual([
      'podscan-coded-file',
      'pods-small',
    ]);
    expect(coded.records.map((record) => record.key)).toEqual([
      'P-1',
      'P-2',
      'P-3',
      'P-4',
      'P-5',
    ]);
    await expect.poll(() => lastExported.textContent()).not.toBe('Never');
    await expect.poll(() => reminder.count()).toBe(0);

    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await editCell(page, 'P-2', 'city', 'Austin, TX');
    await waitForSaved(page);
    await page.getByRole('button', { name: '← Projects' }).click();
    await reminder.waitFor();
    await page.close();
  });

  it('backs up a project before a re-import (desktop shell stand-in)', async () => {
    const page = await openDesktop(browser);
    await importAndReimport(page);

    const backups = await page.evaluate(() => window.__desktop.backups);
    expect(backups.map((b) => [b.projectName, b.reason])).toEqual([
      ['pods-small', 'reimport'],
    ]);
    const coded = JSON.parse(backups[0]?.data ?? '') as {
      records: { key: string; fields: Record<string, string> }[];
    };
    // Taken before the re-import: five records, with the user's edit.
    expect(
      coded.records.map((record) => `${record.key} ${record.fields['city']}`),
    ).toEqual([
      'P-1 Tulsa',
      'P-2 Austin, TX',
      'P-3 Reno',
      'P-4 Boise',
      'P-5 Camden',
    ]);
    await expect(
      page.evaluate(() => window.__desktop.recentProjects),
    ).resolves.toContain('pods-small');
    await page.close();
  });

  it('restores a deleted project from its backup as a new project (desktop shell stand-in)', async () => {
    const page = await openDesktop(browser);
    await importAndReimport(page);
    await page.getByRole('button', { name: '← Projects' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete project' }).click();
    await expect
      .poll(() => page.locator('.projects-table tbody tr').count())
      .toBe(0);

    await page.getByRole('button', { name: 'Restore from backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
    const row = dialog.locator('tbody tr');
    await expect(row.textContent()).resolves.toMatch(
      /^pods-small.*before a re-import/,
    );
    await row.getByRole('button', { name: 'Restore as new project' }).click();

    const restored = page.locator('.projects-table tbody tr');
    await expect
      .poll(() => restored.allTextContents())
      .toEqual([
        expect.stringMatching(/^pods-small \(restored from .+ UTC\)5/),
      ]);
    await restored.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(gridCell(page, 'P-2', 'city').textContent()).resolves.toBe(
      'Austin, TX',
    );
    await expect(gridCell(page, 'P-6', 'city').count()).resolves.toBe(0);
    await page.close();
  });
});

/** The web app with the desktop stand-in in place of the preload. */
async function openDesktop(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(installDesktopStandIn);
  await page.goto(inject('baseUrl'));
  await enterUserName(page, 'Ana Tester');
  return page;
}

/** Imports the small scan, edits it, then re-imports its newer version. */
async function importAndReimport(page: Page): Promise<void> {
  await offerFile(page, 'pods-small.csv', SMALL_SCAN);
  await page.getByRole('button', { name: 'Import scan…' }).click();
  await page.getByRole('button', { name: 'Import 5 records' }).click();
  await editCell(page, 'P-2', 'city', 'Austin, TX');
  await waitForSaved(page);
  await offerFile(page, 'pods-small-v2.csv', SMALL_SCAN_V2);
  await page.getByRole('button', { name: 'Re-import…' }).click();
  await page.getByRole('button', { name: 'Compare with project' }).click();
  await page.getByRole('button', { name: 'Apply re-import' }).click();
  await gridCell(page, 'P-6', 'city').waitFor();
}

/** Queues a file for the stand-in's next open dialog. */
async function offerFile(page: Page, name: string, path: string) {
  const bytes = [...readFileSync(path)];
  await page.evaluate(
    ([fileName, content]) => {
      window.__desktop.nextFiles.push({ name: fileName, bytes: content });
    },
    [name, bytes] as const,
  );
}

type StoredBackup = {
  projectId: string;
  projectName: string;
  backupId: string;
  createdAt: string;
  reason: string;
  bytes: number;
  data: string;
};

declare global {
  interface Window {
    __desktop: {
      nextFiles: { name: string; bytes: readonly number[] }[];
      backups: StoredBackup[];
      recentProjects: string[];
    };
  }
}

// Runs in the page before the app: stands in for the preload's
// `window.podscan`, keeping backups in memory, so the desktop code paths
// of the renderer run in Chromium. Main's side is unit-tested.
function installDesktopStandIn(): void {
  const desktop: Window['__desktop'] = {
    nextFiles: [],
    backups: [],
    recentProjects: [],
  };
  const ok = <T>(value: T) => Promise.resolve({ ok: true, value });
  const strip = ({ data: _data, ...entry }: StoredBackup) => entry;
  let clock = Date.parse('2025-03-01T09:00:00.000Z');
  window.__desktop = desktop;
  Object.defineProperty(window, 'podscan', {
    value: {
      openFile: () => {
        const file = desktop.nextFiles.shift();
        return ok(file ? { ...file, bytes: new Uint8Array(file.bytes) } : null);
      },
      saveFile: () => ok({ saved: false }),
      openExternal: () => ok(true),
      getAppInfo: () =>
        ok({
          name: 'Podscan Workbench',
          version: '0.0.0',
          electronVersion: '0',
          chromeVersion: '0',
          nodeVersion: '0',
          platform: 'linux',
          arch: 'x64',
          isPackaged: false,
        }),
      copyDiagnostics: () => ok({ text: '' }),
      writeLog: () => ok(null),
      writeBackup: (request: Omit<StoredBackup, 'backupId' | 'createdAt'>) => {
        const createdAt = new Date((clock += 1000)).toISOString();
        const backup = {
          ...request,
          backupId: `${createdAt.replace(/[-:.]/g, '')}-${request.reason}`,
          createdAt,
          bytes: request.data.length,
        };
        desktop.backups.unshift(backup);
        return ok(strip(backup));
      },
      listBackups: () => ok(desktop.backups.map(strip)),
      readBackup: (request: { backupId: string }) =>
        ok({
          data:
            desktop.backups.find((b) => b.backupId === request.backupId)
              ?.data ?? '',
        }),
      listRecent: () => ok({ files: [], projects: [] }),
      addRecentProject: (request: { name: string }) => {
        desktop.recentProjects.push(request.name);
        return ok(null);
      },
      removeRecentProject: () => ok(null),
      openRecentFile: () => ok(null),
      onMenuCommand: () => () => undefined,
      onRecentOpen: () => () => undefined,
    },
  });
}
