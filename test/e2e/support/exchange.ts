import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { chooseFileWith } from './workbench';

/** A file the page downloaded, kept on disk so it can be picked again. */
export type Downloaded = {
  readonly name: string;
  readonly path: string;
  readonly bytes: Buffer;
};

/** Clicks `button` and waits for the download it starts. */
export async function downloadFrom(
  page: Page,
  button: Locator,
): Promise<Downloaded> {
  const started = page.waitForEvent('download');
  await button.click();
  const download = await started;
  const folder = await mkdtemp(join(tmpdir(), 'podscan-e2e-'));
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  return {
    name: download.suggestedFilename(),
    path,
    bytes: await readFile(path),
  };
}

/** The Exchange tab's export button for the chosen format. */
export function exportButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Export .*…$/ });
}

/** Picks files through the Merge section's file chooser. */
export async function chooseCodedFiles(
  page: Page,
  paths: readonly string[],
): Promise<void> {
  await chooseFileWith(page, 'Choose coded files…', [...paths]);
}

/** The merge preview's counts: label → number as shown. */
export async function readMergeSummary(
  page: Page,
): Promise<Record<string, string>> {
  const rows = page.locator('dl[aria-label="Merge summary"] > div');
  await rows.first().waitFor();
  const pairs = await rows.evaluateAll((elements) =>
    elements.map((row): [string, string] => [
      row.querySelector('dt')?.textContent ?? '',
      row.querySelector('dd')?.textContent ?? '',
    ]),
  );
  return Object.fromEntries(pairs);
}

/**
 * Each coder's coded record keys in the named project, read straight from
 * the app's IndexedDB (persistence/coding-buckets.ts layout), by name.
 */
export async function readStoredLayers(
  page: Page,
  projectName: string,
): Promise<Record<string, string[]>> {
  return page.evaluate(async (projectName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('podscan');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error('cannot open podscan'));
    });
    const read = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db
          .transaction(store, 'readonly')
          .objectStore(store)
          .getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(new Error(`cannot read ${store}`));
      });
    const projects = await read<{ id: string; name: string }>('projects');
    const project = projects.find((each) => each.name === projectName);
    if (!project) throw new Error(`no project named ${projectName}`);
    const coderRows = await read<{
      projectId: string;
      coders: { id: string; name: string }[];
    }>('coders');
    const coders =
      coderRows.find((row) => row.projectId === project.id)?.coders ?? [];
    const buckets = await read<{
      projectId: string;
      coderId: string;
      keys: string[];
    }>('codings');
    db.close();
    const layers: Record<string, string[]> = {};
    for (const bucket of buckets) {
      if (bucket.projectId !== project.id || bucket.keys.length === 0) continue;
      const name =
        coders.find((coder) => coder.id === bucket.coderId)?.name ??
        bucket.coderId;
      layers[name] = [...(layers[name] ?? []), ...bucket.keys].sort();
    }
    return layers;
  }, projectName);
}

/** A machine setting as stored, e.g. `lastExports`. */
export async function readStoredSetting(
  page: Page,
  key: string,
): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('podscan');
        open.onerror = () => reject(new Error('cannot open podscan'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db
            .transaction('settings', 'readonly')
            .objectStore('settings')
            .get(key);
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { value?: unknown } | undefined)?.value);
          };
          request.onerror = () => reject(new Error('cannot read settings'));
        };
      }),
    key,
  );
}
