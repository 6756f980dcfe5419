import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';
import {
  openProjectTab,
  readStoredCodes,
  treeItem,
  treeOutline,
} from './support/codebook';
import { codingPanel, pressKeys } from './support/coding';
import {
  FIXTURES,
  chooseFileWith,
  chooseScanFile,
  enterUserName,
  waitForSaved,
} from './support/workbench';

const SMALL_SCAN = join(FIXTURES, 'e2e/pods-small.csv');
const STARTER = JSON.parse(
  readFileSync(
    join(
      import.meta.dirname,
      '../../resources/codebooks/starter.codebook.json',
    ),
    'utf8',
  ),
) as {
  codebook: { codes: { id: string; name: string; definition: string }[] };
};

function starterCode(name: string) {
  const code = STARTER.codebook.codes.find((each) => each.name === name);
  if (code === undefined) throw new Error(`no starter code ${name}`);

  return code;
}

/** A new project of the five-record fixture, with the starter codebook. */
async function openStarterProject(browser: Browser): Promise<Page> {
  const page = await openApp(browser);
  await enterUserName(page, 'Ana Lead');
  await chooseScanFile(page, SMALL_SCAN);
  await page.getByRole('button', { name: 'Import 5 records' }).click();
  await page.locator('.record-count', { hasText: '5 records' }).waitFor();
  return page;
}

/**
 * Codes records from the first one on with the coding loop's keys: each
 * entry lists the shortcut keys to toggle, then D marks the record done
 * and moves on.
 */
async function codeRecords(page: Page, keys: readonly string[]) {
  await page.keyboard.press('j');
  await expect
    .poll(() =>
      codingPanel(page)
        .getByRole('checkbox', { name: 'Free to families' })
        .isEnabled(),
    )
    .toBe(true);
  for (const each of keys) await pressKeys(page, `${each}d`);
  await waitForSaved(page);
}

function version(page: Page) {
  return page.getByTestId('codebook-version').textContent();
}

async function historyEntries(page: Page): Promise<string[]> {
  const history = page.getByRole('region', { name: 'Codebook history' });
  await history.locator('li').first().waitFor();
  return history.locator('li').allTextContents();
}

