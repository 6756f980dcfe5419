import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The script Playwright installs in every page (see probe.js). */
export const PROBE_SCRIPT = join(import.meta.dirname, 'probe.js');

/** What probe.js records, on the page's clock (performance.now()). */
export type ProbeState = {
  readonly input: number;
  readonly click: number;
  readonly enter: number;
  readonly preview: number;
  readonly gridPainted: number;
  readonly counts: readonly { readonly t: number; readonly text: string }[];
  readonly saves: readonly {
    readonly t: number;
    readonly pending: number;
    readonly text: string;
  }[];
};

type ProbeHost = {
  readonly __podscanBench: ProbeState & { reset(): number };
};

/** Forgets what the probe saw; returns the page's time now. */
export function resetProbe(page: Page): Promise<number> {
  return page.evaluate(() =>
    (globalThis as unknown as ProbeHost).__podscanBench.reset(),
  );
}

export function readProbe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    const probe = (globalThis as unknown as ProbeHost).__podscanBench;
    return {
      input: probe.input,
      click: probe.click,
      enter: probe.enter,
      preview: probe.preview,
      gridPainted: probe.gridPainted,
      counts: [...probe.counts],
      saves: [...probe.saves],
    };
  });
}

/** Waits until the frame after the grid's first cells has been painted. */
export async function waitForGridPainted(
  page: Page,
  timeout: number,
): Promise<void> {
  await page.waitForFunction(
    () => (globalThis as unknown as ProbeHost).__podscanBench.gridPainted > 0,
    undefined,
    { timeout, polling: 50 },
  );
}

/** Waits for the record count to read `text`; returns when it first did. */
export async function waitForCount(
  page: Page,
  text: string,
  after: number,
  timeout: number,
): Promise<number> {
  const handle = await page.waitForFunction(
    ({ wanted, since }) =>
      (globalThis as unknown as ProbeHost).__podscanBench.counts.find(
        (entry) => entry.t >= since && entry.text === wanted,
      )?.t ?? false,
    { wanted: text, since: after },
    { timeout, polling: 20 },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits for the count to change after `since`; returns when it did. */
export async function waitForCountChange(
  page: Page,
  since: number,
  timeout: number,
): Promise<{ readonly t: number; readonly text: string }> {
  const handle = await page.waitForFunction(
    (after) =>
      (globalThis as unknown as ProbeHost).__podscanBench.counts.find(
        (entry) => entry.t >= after,
      ) ?? false,
    since,
    { timeout, polling: 20 },
  );
  return (await handle.jsonValue()) as { t: number; text: string };
}

/**
 * Waits for the save indicator to show everything saved after being
 * busy, both after `since`; returns when it showed saved.
 */
export async function waitForSaved(
  page: Page,
  since: number,
  timeout: number,
): Promise<number> {
  const handle = await page.waitForFunction(
    (after) => {
      const saves = (globalThis as unknown as ProbeHost).__podscanBench.saves;
      const busy = saves.findIndex((s) => s.t >= after && s.pending > 0);
      if (busy === -1) return false;
      const done = saves
        .slice(busy)
        .find((s) => s.pending === 0 && s.text === 'All changes saved');
      return done?.t ?? false;
    },
    since,
    { timeout, polling: 10 },
  );
  return (await handle.jsonValue()) as number;
}
