import { fail, ok, type Problem, type Result } from '../model/problem';
import { SAMPLE_COLUMNS, toSampleRow } from './columns';
import { drawInitiative } from './initiative';
import { createRandom } from './random';
import { drawCodingDays } from './timeline';

export type GenerateScanOptions = {
  /** Number of records, 0 to MAX_SAMPLE_ROWS. */
  readonly rows: number;
  /** Integer in [0, 2^32 − 1]; the same seed always gives the same scan. */
  readonly seed: number;
};

/** A generated scan: column labels and one row of cells per record. */
export type SampleScan = {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
};

/** A scan whose rows are drawn one at a time; `rows` can be read once. */
export type SampleScanStream = {
  readonly columns: readonly string[];
  readonly rows: Iterable<string[]>;
};

/** What the committed sample in resources/sample was generated with. */
export const SAMPLE_SCAN_DEFAULTS: GenerateScanOptions = {
  rows: 300,
  seed: 2020,
};

export const MAX_SAMPLE_ROWS = 1_000_000;

/**
 * Generates an invented but realistic scan of institution-run learning pods
 * and hubs from 2020–21, calibrated to the published shape of the real scan
 * (PRODUCT.md §7). Deterministic: the same options give identical output.
 * Fails with SAMPLE_INVALID_ROWS or SAMPLE_INVALID_SEED on bad options.
 */
export function generateScan(options: GenerateScanOptions): Result<SampleScan> {
  const stream = streamScan(options);
  if (!stream.ok) return stream;

  return ok({ columns: stream.value.columns, rows: [...stream.value.rows] });
}

/**
 * The rows of generateScan, drawn lazily so that large benchmark scans can
 * be written in chunks without holding every record. Same options, same
 * rows, and the same failures, as generateScan.
 */
export function streamScan(
  options: GenerateScanOptions,
): Result<SampleScanStream> {
  const problem = checkOptions(options);
  if (problem) return fail(problem);

  return ok({ columns: [...SAMPLE_COLUMNS], rows: drawRows(options) });
}

const MAX_SEED = 0xffff_ffff;

function* drawRows({ rows, seed }: GenerateScanOptions): Generator<string[]> {
  const random = createRandom(seed);
  // Coding dates are drawn and sorted first so that keys follow the order
  // records entered the scan, as a running scan's IDs do.
  const codedDays = drawCodingDays(random, rows);
  const width = Math.max(4, String(rows).length);
  for (let index = 0; index < rows; index += 1) {
    const key = `LP-${String(index + 1).padStart(width, '0')}`;
    const initiative = drawInitiative(random, codedDays[index] ?? 0);
    yield toSampleRow(initiative, key);
  }
}

function checkOptions({ rows, seed }: GenerateScanOptions): Problem | null {
  if (!Number.isInteger(rows) || rows < 0 || rows > MAX_SAMPLE_ROWS) {
    return optionProblem(
      'SAMPLE_INVALID_ROWS',
      `Row count ${String(rows)} is not a whole number from 0 to ${MAX_SAMPLE_ROWS}; choose one in that range.`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    return optionProblem(
      'SAMPLE_INVALID_SEED',
      `Seed ${String(seed)} is not a whole number from 0 to ${MAX_SEED}; choose one in that range.`,
    );
  }

  return null;
}

function optionProblem(code: string, message: string): Problem {
  return { row: null, column: null, code, message, severity: 'error' };
}
