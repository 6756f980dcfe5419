import type { Locator, Page } from 'playwright-core';

/** Opens one of the open project's tabs (Records, Codebook, Team…). */
export async function openProjectTab(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Project views' })
    .getByRole('button', { name, exact: true })
    .click();
}

/** The code tree's item whose name is exactly `name`. */
export function treeItem(page: Page, name: string): Locator {
  return page.getByRole('treeitem').filter({
    has: page.locator('.code-tree-name', { hasText: exactText(name) }),
  });
}

/** Names of the codes the tree shows, in order, indented by level. */
export async function treeOutline(page: Page): Promise<string[]> {
  return page.getByRole('treeitem').evaluateAll((items) =>
    items.map((item) => {
      const level = Number(item.getAttribute('aria-level'));
      const name = item.querySelector('.code-tree-name')?.textContent ?? '';
      return `${'.'.repeat(level - 1)}${name}`;
    }),
  );
}

/**
 * The stored codings of the open project, one coder's: record key →
 * sorted code GUIDs.
 */
export async function readStoredCodes(
  page: Page,
): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('podscan');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error('cannot open podscan'));
    });
    const rows = await new Promise<{ keys: string[]; codes: string[][] }[]>(
      (resolve, reject) => {
        const read = db
          .transaction('codings', 'readonly')
          .objectStore('codings')
          .getAll();
        read.onsuccess = () => resolve(read.result as never);
        read.onerror = () => reject(new Error('cannot read codings'));
      },
    );
    db.close();
    const codes: Record<string, string[]> = {};
    for (const row of rows) {
      row.keys.forEach((key, index) => {
        codes[key] = [...(row.codes[index] ?? [])].sort();
      });
    }
    return codes;
  });
}

function exactText(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
