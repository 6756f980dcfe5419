import { parseArgs } from 'node:util';

export type BenchOptions = {
  /** Measurement names to run; null for all. */
  readonly only: readonly string[] | null;
  readonly runs: number;
  /** Smaller sizes, for a quick smoke check of the harness. */
  readonly quick: boolean;
  /** Reuse the web build in the bench output folder instead of building. */
  readonly skipBuild: boolean;
  /** Measure this web build (e.g. of another revision) instead; no build. */
  readonly web: string | null;
  /** Where the JSON results go. */
  readonly out: string;
};

export type BenchRequest =
  | { readonly kind: 'run'; readonly options: BenchOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'invalid'; readonly message: string };

export const DEFAULT_RUNS = 5;
export const DEFAULT_OUT = 'out/bench/results.json';

/**
 * Reads the command line: `--only NAME[,NAME]` (repeatable), `--runs N`
 * (1–100), `--quick`, `--no-build`, `--web DIR`, `--out FILE`, `--help`.
 * Names are checked against `known`; a bad value gives `invalid` with a
 * message saying what to pass instead.
 */
export function parseBenchArgs(
  argv: readonly string[],
  known: readonly string[],
): BenchRequest {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        only: { type: 'string', multiple: true },
        runs: { type: 'string' },
        quick: { type: 'boolean' },
        'no-build': { type: 'boolean' },
        web: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'invalid', message };
  }
  if (values.help) return { kind: 'help' };

  const runs = readRuns(values.runs);
  if (typeof runs === 'string') return { kind: 'invalid', message: runs };
  const only = readOnly(values.only, known);
  if (typeof only === 'string') return { kind: 'invalid', message: only };

  return {
    kind: 'run',
    options: {
      only,
      runs,
      quick: values.quick === true,
      skipBuild: values['no-build'] === true || values.web !== undefined,
      web: values.web ?? null,
      out: values.out ?? DEFAULT_OUT,
    },
  };
}

const MAX_RUNS = 100;

function readRuns(text: string | undefined): number | string {
  if (text === undefined) return DEFAULT_RUNS;
  const runs = Number(text);
  if (!/^\d+$/.test(text) || runs < 1 || runs > MAX_RUNS) {
    return `--runs must be a whole number from 1 to ${MAX_RUNS}, not "${text}".`;
  }

  return runs;
}

function readOnly(
  values: readonly string[] | undefined,
  known: readonly string[],
): readonly string[] | null | string {
  if (values === undefined) return null;

  const names = values
    .flatMap((value) => value.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    return `unknown measurement "${unknown.join('", "')}"; choose from: ${known.join(', ')}.`;
  }
  if (names.length === 0) return '--only needs a measurement name.';

  return [...new Set(names)];
}
