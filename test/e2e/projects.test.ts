import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';
import { openProjectTab } from './support/codebook';
import {
  FIXTURES,
  chooseScanFile,
  enterUserName,
  readStoredProjects,
} from './support/workbench';

describe('projects', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('renames and deletes projects and keeps the column layout', async () => {
    const page = await openApp(browser);
    await enterUserName(page, 'Ana Tester');
    await chooseScanFile(page, join(FIXTURES, 'e2e/pods-small.csv'));
    await page.getByRole('button', { name: 'Import 5 records' }).click();

    for (const tab of ['Codebook', 'Team', 'Reliability', 'Exchange']) {
      await openProjectTab(page, tab);
      await expect(page.locator('.project-title').textContent()).resolves.toBe(
        'pods-small',
      );
      await expect(
        page.getByRole('button', { name: '← Projects' }).isVisible(),
      ).resolves.toBe(true);
    }
    await openProjectTab(page, 'Records');

    await page.getByRole('button', { name: 'Columns' }).click();
    const chooser = page.getByRole('dialog', { name: 'Columns' });
    await chooser.getByLabel('City', { exact: true }).uncheck();
    await chooser.getByLabel('Pin Initiative').selectOption('left');
    await expect
      .poll(async () => JSON.stringify(await readStoredProjects(page)))
      .toMatch(/"colId":"city"[^}]*"hide":true/);
    await expect
      .poll(async () => JSON.stringify(await readStoredProjects(page)))
      .toMatch(/"colId":"initiative"[^}]*"pinned":"left"/);
    await page.reload();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('.ag-cell[col-id="initiative"]').first().waitFor();
    await expect(
      page.locator('.ag-header-cell[col-id="city"]').count(),
    ).resolves.toBe(0);
    await expect(
      page
        .locator('.ag-header-cell[col-id="initiative"]')
        .first()
        .getAttribute('class'),
    ).resolves.toMatch(/left-pinned/);

    await page.getByRole('button', { name: '← Projects' }).click();
    await page.getByRole('button', { name: 'Open sample scan' }).click();
    await page.getByRole('button', { name: /Import 300 records/ }).click();
    await page.locator('.record-count', { hasText: '300 records' }).waitFor();
    await page.getByRole('button', { name: '← Projects' }).click();

    const rows = page.locator('.projects-table tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await rows
      .filter({ hasText: 'pods-small' })
      .getByRole('button', { name: 'Rename' })
      .click();
    await page.getByLabel('Project name').fill('Tulsa pilot');
    await page
      .getByRole('button', { name: 'Rename', exact: true })
      .last()
      .click();
    await rows.filter({ hasText: 'Tulsa pilot' }).waitFor();

    await rows
      .filter({ hasText: 'Sample scan' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(rows.count()).resolves.toBe(2);
    await rows
      .filter({ hasText: 'Sample scan' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.getByRole('button', { name: 'Delete project' }).click();
    await expect.poll(() => rows.count()).toBe(1);

    await page.reload();
    await expect
      .poll(() => page.locator('.projects-table tbody tr').allTextContents())
      .toEqual([expect.stringMatching(/^Tulsa pilot5/)]);
    await page.close();
  });
});
