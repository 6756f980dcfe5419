// Writes an invented scan of learning pods and hubs as CSV:
//   npx tsx scripts/generate-scan.ts [--rows N] [--seed S] [--out FILE]
// Without options it regenerates the committed sample in resources/sample.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  MAX_SAMPLE_ROWS,
  SAMPLE_SCAN_DEFAULTS,
  SAMPLE_SCAN_FILE_NAME,
  streamScan,
  writeCsvLines,
  type SampleScanStream,
} from '../src/core/sample';

const EXIT_USAGE = 2;

/** Rows per CSV chunk: large enough to be fast, small enough to stream. */
const CHUNK_ROWS = 5_000;

const USAGE = `Usage: npx tsx scripts/generate-scan.ts [--rows N] [--seed S] [--out FILE]
  --rows N     records to write, 0 to ${MAX_SAMPLE_ROWS} (default ${SAMPLE_SCAN_DEFAULTS.rows})
  --seed S     whole number 0 to 4294967295 (default ${SAMPLE_SCAN_DEFAULTS.seed})
  --out FILE   where to write the CSV (default resources/sample/${SAMPLE_SCAN_FILE_NAME})
`;

type Options = { rows: number; seed: number; out: string };

type Request =
  | { kind: 'generate'; options: Options }
  | { kind: 'help' }
  | { kind: 'invalid'; message: string };

async function main(argv: readonly string[]): Promise<number> {
  const request = readRequest(argv);
  if (request.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (request.kind === 'invalid') {
    process.stderr.write(`generate-scan: ${request.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { options } = request;

  const started = performance.now();
  const scan = streamScan(options);
  if (!scan.ok) {
    process.stderr.write(`generate-scan: ${scan.error.message}\n`);
    return EXIT_USAGE;
  }
  await writeAtomic(options.out, toCsvChunks(scan.value));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);

  process.stderr.write(
    `Wrote ${options.rows} records (seed ${options.seed}) to ${options.out} in ${seconds} s\n`,
  );
  return 0;
}

function readRequest(argv: readonly string[]): Request {
  let values: { rows?: string; seed?: string; out?: string; help?: boolean };
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        rows: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'invalid', message };
  }
  if (values.help) return { kind: 'help' };

  const rows = readWholeNumber(
    '--rows',
    values.rows,
    SAMPLE_SCAN_DEFAULTS.rows,
  );
  if (typeof rows === 'string') return { kind: 'invalid', message: rows };
  const seed = readWholeNumber(
    '--seed',
    values.seed,
    SAMPLE_SCAN_DEFAULTS.seed,
  );
  if (typeof seed === 'string') return { kind: 'invalid', message: seed };
  const root = join(import.meta.dirname, '..');
  const fallback = join(root, 'resources', 'sample', SAMPLE_SCAN_FILE_NAME);

  const out = values.out ? resolve(values.out) : fallback;

  return { kind: 'generate', options: { rows, seed, out } };
}

function readWholeNumber(
  flag: string,
  text: string | undefined,
  fallback: number,
): number | string {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) {
    return `${flag} must be a whole number, not "${text}".`;
  }

  return Number(text);
}

function* toCsvChunks(scan: SampleScanStream): Generator<string> {
  let chunk: string[][] = [[...scan.columns]];
  for (const row of scan.rows) {
    chunk.push(row);
    if (chunk.length === CHUNK_ROWS) {
      yield writeCsvLines(chunk);
      chunk = [];
    }
  }

  yield writeCsvLines(chunk);
}

/** Writes through a temporary file and a rename: never half a file. */
async function writeAtomic(
  path: string,
  chunks: Iterable<string>,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, chunks, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `generate-scan: could not write the scan: ${message}\n`,
    );
    process.exitCode = 1;
  },
);
