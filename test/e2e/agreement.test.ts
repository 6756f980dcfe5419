import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Codebook } from '../../src/core/codebook';
import type { Coder, RecordCoding } from '../../src/core/model/coding';
import {
  asCodeId,
  asCoderId,
  asRecordKey,
  type CodeId,
  type CoderId,
} from '../../src/core/model/ids';
import { encodeLayers } from '../../src/renderer/persistence/coding-buckets';
import { launchBrowser, openApp } from './support/browser';
import {
  FIXTURES,
  chooseScanFile,
  enterUserName,
  readStoredProjects,
} from './support/workbench';

const SCAN = join(FIXTURES, 'agreement/pods-reliability.csv');
const EQUITY = asCodeId('e0000000-0000-4000-8000-000000000001');
const MEALS = asCodeId('e0000000-0000-4000-8000-000000000002');
const ANA: Coder = {
  id: asCoderId('a0000000-0000-4000-8000-000000000001'),
  name: 'Ana',
  initials: 'AN',
};
const BEN: Coder = {
  id: asCoderId('b0000000-0000-4000-8000-000000000002'),
  name: 'Ben',
  initials: 'BE',
};
const T0 = '2024-03-01T09:00:00.000Z';

/**
 * Equity focus over P-1..P-12, Ana in rows and Ben in columns: a = 4
 * both present (P-1..P-4), b = 2 Ana only (P-5, P-6), c = 1 Ben only
 * (P-7), d = 5 both absent (P-8..P-12). Meals: both on P-1 and P-2, Ben
 * alone on P-3.
 */
const EQUITY_TABLE = { a: 4, b: 2, c: 1, d: 5 };

function listCodings(): RecordCoding[] {
  const codes = (coder: CoderId, record: number): CodeId[] => {
    const isAna = coder === ANA.id;
    const equity =
      record <= 4 ||
      (isAna && (record === 5 || record === 6)) ||
      (!isAna && record === 7);
    const meals = record <= 2 || (!isAna && record === 3);
    return [...(equity ? [EQUITY] : []), ...(meals ? [MEALS] : [])].sort();
  };
  return [ANA, BEN].flatMap((coder) =>
    Array.from({ length: 12 }, (_, index) => ({
      recordKey: asRecordKey(`P-${index + 1}`),
      coderId: coder.id,
      codes: codes(coder.id, index + 1),
      memo: coder === ANA && index === 2 ? 'Snacks are not meals.' : '',
      status: 'done' as const,
      createdAt: T0,
      updatedAt: T0,
      codebookVersion: 5,
    })),
  );
}

const CODEBOOK: Codebook = {
  version: 5,
  codes: [EQUITY, MEALS].map((id, order) => ({
    id,
    name: order === 0 ? 'Equity focus' : 'Meals',
    parentId: null,
    definition:
      order === 0
        ? 'The initiative prioritises underserved students.'
        : 'Meals or food are provided.',
    include: '',
    exclude: '',
    example: '',
    color: '#1F77B4',
    shortcut: null,
    isCodable: true,
    retired: false,
    order,
  })),
  sets: [],
  aliases: {},
  history: [{ version: 5, at: T0, actor: 'Lena', detail: { kind: 'create' } }],
};

/** Cohen (1960): κ = (po − pe) / (1 − pe) from a 2×2 table. */
function cohenKappa(table: typeof EQUITY_TABLE): number {
  const { a, b, c, d } = table;
  const n = a + b + c + d;
  const po = (a + d) / n;
  const pe = ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n);
  return (po - pe) / (1 - pe);
}

/**
 * Imports the scan as Lena (the project's lead), then writes the codebook
 * and Ana's and Ben's layers straight into the app's IndexedDB in the
 * app's own bucket layout, and opens the project again.
 */
async function seedProject(page: Page): Promise<string> {
  await enterUserName(page, 'Lena Lead');
  await chooseScanFile(page, SCAN);
  await page.getByRole('button', { name: 'Import 12 records' }).click();
  await page.locator('.record-count', { hasText: '12 records' }).waitFor();
  const projectId = String((await readStoredProjects(page))[0]!.id);
  await expect
    .poll(() => readStore(page, 'coders', projectId))
    .toMatchObject({
      coders: [expect.objectContaining({ name: 'Lena Lead' })],
    });

  const codersRow = (await readStore(page, 'coders', projectId)) as {
    coders: Coder[];
  };
  await writeStores(page, {
    codebooks: [{ projectId, codebook: CODEBOOK }],
    coders: [{ projectId, coders: [...codersRow.coders, ANA, BEN] }],
    codings: encodeLayers(projectId, listCodings()),
  });
  await page.reload();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.locator('.record-count', { hasText: '12 records' }).waitFor();
  return projectId;
}

function readStore(page: Page, store: string, key: string): Promise<unknown> {
  return page.evaluate(
    ([storeName, id]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('podscan');
        open.onerror = () => reject(new Error('cannot open podscan'));
        open.onsuccess = () => {
          const db = open.result;
          const read = db
            .transaction(storeName, 'readonly')
            .objectStore(storeName)
            .get(id);
          read.onsuccess = () => {
            resolve(read.result);
            db.close();
          };
          read.onerror = () => reject(new Error(`cannot read ${storeName}`));
        };
      }),
    [store, key] as const,
  );
}

