import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { generateScan, writeScanCsv } from '../../src/core/sample';
import { launchBrowser } from './support/browser';
import {
  FIXTURES,
  chooseScanFile,
  editCell,
  enterUserName,
  gridCell,
  readStoredProjects,
  waitForSaved,
} from './support/workbench';

const SMALL_SCAN = join(FIXTURES, 'e2e/pods-small.csv');
/** Large enough that storing it takes seconds on these machines. */
const LARGE_ROWS = 60_000;

describe('crash safety', () => {
  let browser: Browser;
  let folder: string;
  let largeScan: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    folder = mkdtempSync(join(tmpdir(), 'podscan-e2e-'));
    const scan = generateScan({ rows: LARGE_ROWS, seed: 7 });
    if (!scan.ok) throw new Error(scan.error.message);
    largeScan = join(folder, 'large-scan.csv');
    writeFileSync(largeScan, writeScanCsv(scan.value));
  });
  afterAll(async () => {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the previous state when the page closes while an import is saved', async () => {
    const context = await browser.newContext();
    const first = await openIn(context);
    await enterUserName(first, 'Ana Tester');
    await importSmallScan(first);
    await editCell(first, 'P-2', 'city', 'Austin, TX');
    await waitForSaved(first);
    await first.getByRole('button', { name: '← Projects' }).click();

    await chooseScanFile(first, largeScan);
    await first
      .getByRole('button', {
        name: `Import ${LARGE_ROWS.toLocaleString()} records`,
      })
      .click();
    await first.locator('.progress-label', { hasText: 'Saving' }).waitFor();
    await first.close();

    const second = await openIn(context);
    const stored = await readStoredProjects(second);
    const counts = stored
      .map((meta) => Number(meta['recordCount']))
      .sort((a, b) => a - b);
    // Either the import never happened, or it is whole: never a part.
    expect([[5], [5, LARGE_ROWS]]).toContainEqual(counts);
    // No stray chunks of a half-written project either.
    await expect(countStoredRecords(second)).resolves.toBe(
      counts.reduce((sum, count) => sum + Number(count), 0),
    );
    await second
      .locator('.projects-table tbody tr', { hasText: 'pods-small' })
      .getByRole('button', { name: 'Open', exact: true })
      .click();
    await expect(gridCell(second, 'P-2', 'city').textContent()).resolves.toBe(
      'Austin, TX',
    );
    await expect(
      second.locator('.record-count').textContent(),
    ).resolves.toMatch(/^5 records/);
    await context.close();
  });

  it('keeps edits made in two tabs of the same project', async () => {
    const context = await browser.newContext();
    const left = await openIn(context);
    await enterUserName(left, 'Ana Tester');
    await importSmallScan(left);
    const right = await openIn(context);
    await right.getByRole('button', { name: 'Open', exact: true }).click();
    await gridCell(right, 'P-2', 'city').waitFor();

    await editCell(left, 'P-2', 'city', 'Austin, TX');
    await waitForSaved(left);
    // The right tab still shows the old city; it edits another field.
    await editCell(right, 'P-2', 'initiative', 'Renamed pod');
    await waitForSaved(right);
    await editCell(right, 'P-3', 'city', 'Tulsa, OK');
    await waitForSaved(right);

    const check = await openIn(context);
    await check.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(
      Promise.all([
        gridCell(check, 'P-2', 'city').textContent(),
        gridCell(check, 'P-2', 'initiative').textContent(),
        gridCell(check, 'P-3', 'city').textContent(),
      ]),
    ).resolves.toEqual(['Austin, TX', 'Renamed pod', 'Tulsa, OK']);
    await context.close();
  });

  it('stops saving in a tab when another opens a newer version of the data', async () => {
    const context = await browser.newContext();
    const app = await openIn(context);
    await enterUserName(app, 'Ana Tester');
    await importSmallScan(app);
    const other = await openBlank(context);

    await other.evaluate(upgradeAndAbort);

    await app
      .getByRole('heading', { name: 'This window stopped saving' })
      .waitFor();
    await expect(app.getByRole('alert').textContent()).resolves.toMatch(
      /A newer Podscan opened this data in another window.*reload this window/,
    );
    await app.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(() => app.locator('.projects-table tbody tr').allTextContents())
      .toEqual([expect.stringMatching(/^pods-small5/)]);
    await context.close();
  });

  it('waits for an older window that holds the data open, and says so', async () => {
    const context = await browser.newContext();
    const holder = await openBlank(context);
    await holder.evaluate(holdOldVersion);

    const app = await openIn(context);

    await app
      .getByRole('heading', { name: 'This window stopped saving' })
      .waitFor();
    await expect(app.getByRole('alert').textContent()).resolves.toMatch(
      /holding this data open with an older version.*Close the other Podscan windows/,
    );
    await context.close();
  });

  it('explains a full storage quota and keeps the grid as stored', async () => {
    const context = await browser.newContext();
    await context.addInitScript(failPutsWhenAsked);
    const page = await openIn(context);
    await enterUserName(page, 'Ana Tester');
    await importSmallScan(page);

    await page.evaluate(() => {
      (window as { __failQuota?: boolean }).__failQuota = true;
    });
    await editCell(page, 'P-2', 'city', 'Austin, TX');

    const alert = page.getByRole('alert').filter({ hasText: 'not saved' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(
      /Your change to P-2 was not saved and has been reverted.*storage space this browser allows Podscan is full/,
    );
    await expect
      .poll(() => gridCell(page, 'P-2', 'city').textContent())
      .toBe('Austin');
    await page.evaluate(() => {
      (window as { __failQuota?: boolean }).__failQuota = false;
    });
    await page.reload();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(gridCell(page, 'P-2', 'city').textContent()).resolves.toBe(
      'Austin',
    );
    await context.close();
  });
});

