import type { Page } from 'playwright-core';
import type { CpuMeter } from './cpu';
import {
  readProbe,
  resetProbe,
  waitForCount,
  waitForCountChange,
  waitForGridPainted,
  waitForSaved,
} from './probe';

/** Generous: a loaded two-core machine can take long over 100k records. */
export const LONG_WAIT = 180_000;
const SHORT_WAIT = 30_000;

/** Answers the one-time name question of a fresh profile. */
export async function enterUserName(page: Page): Promise<void> {
  await page.getByLabel('Your name').fill('Bench');
  await page.getByRole('button', { name: 'Continue' }).click();
}

export type ImportTiming = {
  /** File chosen → grid painted, less the wait for the commit click. */
  readonly total: number;
  readonly preview: number;
  readonly commitToGrid: number;
  /** File chosen → every record in the grid (count shows them all). */
  readonly allLoaded: number;
  /** CPU time of all Chromium processes, file chosen → grid painted. */
  readonly cpu: number;
};

/**
 * Imports the scan through the Import button and the preview, clicking
 * the commit button as soon as it shows. Times from the file being set
 * on the chooser; the moments between the preview showing and the click
 * landing are the bench's, not the app's, and are left out.
 */
export async function importScan(
  page: Page,
  path: string,
  recordCount: number,
  cpu: CpuMeter,
): Promise<ImportTiming> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import scan…' }).click();
  const fileChooser = await chooser;
  const chosen = await resetProbe(page);
  const cpuBefore = await cpu.read();
  await fileChooser.setFiles(path);

  await page
    .getByRole('button', { name: /^Import [\d,]+ records$/ })
    .click({ timeout: LONG_WAIT });
  await waitForGridPainted(page, LONG_WAIT);
  const cpuUsed = (await cpu.read()) - cpuBefore;
  const probe = await readProbe(page);
  const loaded = await waitForAllRecords(page, recordCount, chosen);
  const clickWait = probe.click - probe.preview;

  return {
    total: probe.gridPainted - chosen - clickWait,
    preview: probe.preview - chosen,
    commitToGrid: probe.gridPainted - probe.click,
    allLoaded: loaded - chosen - clickWait,
    cpu: cpuUsed,
  };
}

/** The time the count first showed every record, after `since`. */
export async function waitForAllRecords(
  page: Page,
  recordCount: number,
  since: number,
): Promise<number> {
  return waitForCount(page, allRecordsText(recordCount), since, LONG_WAIT);
}

export type ReopenTiming = {
  readonly firstRows: number;
  readonly allLoaded: number;
  /** CPU time of all Chromium processes, click → first rows painted. */
  readonly cpu: number;
};

/** Reloads the page and opens the (only) project from the list. */
export async function reopenProject(
  page: Page,
  recordCount: number,
  cpu: CpuMeter,
): Promise<ReopenTiming> {
  await page.reload();
  const open = page.getByRole('button', { name: 'Open', exact: true });
  await open.waitFor({ timeout: SHORT_WAIT });
  await resetProbe(page);
  const cpuBefore = await cpu.read();
  await open.click();

  await waitForGridPainted(page, LONG_WAIT);
  const cpuUsed = (await cpu.read()) - cpuBefore;
  const probe = await readProbe(page);
  const loaded = await waitForAllRecords(page, recordCount, probe.click);
  return {
    firstRows: probe.gridPainted - probe.click,
    allLoaded: loaded - probe.click,
    cpu: cpuUsed,
  };
}

/** Times of a set of repeated actions, and the CPU time each took. */
export type RepeatedTiming = {
  readonly times: readonly number[];
  readonly cpu: readonly number[];
};

/**
 * Types each query into `input` at once (as a paste) and times from the
 * input event to the record count changing; clears the box between
 * queries and waits for the full count. Every query must change it.
 */
export async function timeQueries(
  page: Page,
  input: ReturnType<Page['getByLabel']>,
  queries: readonly string[],
  recordCount: number,
  cpu: CpuMeter,
): Promise<RepeatedTiming> {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (const query of queries) {
    const before = await resetProbe(page);
    const cpuBefore = await cpu.read();
    await input.fill(query);
    const { input: typed } = await readProbe(page);
    const change = await waitForCountChange(page, typed, SHORT_WAIT);
    cpuTimes.push((await cpu.read()) - cpuBefore);
    if (change.text === allRecordsText(recordCount)) {
      throw new Error(`the query "${query}" left every record shown`);
    }
    times.push(change.t - typed);

    await input.fill('');
    await waitForCount(page, allRecordsText(recordCount), before, SHORT_WAIT);
  }
  return { times, cpu: cpuTimes };
}

/** A column that is always in view: the first after the record key. */
export const EDITED_COLUMN = 'initiative_name';

/**
 * Edits the EDITED_COLUMN cell of the first `count` displayed rows, one
 * after another, timing from the Enter that ends each edit to the save
 * indicator showing it stored.
 */
export async function timeEdits(
  page: Page,
  count: number,
  label: string,
  cpu: CpuMeter,
): Promise<RepeatedTiming> {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const cell = page.locator(
      `.ag-row[row-index="${index}"] .ag-cell[col-id="${EDITED_COLUMN}"]`,
    );
    await cell.dblclick();
    const editor = page.locator('.ag-cell-editor input');
    await editor.fill(`${label} ${index + 1}`);
    const cpuBefore = await cpu.read();
    await editor.press('Enter');
    const { enter } = await readProbe(page);
    const saved = await waitForSaved(page, enter, SHORT_WAIT);
    cpuTimes.push((await cpu.read()) - cpuBefore);
    times.push(saved - enter);
  }
  return { times, cpu: cpuTimes };
}

/** How the record count reads with nothing filtered out. */
export function allRecordsText(recordCount: number): string {
  return `${recordCount.toLocaleString('en-US')} records`;
}
