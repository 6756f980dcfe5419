import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';
import {
  FIXTURES,
  chooseScanFile,
  enterUserName,
  gridCell,
} from './support/workbench';

const HTML_CELLS = join(FIXTURES, 'hardening/html-cells.csv');
const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=2</script>';
const HEADER = '<img src=x onerror=window.__pwned=3>';
const BOLD = '<b>bold</b> & <i>x</i>';
const SVG = '<svg onload=window.__pwned=4>';
const LINK = '<a href="javascript:window.__pwned=5">link</a>';

/** Elements that would exist only if cell text had been parsed as HTML. */
const INJECTED = 'img, script, svg, b, i, a[href^="javascript"]';

describe('cell text is never HTML', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows markup in cells literally in the preview, grid and details', async () => {
    const page = await openApp(browser);
    await enterUserName(page, 'Ana Tester');
    await chooseScanFile(page, HTML_CELLS);

    const preview = page.locator('.sample-table');
    await preview.waitFor();
    await expect(preview.locator('th').allTextContents()).resolves.toEqual([
      'id',
      'initiative',
      HEADER,
      'description',
    ]);
    await expect(
      preview.locator('tbody td').allTextContents(),
    ).resolves.toEqual(['H-1', IMG, 'a', SCRIPT, 'H-2', BOLD, SVG, LINK]);
    await expect(preview.locator(INJECTED).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Import 2 records' }).click();
    await gridCell(page, 'H-2', 'description').waitFor();
    await expect(cellTexts(page)).resolves.toEqual([IMG, SCRIPT, BOLD, LINK]);
    await expect
      .poll(() => page.locator('.ag-header-cell-text').allTextContents())
      .toContain(HEADER);
    await expect(
      page
        .locator(`.ag-cell :is(${INJECTED}), .ag-header :is(${INJECTED})`)
        .count(),
    ).resolves.toBe(0);

    await gridCell(page, 'H-1', 'initiative').click();
    const details = page.getByRole('region', { name: 'Record fields' });
    await expect
      .poll(() => details.locator('dd').allTextContents())
      .toEqual(expect.arrayContaining([IMG, SCRIPT]));
    await expect(details.locator('dt').allTextContents()).resolves.toContain(
      HEADER,
    );
    await gridCell(page, 'H-2', 'initiative').click();
    await expect
      .poll(() => details.locator('dd').allTextContents())
      .toEqual(expect.arrayContaining([BOLD, SVG, LINK]));
    await expect(details.locator(`dd :is(${INJECTED})`).count()).resolves.toBe(
      0,
    );

    // Give any injected handler the chance to run before checking.
    await page.waitForTimeout(300);
    await expect(
      page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
    ).resolves.toBeUndefined();
    await page.close();
  });
});

function cellTexts(page: Page): Promise<(string | null)[]> {
  return Promise.all([
    gridCell(page, 'H-1', 'initiative').textContent(),
    gridCell(page, 'H-1', 'description').textContent(),
    gridCell(page, 'H-2', 'initiative').textContent(),
    gridCell(page, 'H-2', 'description').textContent(),
  ]);
}
