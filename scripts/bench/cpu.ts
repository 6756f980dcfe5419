import type { Browser, CDPSession } from 'playwright-core';

/**
 * Counts the CPU time every Chromium process spends (CDP
 * SystemInfo.getProcessInfo): on a machine shared with other work, wall
 * time waits for the processor, CPU time does not, so it shows what the
 * work itself costs. Processes that ended between readings are missed.
 */
export type CpuMeter = {
  /** CPU milliseconds of all Chromium processes so far. */
  readonly read: () => Promise<number>;
  readonly close: () => Promise<void>;
};

export async function openCpuMeter(browser: Browser): Promise<CpuMeter> {
  const session: CDPSession = await browser.newBrowserCDPSession();
  const seen = new Map<number, number>();
  let total = 0;

  return {
    read: async () => {
      const info = (await session.send('SystemInfo.getProcessInfo')) as {
        processInfo: { id: number; cpuTime: number }[];
      };
      for (const process of info.processInfo) {
        const before = seen.get(process.id) ?? 0;
        total += Math.max(0, process.cpuTime - before) * 1000;
        seen.set(process.id, process.cpuTime);
      }
      return total;
    },
    close: () => session.detach(),
  };
}
