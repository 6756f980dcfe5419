import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { BenchSizes } from './measurements';
import { readMemory } from './memory';
import { PROBE_SCRIPT } from './probe';
import { ensureScanFile } from './scan-file';
import type { Samples } from './types';
import { buildWebApp, serveWebApp } from './web-app';
import {
  enterUserName,
  importScan,
  reopenProject,
  timeEdits,
  timeQueries,
  type RepeatedTiming,
} from './workbench-flows';
import { median, percentile } from './stats';
import { openCpuMeter } from './cpu';

export type BrowserBenchConfig = {
  readonly root: string;
  /** Where generated scans are kept. */
  readonly folder: string;
  /** Where the web app is built and served from. */
  readonly webOut: string;
  readonly runs: number;
  readonly sizes: BenchSizes;
  readonly build: boolean;
  /** Browser measurements to take. */
  readonly names: readonly string[];
  readonly log: (line: string) => void;
};

const CHROMIUM = process.env.PODSCAN_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type BrowserOutcome = {
  readonly samples: ReadonlyMap<string, Samples>;
  /** Why a measurement failed, for those that failed in some run. */
  readonly failures: ReadonlyMap<string, string>;
};

/** Searched for right after an import, before any other search. */
const FIRST_QUERY = 'museum';
const SEARCH_QUERIES = [
  'ymca',
  'sliding scale',
  'lp-042424',
  'hybrid',
  'tutoring museum',
];
const FILTER_QUERIES = ['academy', 'camp', 'safe haven'];

/**
 * Runs the browser measurements: each run starts Chromium on a fresh
 * on-disk profile (so IndexedDB writes reach the disk as in the app),
 * imports the generated scan, then takes the other measurements on that
 * project. Returns the samples per measurement name.
 */
export async function runBrowserBench(
  config: BrowserBenchConfig,
): Promise<BrowserOutcome> {
  if (config.build) {
    config.log('\nbuilding the web workbench into out/bench-web…');
    await buildWebApp(config.root, config.webOut);
  }
  const scan = await ensureScanFile(config.folder, config.sizes.scanRows);
  const server = await serveWebApp(config.webOut);
  const collected = createCollector();
  try {
    for (let run = 0; run < config.runs; run += 1) {
      config.log(`\nChromium run ${run + 1} of ${config.runs}…`);
      await runSession(server.url, scan, config, run, collected).catch(
        (error: unknown) => config.log(`  run abandoned: ${describe(error)}`),
      );
    }
  } finally {
    await server.close();
  }
  return {
    samples: collected.toSamples(config.sizes),
    failures: collected.failures(),
  };
}

