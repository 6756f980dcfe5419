import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';

export type MemoryReading = {
  /** Resident memory of the largest renderer process, MB. */
  readonly rendererMb: number;
  /** The page's JS heap in use after a full collection, MB. */
  readonly heapMb: number;
};

/**
 * Collects garbage in the page, then reads its JS heap (CDP
 * Performance.getMetrics) and the resident set of the largest renderer
 * process (CDP SystemInfo.getProcessInfo for the ids, /proc for the
 * sizes). The page's renderer is the largest once a project is open;
 * resident size includes shared pages, so it is an upper bound.
 */
export async function readMemory(
  browser: Browser,
  page: Page,
): Promise<MemoryReading> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize');

  const browserSession = await browser.newBrowserCDPSession();
  const info = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await browserSession.detach();
  const renderers = info.processInfo.filter((p) => p.type === 'renderer');
  const sizes = await Promise.all(renderers.map((p) => readResidentMb(p.id)));

  return {
    rendererMb: Math.max(0, ...sizes),
    heapMb: (heap?.value ?? NaN) / MB,
  };
}

const MB = 1024 * 1024;

async function readResidentMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? (Number(match[1]) * 1024) / MB : 0;
  } catch {
    // The process ended meanwhile (a spare renderer): it holds nothing.
    return 0;
  }
}
