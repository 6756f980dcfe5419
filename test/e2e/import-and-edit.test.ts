import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';
import {
  FIXTURES,
  chooseScanFile,
  displayedKeys,
  editCell,
  enterUserName,
  gridCell,
  waitForSaved,
} from './support/workbench';

const SMALL_SCAN = join(FIXTURES, 'e2e/pods-small.csv');

describe('importing and editing a scan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('imports through the preview, saves an edit across reload and undoes it', async () => {
    const page = await openApp(browser);
    await enterUserName(page, 'Ana Tester');
    await chooseScanFile(page, SMALL_SCAN);

    await expect(
      page.getByTestId('preview-row-count').textContent(),
    ).resolves.toBe('5');
    await expect(
      page.getByTestId('preview-column-count').textContent(),
    ).resolves.toBe('6');
    const problems = page.getByRole('table', { name: 'Problems' });
    await expect(
      problems.locator('tbody tr').allTextContents(),
    ).resolves.toEqual([
      expect.stringContaining('CSV_BLANK_LINES_SKIPPED'),
      expect.stringMatching(/^3.*CSV_ROW_TOO_LONG/),
      expect.stringMatching(/^4.*CSV_ROW_TOO_SHORT/),
    ]);
    await page.getByRole('button', { name: 'Import 5 records' }).click();

    await gridCell(page, 'P-5', 'description').waitFor();
    expect(await displayedKeys(page)).toEqual([
      'P-1',
      'P-2',
      'P-3',
      'P-4',
      'P-5',
    ]);
    await expect(
      gridCell(page, 'P-5', 'description').textContent(),
    ).resolves.toBe('=HYPERLINK("x")');

    await editCell(page, 'P-2', 'city', 'Austin, TX');
    await waitForSaved(page);
    await page.reload();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(gridCell(page, 'P-2', 'city').textContent()).resolves.toBe(
      'Austin, TX',
    );

    await gridCell(page, 'P-1', 'initiative').click();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => gridCell(page, 'P-2', 'city').textContent())
      .toBe('Austin');
    await waitForSaved(page);
    await page.reload();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(gridCell(page, 'P-2', 'city').textContent()).resolves.toBe(
      'Austin',
    );

    await gridCell(page, 'P-2', 'city').click();
    const history = page.getByRole('region', { name: 'Edit history' });
    await expect(history.locator('li').allTextContents()).resolves.toEqual([
      expect.stringMatching(/Ana Tester · undo.*Austin, TX.*→.*Austin$/),
      expect.stringMatching(/Ana Tester.*Austin.*→.*Austin, TX$/),
    ]);
    await page.close();
  });

  it('opens the sample scan and filters it with the quick search', async () => {
    const page = await openApp(browser);
    await enterUserName(page, 'Ana Tester');
    await page.getByRole('button', { name: 'Open sample scan' }).click();
    await page.getByRole('button', { name: /Import 300 records/ }).click();
    await page.locator('.record-count', { hasText: '300 records' }).waitFor();

    await page.keyboard.press('Control+f');
    await page.keyboard.type('LP-0042');
    await expect
      .poll(() => page.locator('.record-count').textContent())
      .toBe('1 of 300 records');
    await expect.poll(() => displayedKeys(page)).toEqual(['LP-0042']);
    await page.close();
  });
});
