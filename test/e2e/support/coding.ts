import type { Locator, Page } from 'playwright-core';
import { gridCell } from './workbench';

/** The panel beside the grid: the selected record and its coding. */
export function codingPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Record and coding' });
}

/** Names on the code chips of a record's grid row, in order. */
export async function chipNames(
  page: Page,
  recordKey: string,
): Promise<string[]> {
  return gridCell(page, recordKey, '__codes')
    .locator('.code-chip')
    .allTextContents();
}

/** The status a record's grid row shows, e.g. "Done". */
export async function statusText(
  page: Page,
  recordKey: string,
): Promise<string | null> {
  return gridCell(page, recordKey, '__status').textContent();
}

/** The local coder's progress as the coding toolbar words it. */
export async function progressText(page: Page): Promise<string | null> {
  return page
    .getByRole('toolbar', { name: 'Coding' })
    .locator('.coding-progress')
    .first()
    .textContent();
}

/** Presses keys one after another, as a coder does. */
export async function pressKeys(page: Page, keys: string): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

/** Creates a new coder identity through the header's switch dialog. */
export async function createCoderIdentity(
  page: Page,
  name: string,
): Promise<void> {
  await page.getByRole('button', { name: /^Coder: / }).click();
  await page.getByRole('button', { name: 'New identity…' }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Switches to an identity used before on this machine. */
export async function switchCoder(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Coder: / }).click();
  await page
    .getByRole('button', { name: new RegExp(`^Switch to ${name}`) })
    .click();
}

/**
 * Turns blind mode on or off in a stored project, straight in the app's
 * IndexedDB, the way a lead's setting is kept; reload to see it.
 */
export async function setStoredBlindMode(
  page: Page,
  projectName: string,
  blindMode: boolean,
): Promise<void> {
  await page.evaluate(
    ({ projectName, blindMode }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('podscan');
        open.onerror = () => reject(new Error('cannot open podscan'));
        open.onsuccess = () => {
          const db = open.result;
          const store = db
            .transaction('projects', 'readwrite')
            .objectStore('projects');
          const read = store.getAll();
          read.onsuccess = () => {
            const rows = read.result as {
              name: string;
              settings: Record<string, unknown>;
            }[];
            const project = rows.find((row) => row.name === projectName);
            if (!project) {
              reject(new Error(`no project named ${projectName}`));
              return;
            }
            const write = store.put({
              ...project,
              settings: { ...project.settings, blindMode },
            });
            write.onsuccess = () => {
              db.close();
              resolve();
            };
            write.onerror = () => reject(new Error('cannot write project'));
          };
        };
      }),
    { projectName, blindMode },
  );
}
