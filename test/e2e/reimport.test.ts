import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';
import {
  FIXTURES,
  chooseFileWith,
  chooseScanFile,
  displayedKeys,
  editCell,
  enterUserName,
  gridCell,
  waitForSaved,
  type MadeFile,
} from './support/workbench';

describe('re-importing a newer version of a scan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('reports what changed and keeps an edit the user chose to keep', async () => {
    const page = await openApp(browser);
    await enterUserName(page, 'Lee Lead');
    await chooseScanFile(page, join(FIXTURES, 'e2e/pods-small.csv'));
    await page.getByRole('button', { name: 'Import 5 records' }).click();
    await editCell(page, 'P-2', 'city', 'Austin, Texas');
    await waitForSaved(page);

    await chooseReimportFile(page, {
      name: 'empty.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(0),
    });
    const compare = page.getByRole('button', { name: 'Compare with project' });
    await expect(compare.isDisabled()).resolves.toBe(true);
    await expect(page.locator('.import-block').textContent()).resolves.toMatch(
      /^The file is empty/,
    );
    await page.getByRole('button', { name: 'Cancel' }).click();

    await chooseReimportFile(page, join(FIXTURES, 'e2e/pods-small-v2.csv'));
    await compare.click();

    const count = (id: string) => page.getByTestId(id).textContent();
    await expect(count('reimport-added')).resolves.toBe('1');
    await expect(count('reimport-changed')).resolves.toBe('2');
    await expect(count('reimport-unchanged')).resolves.toBe('2');
    await expect(count('reimport-missing')).resolves.toBe('1');
    await expect(count('reimport-conflicts')).resolves.toBe('1');
    const conflict = page.locator('.conflict-table tbody tr');
    await expect(conflict.textContent()).resolves.toContain('Austin, Texas');
    await expect(conflict.textContent()).resolves.toContain('Austin TX');

    await page.getByRole('button', { name: 'Apply re-import' }).click();
    await gridCell(page, 'P-6', 'city').waitFor();
    await expect
      .poll(() => displayedKeys(page))
      .toEqual(['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6']);
    await expect(gridCell(page, 'P-2', 'city').textContent()).resolves.toBe(
      'Austin, Texas',
    );
    await expect(
      gridCell(page, 'P-4', 'description').textContent(),
    ).resolves.toBe('Drop-in hours');
    await page.close();
  });
});

function chooseReimportFile(
  page: Page,
  file: string | MadeFile,
): Promise<void> {
  return chooseFileWith(page, 'Re-import…', file);
}
