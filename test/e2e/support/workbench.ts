import { join } from 'node:path';
import type { FileChooser, Locator, Page } from 'playwright-core';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** Answers the one-time name question of a fresh profile. */
export async function enterUserName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** A file made in a test, in the shape a file chooser takes. */
export type MadeFile = {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
};

/** Picks a file, or a made one, through the Import button's chooser. */
export async function chooseScanFile(
  page: Page,
  path: string | MadeFile,
): Promise<void> {
  await chooseFileWith(page, 'Import scan…', path);
}

/** Picks files, or made ones, through the chooser a button opens. */
export async function chooseFileWith(
  page: Page,
  button: string,
  path: Parameters<FileChooser['setFiles']>[0],
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

export function gridRow(page: Page, recordKey: string): Locator {
  return page.locator(`.ag-row[row-id="${recordKey}"]`);
}

export function gridCell(
  page: Page,
  recordKey: string,
  column: string,
): Locator {
  return page.locator(
    `.ag-row[row-id="${recordKey}"] .ag-cell[col-id="${column}"]`,
  );
}

/** Edits one cell the way a user does: double-click, type, Enter. */
export async function editCell(
  page: Page,
  recordKey: string,
  column: string,
  value: string,
): Promise<void> {
  await gridCell(page, recordKey, column).dblclick();
  const editor = page.locator('.ag-cell-editor input, .ag-large-text textarea');
  await editor.fill(value);
  await editor.press('Enter');
}

/** Waits until every edit is stored. */
export async function waitForSaved(page: Page): Promise<void> {
  await page
    .locator('.save-status[data-pending="0"]', { hasText: 'All changes saved' })
    .waitFor();
}

/** Record keys of the rows the grid currently displays, in order. */
export async function displayedKeys(page: Page): Promise<string[]> {
  return page.locator('.ag-row[row-id]').evaluateAll((rows) =>
    rows
      .map((row) => ({
        key: row.getAttribute('row-id') ?? '',
        index: Number(row.getAttribute('row-index')),
      }))
      .sort((a, b) => a.index - b.index)
      .map((row) => row.key),
  );
}

/**
 * The stored metadata of every project, read straight from IndexedDB, so
 * a test can wait until a change has really been written.
 */
export async function readStoredProjects(
  page: Page,
): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('podscan');
        open.onerror = () => reject(new Error('cannot open podscan'));
        open.onsuccess = () => {
          const db = open.result;
          const read = db
            .transaction('projects', 'readonly')
            .objectStore('projects')
            .getAll();
          read.onsuccess = () => {
            resolve(read.result as Record<string, unknown>[]);
            db.close();
          };
          read.onerror = () => reject(new Error('cannot read projects'));
        };
      }),
  );
}
