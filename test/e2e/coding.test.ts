import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';
import {
  FIXTURES,
  chooseScanFile,
  enterUserName,
  waitForSaved,
} from './support/workbench';
import {
  chipNames,
  codingPanel,
  createCoderIdentity,
  pressKeys,
  progressText,
  setStoredBlindMode,
  statusText,
  switchCoder,
} from './support/coding';

const SMALL_SCAN = join(FIXTURES, 'e2e/pods-small.csv');
const KEYS = ['P-1', 'P-2', 'P-3', 'P-4', 'P-5'];

// Starter codebook: keys 1 and 2 are its first two codable codes, the
// letters are the shortcuts it ships with.
const CODED = {
  'P-1': ['Free to families', 'Low-income families'],
  'P-2': ['Fee charged', 'Sliding scale or scholarships'],
  'P-3': ['Community or recreation centre'],
  'P-4': ['Children of essential workers'],
  'P-5': ['Supports district remote learning'],
};

describe('coding records', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('codes five records with the keyboard, keeps them, undoes and hides layers in blind mode', async () => {
    const page = await openApp(browser);
    // Wide enough for the coding columns after the scan's own.
    await page.setViewportSize({ width: 1920, height: 1000 });
    await enterUserName(page, 'Ana Tester');
    await chooseScanFile(page, SMALL_SCAN);
    await page.getByRole('button', { name: 'Import 5 records' }).click();
    await page.locator('.ag-row[row-id="P-5"]').first().waitFor();
    await expect.poll(() => progressText(page)).toBe('0 of 5 done');

    await codeFiveRecords(page);
    await expect
      .poll(() => readGrid(page))
      .toStrictEqual({
        chips: Object.values(CODED),
        statuses: ['Done', 'Done', 'Done', 'Flagged', 'Done'],
      });
    await expect.poll(() => progressText(page)).toBe('4 of 5 done');

    await page.keyboard.press('Control+z');
    await expect.poll(() => statusText(page, 'P-5')).toBe('In progress');
    await expect.poll(() => progressText(page)).toBe('3 of 5 done');
    await waitForSaved(page);

    await reopen(page);
    await expect
      .poll(() => readGrid(page))
      .toStrictEqual({
        chips: Object.values(CODED),
        statuses: ['Done', 'Done', 'Done', 'Flagged', 'In progress'],
      });
    await expect.poll(() => progressText(page)).toBe('3 of 5 done');
    // The undo history survived the reload: redo marks P-5 done again.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => statusText(page, 'P-5')).toBe('Done');
    await expect.poll(() => progressText(page)).toBe('4 of 5 done');

    await writeMemoWithShortcutLetters(page);
    await checkBlindMode(page);
    await page.close();
  });
});

async function codeFiveRecords(page: Page): Promise<void> {
  const panel = codingPanel(page);
  await page.keyboard.press('j');
  await expect
    .poll(() =>
      panel.getByRole('checkbox', { name: 'Free to families' }).isEnabled(),
    )
    .toBe(true);

  await pressKeys(page, '1ld');
  await expect.poll(() => panel.locator('h3').textContent()).toBe('P-2');
  await pressKeys(page, '2sd');
  await pressKeys(page, 'rd');
  await pressKeys(page, 'wfj');
  await expect.poll(() => panel.locator('h3').textContent()).toBe('P-5');
  await pressKeys(page, 'od');
  await expect
    .poll(() => panel.getByRole('radio', { name: /^Done/ }).isChecked())
    .toBe(true);
}

async function writeMemoWithShortcutLetters(page: Page): Promise<void> {
  const panel = codingPanel(page);
  await page.keyboard.press('k');
  await expect.poll(() => panel.locator('h3').textContent()).toBe('P-4');

  const memo = panel.getByRole('textbox', { name: 'Memo', exact: true });
  await memo.click();
  await page.keyboard.type('Fee 2 days? ask lead');
  await expect
    .poll(() => panel.locator('.memo-state').getAttribute('data-state'))
    .toBe('saved');
  await waitForSaved(page);

  await expect(memo.inputValue()).resolves.toBe('Fee 2 days? ask lead');
  await expect
    .poll(() => readGrid(page))
    .toStrictEqual({
      chips: Object.values(CODED),
      statuses: ['Done', 'Done', 'Done', 'Flagged', 'Done'],
    });
  await expect(
    page
      .locator('.ag-row[row-id="P-4"] .ag-cell[col-id="__memo"]')
      .textContent(),
  ).resolves.toBe('Fee 2 days? ask lead');
}

async function checkBlindMode(page: Page): Promise<void> {
  await createCoderIdentity(page, 'Ben Coder');
  await page.getByRole('button', { name: 'Coder: Ben Coder (BC)' }).waitFor();
  await expect.poll(() => progressText(page)).toBe('0 of 5 done');
  await expect.poll(() => chipNames(page, 'P-1')).toStrictEqual([]);

  await page.keyboard.press('j');
  const panel = codingPanel(page);
  await expect
    .poll(() => panel.getByRole('checkbox', { name: 'Meals' }).isEnabled())
    .toBe(true);
  await pressKeys(page, 'md');
  await waitForSaved(page);
  await expect
    .poll(() => chipNames(page, 'P-1'))
    .toStrictEqual(['Meals or snacks provided']);

  // Blind mode off: Ben may look at Ana's layer.
  await page.getByLabel('Layer').selectOption({ label: 'Ana Tester (AT)' });
  await expect.poll(() => chipNames(page, 'P-1')).toStrictEqual(CODED['P-1']);

  await setStoredBlindMode(page, 'pods-small', true);
  await reopen(page);
  await expect
    .poll(() => chipNames(page, 'P-1'))
    .toStrictEqual(['Meals or snacks provided']);
  await expect(
    page.getByLabel('Layer').locator('option').allTextContents(),
  ).resolves.toStrictEqual(['Ben Coder (BC) — you']);
  await page.keyboard.press('j');
  await expect
    .poll(() => panel.getByRole('region', { name: 'Coded by' }).innerText())
    .toMatch(/^Coded by\nBen Coder \(BC\) — you · Done/);
  await expect(allChipNames(page)).resolves.toStrictEqual([
    'Meals or snacks provided',
    'Meals or snacks provided',
  ]);

  // The lead sees both layers.
  await switchCoder(page, 'Ana Tester');
  await page.getByRole('button', { name: 'Coder: Ana Tester (AT)' }).waitFor();
  await expect.poll(() => chipNames(page, 'P-1')).toStrictEqual(CODED['P-1']);
  await page.keyboard.press('j');
  const codedBy = panel.getByRole('region', { name: 'Coded by' });
  await expect.poll(() => codedBy.locator('li').count()).toBe(2);
  await expect(codedBy.locator('li').allInnerTexts()).resolves.toStrictEqual([
    expect.stringMatching(/^Ana Tester \(AT\) — you · Done/),
    expect.stringMatching(
      /^Ben Coder \(BC\) · Done.*\nMeals or snacks provided$/s,
    ),
  ]);
  await page.getByLabel('Layer').selectOption({ label: 'Ben Coder (BC)' });
  await expect
    .poll(() => chipNames(page, 'P-1'))
    .toStrictEqual(['Meals or snacks provided']);
}

async function readGrid(page: Page) {
  return {
    chips: await Promise.all(KEYS.map((key) => chipNames(page, key))),
    statuses: await Promise.all(KEYS.map((key) => statusText(page, key))),
  };
}

function allChipNames(page: Page): Promise<string[]> {
  return page.locator('.code-chip').allTextContents();
}

async function reopen(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.locator('.ag-row[row-id="P-5"]').first().waitFor();
}
