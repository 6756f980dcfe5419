import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';
import { openProjectTab } from './support/codebook';
import { createCoderIdentity, switchCoder } from './support/coding';
import { enterUserName } from './support/workbench';

/** The 300-record sample scan, opened by Lena Lead, with Bo Coder joined. */
async function openSampleWithTwoCoders(browser: Browser): Promise<Page> {
  const page = await openApp(browser);
  await enterUserName(page, 'Lena Lead');
  await page.getByRole('button', { name: 'Open sample scan' }).click();
  await page.getByRole('button', { name: /Import 300 records/ }).click();
  await page.locator('.record-count', { hasText: '300 records' }).waitFor();

  await createCoderIdentity(page, 'Bo Coder');
  await page.getByRole('button', { name: 'Coder: Bo Coder (BC)' }).waitFor();
  await switchCoder(page, 'Lena Lead');
  await page.getByRole('button', { name: 'Coder: Lena Lead (LL)' }).waitFor();
  await openProjectTab(page, 'Team');
  return page;
}

function coderRows(page: Page) {
  return page
    .getByRole('table', { name: 'Coders' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')]
          .slice(0, 3)
          .map((cell) => cell.textContent ?? ''),
      ),
    );
}

describe('the team view', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws a stratified sample with a fixed seed and shows its strata', async () => {
    const page = await openSampleWithTwoCoders(browser);
    await expect
      .poll(() => coderRows(page))
      .toEqual([
        ['Lena Lead (you)', 'LL', 'Lead'],
        ['Bo Coder', 'BC', 'Coder'],
      ]);

    const form = page.getByRole('form', { name: 'Draw a reliability sample' });
    await form.getByLabel('Stratified by').check();
    await expect(
      form.getByLabel('Column to stratify by').inputValue(),
    ).resolves.toBe('operator_type');
    await form.getByLabel('Size', { exact: true }).fill('10');
    await form.getByLabel('Seed').fill('20240917');
    await expect(form.getByTestId('draw-count').textContent()).resolves.toBe(
      'Draws 30 of 300 records.',
    );
    await form.getByRole('button', { name: 'Draw sample' }).click();

    const card = page.locator('.sample-card', {
      hasText: 'Reliability sample 1',
    });
    await expect(card.getByTestId('sample-size').textContent()).resolves.toBe(
      '30',
    );
    await expect(card.getByTestId('sample-seed').textContent()).resolves.toBe(
      '20240917',
    );
    await expect(
      card
        .getByRole('table', { name: 'Strata of Reliability sample 1' })
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) =>
            [...row.querySelectorAll('td')].map((cell) => cell.textContent),
          ),
        ),
    ).resolves.toEqual([
      ['Business', '4', '46'],
      ['Charter school', '1', '6'],
      ['City/county government', '6', '60'],
      ['Nonprofit', '14', '137'],
      ['Partnership', '3', '35'],
      ['School district', '2', '16'],
    ]);
    await expect(
      card
        .getByRole('list', { name: 'Progress on Reliability sample 1' })
        .locator('li')
        .allTextContents(),
    ).resolves.toEqual([
      'Lena Lead (LL): 0 / 30 done',
      'Bo Coder (BC): 0 / 30 done',
    ]);

    await card.getByRole('button', { name: 'Delete sample' }).click();
    await page
      .getByRole('dialog', { name: 'Delete sample' })
      .getByRole('button', { name: 'Delete sample' })
      .click();
    await page.getByText('No sample has been drawn yet.').waitFor();
    await page.close();
  });

  it('keeps blind mode across a reload and shares lead rights', async () => {
    const page = await openSampleWithTwoCoders(browser);
    const blind = page.getByRole('checkbox', { name: 'Blind mode' });
    await blind.click();
    await expect
      .poll(() => page.getByTestId('blind-status').textContent())
      .toBe('On');

    await page.reload();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await openProjectTab(page, 'Team');
    await expect
      .poll(() =>
        page.getByRole('checkbox', { name: 'Blind mode' }).isChecked(),
      )
      .toBe(true);

    const removeOwn = page.getByRole('button', {
      name: 'Remove lead rights from Lena Lead',
    });
    await expect(removeOwn.isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Make Bo Coder a lead' }).click();
    await expect
      .poll(() => coderRows(page))
      .toEqual([
        ['Lena Lead (you)', 'LL', 'Lead'],
        ['Bo Coder', 'BC', 'Lead'],
      ]);
    await page
      .getByRole('button', { name: 'Remove lead rights from Bo Coder' })
      .click();
    await expect
      .poll(() => coderRows(page))
      .toEqual([
        ['Lena Lead (you)', 'LL', 'Lead'],
        ['Bo Coder', 'BC', 'Coder'],
      ]);
    await page.close();
  });

  it('shows a coder who is not a lead the team and codebook read-only', async () => {
    const page = await openSampleWithTwoCoders(browser);
    await switchCoder(page, 'Bo Coder');
    await page.getByRole('button', { name: 'Coder: Bo Coder (BC)' }).waitFor();

    await page
      .getByText('Only a lead of this project can change these settings')
      .waitFor();
    await expect(
      page.getByRole('checkbox', { name: 'Blind mode' }).isDisabled(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('form', { name: 'Draw a reliability sample' }).count(),
    ).resolves.toBe(0);

    await openProjectTab(page, 'Codebook');
    await page
      .getByText('Only a lead of this project can change the codebook')
      .waitFor();
    await expect(
      page.getByLabel('Name', { exact: true }).getAttribute('readonly'),
    ).resolves.toBe('');
    await expect(
      page.getByRole('button', { name: 'Add code' }).count(),
    ).resolves.toBe(0);
    await page.close();
  });
});