describe('the codebook editor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('saves an edited definition as a new version, lists it in the history and undoes it', async () => {
    const page = await openStarterProject(browser);
    await openProjectTab(page, 'Codebook');
    await expect(version(page)).resolves.toBe('Version 1');

    await treeItem(page, 'Fee charged').click();
    const definition = page.getByLabel('Definition');
    await definition.fill('A fee is charged for the pod, per week or month.');
    await page.getByRole('button', { name: 'Save code' }).click();

    await expect.poll(() => version(page)).toBe('Version 2');
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const entries = await historyEntries(page);
    expect(entries[0]).toMatch(
      /^Version 2 · Ana Lead · .+Edited "Fee charged": definition ".+" → "A fee is charged for the pod, per week or month\."\.$/,
    );
    expect(entries).toHaveLength(2);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => version(page)).toBe('Version 3');
    await page.getByRole('button', { name: 'Codes', exact: true }).click();
    await treeItem(page, 'Fee charged').click();
    await expect(page.getByLabel('Definition').inputValue()).resolves.toBe(
      starterCode('Fee charged').definition,
    );
    await page.close();
  });

  it('adds a child code and moves it with the keyboard', async () => {
    const page = await openStarterProject(browser);
    await openProjectTab(page, 'Codebook');
    await treeItem(page, 'Cost and subsidies').click();
    await page.getByRole('button', { name: 'Add child code' }).click();

    const name = page.getByLabel('Name', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('New code');
    await name.fill('Reduced fee');
    await name.press('Enter');
    await expect.poll(() => version(page)).toBe('Version 3');
    const outline = await treeOutline(page);
    expect(outline.slice(0, 7)).toEqual([
      'Equity and access',
      '.Cost and subsidies',
      '..Free to families',
      '..Fee charged',
      '..Sliding scale or scholarships',
      '..Cost not stated',
      '..Reduced fee',
    ]);

    await treeItem(page, 'Reduced fee').click();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => version(page)).toBe('Version 4');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => version(page)).toBe('Version 5');

    expect((await treeOutline(page)).slice(0, 8)).toEqual([
      'Equity and access',
      '.Cost and subsidies',
      '..Free to families',
      '..Fee charged',
      '..Sliding scale or scholarships',
      '..Cost not stated',
      '.Reduced fee',
      '.Prioritised populations',
    ]);
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const entries = await historyEntries(page);
    expect(entries.slice(0, 3)).toEqual([
      expect.stringMatching(
        /Moved "Reduced fee" from "Cost and subsidies" \(position 4\) to "Equity and access" \(position 2\)\.$/,
      ),
      expect.stringMatching(
        /Moved "Reduced fee" from "Cost and subsidies" \(position 5\) to "Cost and subsidies" \(position 4\)\.$/,
      ),
      expect.stringMatching(
        /Edited "Reduced fee": name "New code" → "Reduced fee"\.$/,
      ),
    ]);
    await page.close();
  });

  it('moves a code by dragging it before another or into it', async () => {
    const page = await openStarterProject(browser);
    await openProjectTab(page, 'Codebook');
    const outreach = treeItem(page, 'Targeted outreach');

    await outreach.dragTo(treeItem(page, 'Language access'), {
      targetPosition: { x: 40, y: 2 },
    });
    await expect.poll(() => version(page)).toBe('Version 2');
    const moved = await treeOutline(page);
    const at = moved.indexOf('.Targeted outreach');
    expect(moved.slice(at - 1, at + 2)).toEqual([
      '..Internet access provided',
      '.Targeted outreach',
      '.Language access',
    ]);

    await outreach.dragTo(treeItem(page, 'Cost and subsidies'));
    await expect.poll(() => version(page)).toBe('Version 3');
    const inside = await treeOutline(page);
    expect(inside.slice(1, 7)).toEqual([
      '.Cost and subsidies',
      '..Free to families',
      '..Fee charged',
      '..Sliding scale or scholarships',
      '..Cost not stated',
      '..Targeted outreach',
    ]);
    await page.close();
  });

  it('merges two codes and combines their codings', async () => {
    const page = await openStarterProject(browser);
    const fee = starterCode('Fee charged').id;
    // s = Sliding scale or scholarships, c = Fee charged.
    await codeRecords(page, ['s', 'sc', 'c']);
    await openProjectTab(page, 'Codebook');

    await treeItem(page, 'Sliding scale or scholarships').click();
    await page.getByRole('button', { name: 'Merge into…' }).click();
    await page.getByLabel('Merge into').selectOption({
      label: 'Equity and access › Cost and subsidies › Fee charged',
    });
    await expect(
      page.getByTestId('merge-summary').locator('p').first().textContent(),
    ).resolves.toBe(
      '2 codings apply “Sliding scale or scholarships”; after the merge ' +
        'they apply “Fee charged”. 1 of them already applies “Fee charged”, ' +
        'so the two are combined into one.',
    );
    await page.getByRole('button', { name: 'Merge', exact: true }).click();

    await expect.poll(() => version(page)).toBe('Version 2');
    await expect(
      treeItem(page, 'Sliding scale or scholarships').count(),
    ).resolves.toBe(0);
    await expect(readStoredCodes(page)).resolves.toEqual({
      'P-1': [fee],
      'P-2': [fee],
      'P-3': [fee],
    });
    await page.getByRole('button', { name: 'History', exact: true }).click();
    expect((await historyEntries(page))[0]).toMatch(
      /Merged "Sliding scale or scholarships" into "Fee charged"\.$/,
    );
    await page.close();
  });

  it('refuses to delete a code with codings and offers to retire it instead', async () => {
    const page = await openStarterProject(browser);
    // 1 = the first codable code, Free to families.
    await codeRecords(page, ['1']);
    await openProjectTab(page, 'Codebook');

    await treeItem(page, 'Free to families').click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', {
      name: 'This code cannot be deleted',
    });
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe(
      '"Free to families" has codings, so deleting it would lose them; ' +
        'merge it into another code or retire it instead.',
    );
    await dialog
      .getByRole('button', { name: 'Retire “Free to families”' })
      .click();
    await expect.poll(() => version(page)).toBe('Version 2');
    await expect(
      treeItem(page, 'Free to families')
        .locator('.code-tree-badge')
        .textContent(),
    ).resolves.toBe('retired');

    await treeItem(page, 'Cost not stated').click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Delete code' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect.poll(() => version(page)).toBe('Version 3');
    await expect(treeItem(page, 'Cost not stated').count()).resolves.toBe(0);
    await page.close();
  });

  it('exports the codebook as .qdc and replaces it with an imported one', async () => {
    const page = await openStarterProject(browser);
    await openProjectTab(page, 'Codebook');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export .qdc' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('pods-small codebook.qdc');
    const xml = readFileSync(await file.path(), 'utf8');
    const guids = [...xml.matchAll(/<Code guid="([^"]+)"/g)].map((m) => m[1]);
    expect(guids.sort()).toEqual(
      STARTER.codebook.codes.map((code) => code.id).sort(),
    );

    await chooseFileWith(
      page,
      'Import codebook…',
      join(FIXTURES, 'codebook/short-colors.qdc'),
    );
    const dialog = page.getByRole('dialog', {
      name: 'Import codebook from “short-colors.qdc”',
    });
    await expect(
      dialog.getByTestId('import-summary').textContent(),
    ).resolves.toBe('3 codes (3 codable, 0 grouping) and 0 sets.');
    await expect(
      dialog
        .getByRole('table', { name: 'Problems' })
        .locator('tbody tr')
        .allTextContents(),
    ).resolves.toEqual([
      expect.stringContaining('colour #0a0 was written out as #00AA00'),
      expect.stringContaining('"teal" is not a #RRGGBB colour'),
      expect.stringContaining('each got one from the default palette'),
    ]);
    await dialog.getByRole('button', { name: 'Replace the codebook' }).click();

    await expect.poll(() => version(page)).toBe('Version 2');
    await expect(treeOutline(page)).resolves.toEqual([
      'Free',
      'Fee',
      'Sliding scale',
    ]);
    await page.close();
  });

  it('says plainly why a file is not a codebook', async () => {
    const page = await openStarterProject(browser);
    await openProjectTab(page, 'Codebook');
    await chooseFileWith(
      page,
      'Import codebook…',
      join(FIXTURES, 'codebook/not-a-codebook.xml'),
    );

    const dialog = page.getByRole('dialog', {
      name: 'Import codebook from “not-a-codebook.xml”',
    });
    await dialog.getByRole('table', { name: 'Problems' }).waitFor();
    await expect(
      dialog
        .getByRole('table', { name: 'Problems' })
        .locator('tbody tr')
        .allTextContents(),
    ).resolves.toEqual([
      expect.stringContaining(
        '“not-a-codebook.xml” is not a codebook file Podscan reads',
      ),
    ]);
    await expect(version(page)).resolves.toBe('Version 1');
    await page.close();
  });
});