function readAllConsensus(page: Page): Promise<Record<string, string>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>[]>((resolve, reject) => {
        const open = indexedDB.open('podscan');
        open.onerror = () => reject(new Error('cannot open podscan'));
        open.onsuccess = () => {
          const db = open.result;
          const read = db
            .transaction('consensus', 'readonly')
            .objectStore('consensus')
            .getAll();
          read.onsuccess = () => {
            resolve(read.result as Record<string, string>[]);
            db.close();
          };
          read.onerror = () => reject(new Error('cannot read consensus'));
        };
      }),
  );
}

function writeStores(
  page: Page,
  rows: Record<string, readonly unknown[]>,
): Promise<void> {
  return page.evaluate(
    (byStore) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('podscan');
        open.onerror = () => reject(new Error('cannot open podscan'));
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction(Object.keys(byStore), 'readwrite');
          for (const [store, values] of Object.entries(byStore)) {
            for (const value of values) {
              transaction.objectStore(store).put(value);
            }
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error('seeding failed'));
        };
      }),
    rows,
  );
}

async function openReliability(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Project views' })
    .getByRole('button', { name: 'Reliability' })
    .click();
}

function statisticCell(page: Page, codeId: string, statistic: string) {
  return page.locator(
    `table[aria-label="Agreement per code"] tr[data-code="${codeId}"] ` +
      `td[data-statistic="${statistic}"] .stat-value`,
  );
}

describe('reliability and adjudication', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the expected kappa, adjudicates two disagreements and exports the consensus', async () => {
    const page = await openApp(browser);
    await seedProject(page);
    await openReliability(page);

    const kappa = statisticCell(page, EQUITY, 'cohen_kappa');
    await kappa.waitFor();
    await expect(kappa.textContent()).resolves.toBe(
      cohenKappa(EQUITY_TABLE).toFixed(3),
    );
    await expect(
      page.getByTestId('reliability-summary').textContent(),
    ).resolves.toContain('Ana, Ben · all records (12)');
    await expect(
      page.locator('.reliability-chart canvas').count(),
    ).resolves.toBe(1);
    await expect(page.locator('body').textContent()).resolves.not.toMatch(
      /NaN/,
    );

    await page.getByRole('button', { name: 'Disagreements (4)' }).click();
    const position = page.locator('.queue-position');
    await expect(position.textContent()).resolves.toBe('Disagreement 1 of 4');
    await expect(
      page.getByRole('article', { name: 'Disagreement' }).textContent(),
    ).resolves.toContain('Snacks are not meals.');

    // P-3 × Meals: present, with a rationale, saved with Enter.
    await page.keyboard.press('p');
    await page.keyboard.type('Snacks on Fridays count as food.');
    await page.keyboard.press('Enter');
    await expect.poll(() => position.textContent()).toBe('Disagreement 2 of 4');

    // P-5 × Equity: a decision without a rationale is refused.
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    await page
      .getByRole('alert')
      .filter({ hasText: 'short rationale' })
      .waitFor();
    await page.keyboard.type('Scholarships alone are not a priority.');
    await page.keyboard.press('Enter');
    await expect.poll(() => position.textContent()).toBe('Disagreement 3 of 4');

    // A third decision, undone with Ctrl+Z.
    await page.keyboard.press('k');
    await expect.poll(() => position.textContent()).toBe('Disagreement 2 of 4');
    await page.keyboard.press('j');
    await page.keyboard.press('w');
    await page.keyboard.type('Definition silent on sliding fees.');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await readAllConsensus(page)).length)
      .toBe(3);
    // Saving hands the keys back to the queue once the decision is stored;
    // until then Ctrl+Z would still belong to the rationale field.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('adjudication');
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await readAllConsensus(page)).length)
      .toBe(2);

    const stored = await readAllConsensus(page);
    expect(
      stored.map(({ recordKey, codeId, value, rationale }) => ({
        recordKey,
        codeId,
        value,
        rationale,
      })),
    ).toEqual([
      {
        recordKey: 'P-3',
        codeId: MEALS,
        value: 'present',
        rationale: 'Snacks on Fridays count as food.',
      },
      {
        recordKey: 'P-5',
        codeId: EQUITY,
        value: 'absent',
        rationale: 'Scholarships alone are not a priority.',
      },
    ]);
    const beforeAfter = page.locator(
      `table[aria-label="Before and after"] tr[data-code="${EQUITY}"] td`,
    );
    await expect
      .poll(() => beforeAfter.allTextContents())
      .toEqual([
        '12',
        '3',
        expect.stringMatching(/^0\.\d{3}/),
        '0',
        '1',
        '0',
        '2',
        expect.stringContaining('Ana: kappa'),
      ]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export consensus (CSV)' }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows.slice(1)).toEqual([
      [
        'P-3',
        MEALS,
        'Meals',
        'present',
        '1',
        'Snacks on Fridays count as food.',
        'Lena Lead',
        expect.any(String),
      ],
      [
        'P-5',
        EQUITY,
        'Equity focus',
        'absent',
        '0',
        'Scholarships alone are not a priority.',
        'Lena Lead',
        expect.any(String),
      ],
    ]);
    await page.close();
  });

  it('keeps the tab for leads while blind mode is on', async () => {
    const page = await openApp(browser);
    const projectId = await seedProject(page);
    const [project] = await readStoredProjects(page);
    await writeStores(page, {
      projects: [
        {
          ...project,
          id: projectId,
          settings: { blindMode: true, leads: [ANA.id] },
        },
      ],
    });
    await page.reload();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await openReliability(page);

    await page
      .getByRole('note')
      .filter({ hasText: 'Blind mode is on' })
      .waitFor();
    await expect(
      page.locator('table[aria-label="Agreement per code"]').count(),
    ).resolves.toBe(0);
    await page.close();
  });
});