async function runSession(
  url: string,
  scan: string,
  config: BrowserBenchConfig,
  run: number,
  collected: Collector,
): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'podscan-bench-'));
  const context = await launch(profile);
  try {
    await context.addInitScript({ path: PROBE_SCRIPT });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await enterUserName(page);
    await measureSession(page, context, scan, config, run, collected);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function measureSession(
  page: Page,
  context: BrowserContext,
  scan: string,
  config: BrowserBenchConfig,
  run: number,
  collected: Collector,
): Promise<void> {
  const rows = config.sizes.scanRows;
  const search = page.getByLabel('Search all fields');
  const cpu = await openCpuMeter(context.browser()!);
  const step = async (name: string, work: () => Promise<string>) => {
    if (name !== 'web-import' && !config.names.includes(name)) return;
    try {
      config.log(`  ${name}: ${await work()}`);
    } catch (error) {
      collected.fail(name, describe(error));
      const shot = join(config.folder, `failed-${name}-run${run + 1}.png`);
      await page.screenshot({ path: shot }).catch(() => undefined);
      config.log(`  ${name} failed: ${describe(error)} (see ${shot})`);
      // Without the imported project nothing else can be measured.
      if (name === 'web-import') throw error;
    }
  };

  await step('web-import', async () => {
    const imported = await importScan(page, scan, rows, cpu);
    collected.add('web-import', imported.total, {
      'file read, parsed, previewed': imported.preview,
      'commit → grid painted': imported.commitToGrid,
      'every record in the grid': imported.allLoaded,
      [CPU_PART]: imported.cpu,
    });
    return `${imported.total.toFixed(0)} ms to grid painted`;
  });
  await step('search', async () => {
    const first = await timeQueries(page, search, [FIRST_QUERY], rows, cpu);
    collected.part('search', 'first search after import', first.times[0]!);
    return `first search ${first.times[0]!.toFixed(0)} ms`;
  });
  await step('memory', async () => {
    const memory = await readMemory(context.browser()!, page);
    collected.add('memory', memory.rendererMb, {
      'JS heap used': memory.heapMb,
    });
    return `renderer ${memory.rendererMb.toFixed(0)} MB`;
  });
  await step('reopen', async () => {
    const reopened = await reopenProject(page, rows, cpu);
    collected.add('reopen', reopened.firstRows, {
      'every record in the grid': reopened.allLoaded,
      [CPU_PART]: reopened.cpu,
    });
    return `${reopened.firstRows.toFixed(0)} ms to first rows`;
  });
  await step('search', async () => {
    const timed = await timeQueries(page, search, SEARCH_QUERIES, rows, cpu);
    addRepeated(collected, 'search', timed, median);
    return `${timed.times.map((t) => t.toFixed(0)).join(', ')} ms`;
  });
  await step('filter', async () => {
    const filter = page.getByLabel('Initiative name Filter Input');
    const timed = await timeQueries(page, filter, FILTER_QUERIES, rows, cpu);
    addRepeated(collected, 'filter', timed, median);
    return `${timed.times.map((t) => t.toFixed(0)).join(', ')} ms`;
  });
  await step('edit', async () => {
    const label = `Bench ${run}`;
    const timed = await timeEdits(page, config.sizes.edits, label, cpu);
    addRepeated(collected, 'edit', timed, (times) => percentile(times, 95));
    return `p95 ${percentile(timed.times, 95).toFixed(0)} ms`;
  });
  await cpu.close();
}

const CPU_PART = 'CPU time, all Chromium processes';

/** One sample per run (`summarise` of the run's times), with parts. */
function addRepeated(
  collected: Collector,
  name: string,
  timed: RepeatedTiming,
  summariseRun: (times: readonly number[]) => number,
): void {
  const sample = summariseRun(timed.times);
  const typical = median(timed.times);
  collected.add(name, sample, {
    ...(sample === typical ? {} : { 'median of the run': typical }),
    'slowest of the run': Math.max(...timed.times),
    [`${CPU_PART} (median)`]: median(timed.cpu),
  });
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Playwright appends a call log; its first line says what failed.
  return text.split('\n')[0] ?? text;
}

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    viewport: { width: 1600, height: 900 },
  });
}

/** Samples per measurement, gathered run by run. */
type Collector = {
  readonly add: (
    name: string,
    value: number,
    parts?: Readonly<Record<string, number>>,
  ) => void;
  readonly part: (name: string, part: string, value: number) => void;
  /** Notes a failed run; a measurement with no sample reports it. */
  readonly fail: (name: string, reason: string) => void;
  /** The first failure of each measurement that failed in some run. */
  readonly failures: () => Map<string, string>;
  readonly toSamples: (sizes: BenchSizes) => Map<string, Samples>;
};

function createCollector(): Collector {
  const subjects = new Map<string, number[]>();
  const parts = new Map<string, Map<string, number[]>>();
  const failed = new Map<string, string[]>();
  const part = (name: string, label: string, value: number) => {
    const named = parts.get(name) ?? new Map<string, number[]>();
    named.set(label, [...(named.get(label) ?? []), value]);
    parts.set(name, named);
  };

  return {
    add: (name, value, extra = {}) => {
      subjects.set(name, [...(subjects.get(name) ?? []), value]);
      for (const [label, partValue] of Object.entries(extra)) {
        part(name, label, partValue);
      }
    },
    part,
    fail: (name, reason) => {
      failed.set(name, [...(failed.get(name) ?? []), reason]);
    },
    toSamples: (sizes) => {
      const note =
        `${sizes.scanRows} generated records × 21 columns; Chromium ` +
        'headless, a fresh on-disk profile per run';
      const samples = new Map<string, Samples>();
      for (const [name, subject] of subjects) {
        const failures = failed.get(name) ?? [];
        const failedRuns =
          failures.length === 0
            ? ''
            : `; ${failures.length} run(s) failed: ${failures[0]}`;
        samples.set(name, {
          subject,
          parts: Object.fromEntries(parts.get(name) ?? []),
          note: note + failedRuns,
        });
      }
      return samples;
    },
    failures: () =>
      new Map([...failed].map(([name, reasons]) => [name, reasons[0]!])),
  };
}
