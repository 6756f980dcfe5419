// Measures Podscan against the performance targets (docs/performance.md):
//   npm run bench [-- --only NAME[,NAME]] [--runs N] [--quick] [--no-build]
// Node runs the core measurements; Chromium (playwright-core) the storage,
// grid and memory ones against a web build in out/bench-web. Prints a
// table of medians and writes out/bench/results.json. Not part of npm test.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { runBrowserBench } from './bench/browser';
import {
  measureAgreement,
  measureExport,
  measureImport,
  measureMerge,
  type CoreContext,
  type CoreOutcome,
} from './bench/core';
import { describeMachine, readLoad } from './bench/machine';
import {
  FULL_SIZES,
  MEASUREMENT_NAMES,
  MEASUREMENTS,
  QUICK_SIZES,
  type BenchSizes,
} from './bench/measurements';
import { parseBenchArgs, type BenchOptions } from './bench/options';
import { countVerdicts, judge, skip } from './bench/results';
import { formatNotes, formatResultTable } from './bench/table';
import type { BenchResult, Measurement } from './bench/types';

const EXIT_USAGE = 2;
const root = join(import.meta.dirname, '..');

const USAGE = `Usage: npm run bench -- [--only NAME[,NAME]] [--runs N] [--quick] [--no-build | --web DIR] [--out FILE]
  --only NAME   run only these measurements: ${MEASUREMENT_NAMES.join(', ')}
  --runs N      repeat each measurement N times (default 5); medians are reported
  --quick       small sizes, to check the harness itself quickly
  --no-build    reuse the web build in out/bench-web
  --web DIR     measure the web build in DIR (e.g. of another revision)
  --out FILE    where to write the JSON results (default out/bench/results.json)
`;

async function main(argv: readonly string[]): Promise<number> {
  const request = parseBenchArgs(argv, MEASUREMENT_NAMES);
  if (request.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (request.kind === 'invalid') {
    process.stderr.write(`bench: ${request.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }

  const { options } = request;
  const sizes = options.quick ? QUICK_SIZES : FULL_SIZES;
  const selected = MEASUREMENTS.filter(
    (measurement) =>
      options.only === null || options.only.includes(measurement.name),
  );
  const machine = describeMachine(root);
  const started = new Date();
  log(
    `Podscan bench: ${selected.length} measurement(s), ${options.runs} ` +
      `run(s) each${options.quick ? ', quick sizes' : ''}\n` +
      `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; ` +
      `load average ${machine.loadAverage.join(' ')}`,
  );

  const results = [
    ...(await runCore(selected, options, sizes)),
    ...(await runBrowser(selected, options, sizes)),
  ];
  const ordered = selected.map((measurement) =>
    results.find((result) => result.name === measurement.name)!,
  );
  const loadAfter = readLoad();

  const table = formatResultTable(ordered);
  const notes = formatNotes(ordered);
  const verdicts = countVerdicts(ordered);
  process.stdout.write(
    `\n${table}\n\n${notes}\n\nload average before ${machine.loadAverage.join(' ')}, ` +
      `after ${loadAfter.join(' ')}; ${verdicts.pass} within target, ` +
      `${verdicts.miss} missed, ${verdicts.other} not measured\n`,
  );
  const out = resolve(root, options.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(
    out,
    `${JSON.stringify(
      {
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
        options,
        sizes,
        machine: { ...machine, loadAverageAfter: loadAfter },
        results: ordered,
      },
      null,
      2,
    )}\n`,
  );
  log(`Results written to ${out}`);
  return 0;
}

type CoreRunner = (context: CoreContext) => Promise<CoreOutcome>;

const CORE_RUNNERS: Readonly<Record<string, CoreRunner>> = {
  import: async (context) => ({
    ok: true,
    samples: await measureImport(context),
  }),
  agreement: (context) =>
    Promise.resolve({ ok: true, samples: measureAgreement(context) }),
  merge: measureMerge,
  export: measureExport,
};

async function runCore(
  selected: readonly Measurement[],
  options: BenchOptions,
  sizes: BenchSizes,
): Promise<BenchResult[]> {
  const context: CoreContext = {
    root,
    folder: join(root, 'out', 'bench'),
    runs: options.runs,
    sizes,
    log,
  };
  const results: BenchResult[] = [];
  for (const measurement of selected) {
    const runner = CORE_RUNNERS[measurement.name];
    if (measurement.where !== 'node' || !runner) continue;

    log(`\n${measurement.label}…`);
    try {
      const outcome = await runner(context);
      results.push(
        outcome.ok
          ? judge(measurement, outcome.samples)
          : skip(measurement, 'unavailable', outcome.note),
      );
    } catch (error) {
      results.push(skip(measurement, 'failed', describe(error)));
    }
  }
  return results;
}

async function runBrowser(
  selected: readonly Measurement[],
  options: BenchOptions,
  sizes: BenchSizes,
): Promise<BenchResult[]> {
  const wanted = selected.filter(
    (measurement) => measurement.where === 'browser',
  );
  if (wanted.length === 0) return [];

  try {
    const { samples, failures } = await runBrowserBench({
      root,
      folder: join(root, 'out', 'bench'),
      webOut: options.web
        ? resolve(options.web)
        : join(root, 'out', 'bench-web'),
      runs: options.runs,
      sizes,
      build: !options.skipBuild,
      names: wanted.map((measurement) => measurement.name),
      log,
    });
    return wanted.map((measurement) => {
      const found = samples.get(measurement.name);
      const failure = failures.get(measurement.name);
      return found
        ? judge(measurement, found)
        : skip(measurement, 'failed', failure ?? 'no samples were taken');
    });
  } catch (error) {
    const note = `Chromium run failed: ${describe(error)}`;
    return wanted.map((measurement) => skip(measurement, 'failed', note));
  }
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${describe(error)}\n`);
    process.exitCode = 1;
  },
);