async function openIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  return page;
}

async function importSmallScan(page: Page): Promise<void> {
  await chooseScanFile(page, SMALL_SCAN);
  await page.getByRole('button', { name: 'Import 5 records' }).click();
  await gridCell(page, 'P-5', 'city').waitFor();
}

/** Records in every stored chunk, whichever project they belong to. */
async function countStoredRecords(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('podscan');
        open.onerror = () => reject(new Error('cannot open podscan'));
        open.onsuccess = () => {
          const db = open.result;
          const read = db
            .transaction('chunks', 'readonly')
            .objectStore('chunks')
            .getAll();
          read.onsuccess = () => {
            const chunks = read.result as { keys: unknown[] }[];
            resolve(chunks.reduce((sum, chunk) => sum + chunk.keys.length, 0));
            db.close();
          };
        };
      }),
  );
}

/** A blank page of the app's origin, so it shares the app's storage. */
async function openBlank(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const url = new URL('blank-for-tests.html', inject('baseUrl')).href;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>blank</title>' }),
  );
  await page.goto(url);
  return page;
}

// Runs in the page: asks for a newer version, which makes every open
// connection receive `versionchange`, then aborts the upgrade so the
// stored data and its version stay as they were.
function upgradeAndAbort(): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = indexedDB.open('podscan');
    probe.onerror = () => reject(new Error('cannot open podscan'));
    probe.onsuccess = () => {
      const version = probe.result.version;
      probe.result.close();
      const request = indexedDB.open('podscan', version + 10);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = () => resolve();
      request.onsuccess = () => reject(new Error('the upgrade went through'));
    };
  });
}

// Runs in the page: creates the database at an old version and keeps the
// connection open, ignoring requests to close it, like a stale tab.
function holdOldVersion(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('podscan', 1);
    request.onerror = () => reject(new Error('cannot open podscan'));
    request.onsuccess = () => {
      (window as { __held?: IDBDatabase }).__held = request.result;
      resolve();
    };
  });
}

// Runs before the app: while `window.__failQuota` is set, every put and
// add fails as IndexedDB does when the storage quota is used up.
function failPutsWhenAsked(): void {
  type Write = (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
  const prototype = IDBObjectStore.prototype as unknown as Record<
    'put' | 'add',
    Write
  >;
  for (const name of ['put', 'add'] as const) {
    const original = prototype[name];
    prototype[name] = function (this: IDBObjectStore, ...args: unknown[]) {
      if ((window as { __failQuota?: boolean }).__failQuota) {
        throw new DOMException(
          'The quota has been exceeded.',
          'QuotaExceededError',
        );
      }
      return original.apply(this, args);
    };
  }
}
