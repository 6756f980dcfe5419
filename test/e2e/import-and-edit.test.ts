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
    // The history is read from storage after the record is selected.
    await expect
      .poll(() => history.locator('li').allTextContents())
      .toEqual([
        expect.stringMatching(/Ana Tester · undo.*Austin, TX.*→.*Austin$/),
        expect.stringMatching(/Ana Tester.*Austin.*→.*Austin, TX$/),
      ]);
    await page.close();
  });

  it('refuses a file it cannot import before the import is tried', async () => {
    const page = await openApp(browser);
    await enterUserName(page, 'Ana Tester');
    const submit = page.getByRole('button', { name: /^Import \d+ records?$/ });
    const reason = page.locator('.import-block');

    await chooseScanFile(page, csvFile('empty.csv', ''));
    await expect(submit.isDisabled()).resolves.toBe(true);
    await expect(reason.textContent()).resolves.toMatch(/^The file is empty/);
    // An empty file has no delimiter or line endings to report.
    await expect(
      page.getByText('Delimiter', { exact: true }).count(),
    ).resolves.toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0, 0]);
    await chooseScanFile(page, { ...csvFile('logo.csv', ''), buffer: png });
    await expect(submit.isDisabled()).resolves.toBe(true);
    await expect(reason.textContent()).resolves.toMatch(/binary data/);
    await expect(
      page.getByTestId('preview-encoding').textContent(),
    ).resolves.toBe('not text');
    await page.close();
  });

  it('checks a key column as soon as it is chosen', async () => {
    const page = await openApp(browser);
    await enterUserName(page, 'Ana Tester');
    await chooseScanFile(
      page,
      csvFile('keys.csv', 'id,name\n1,a\n2,b\n1,c\n,d'),
    );
    const submit = page.getByRole('button', { name: 'Import 4 records' });
    await expect.poll(() => submit.isEnabled()).toBe(true);
    const keyColumn = page.getByLabel('Key column');
    await expect(
      keyColumn.locator('option').allTextContents(),
    ).resolves.toEqual([
      'Let Podscan generate keys (stable while a row is unchanged)',
      'id',
      'name (unique, never empty)',
    ]);

    await keyColumn.selectOption('id');
    await expect.poll(() => submit.isDisabled()).toBe(true);
    await expect(page.locator('.import-block').textContent()).resolves.toMatch(
      /^In the key column “id”, 3 rows have an empty/,
    );
    await expect(
      page
        .getByRole('table', { name: 'Problems' })
        .locator('tbody tr')
        .allTextContents(),
    ).resolves.toEqual([
      expect.stringMatching(/^1.*KEY_DUPLICATE/),
      expect.stringMatching(/^3.*KEY_DUPLICATE/),
      expect.stringMatching(/^4.*KEY_EMPTY/),
    ]);

    await keyColumn.selectOption({ index: 0 });
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await page.getByText('No problems found.').waitFor();
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

  it('filters a column ignoring case and searches edited values', async () => {
    const page = await openApp(browser);
    await enterUserName(page, 'Ana Tester');
    await chooseScanFile(page, SMALL_SCAN);
    await page.getByRole('button', { name: 'Import 5 records' }).click();
    await gridCell(page, 'P-5', 'description').waitFor();
    const count = page.locator('.record-count');

    const initiative = page.getByLabel('Initiative Filter Input');
    await initiative.fill('PODS');
    await expect.poll(() => count.textContent()).toBe('2 of 5 records');
    await expect.poll(() => displayedKeys(page)).toEqual(['P-1', 'P-5']);
    await initiative.fill('');
    await expect.poll(() => count.textContent()).toBe('5 records');

    // The search has read every record once; an edit must be read afresh.
    const search = page.getByLabel('Search all fields');
    await search.fill('austin');
    await expect.poll(() => displayedKeys(page)).toEqual(['P-2']);
    await search.fill('');
    await expect.poll(() => count.textContent()).toBe('5 records');
    await editCell(page, 'P-2', 'city', 'Zanzibar');
    await waitForSaved(page);

    await search.fill('ZANZIBAR');
    await expect.poll(() => displayedKeys(page)).toEqual(['P-2']);
    await search.fill('austin');
    await expect.poll(() => count.textContent()).toBe('0 of 5 records');
    await page.close();
  });
});

/** A CSV file made in the test, as the file chooser takes it. */
function csvFile(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
}
