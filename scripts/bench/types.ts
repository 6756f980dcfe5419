import type { Summary } from './stats';

/** What a measurement is held to. */
export type Target =
  /** Median ratio subject / baseline (same run) at most `max`. */
  | { readonly kind: 'ratio'; readonly max: number }
  /** Median at most `max`, in the measurement's unit. */
  | { readonly kind: 'limit'; readonly max: number };

export type Unit = 'ms' | 'MB';

/** One row of the table, as the harness knows it. */
export type Measurement = {
  /** Short name for `--only`. */
  readonly name: string;
  readonly label: string;
  readonly unit: Unit;
  readonly target: Target;
  /** Where it runs: Node for core, Chromium for storage, grid, memory. */
  readonly where: 'node' | 'browser';
};

/** A measured sample set: the subject and, for ratios, its baseline. */
export type Samples = {
  readonly subject: readonly number[];
  readonly baseline?: readonly number[];
  /** Named parts of the subject (e.g. parse, commit), per run. */
  readonly parts?: Readonly<Record<string, readonly number[]>>;
  /** Anything a reader should know about how it was measured. */
  readonly note?: string;
};

export type Verdict = 'pass' | 'miss' | 'n/a';

export type MeasuredResult = Measurement & {
  readonly status: 'measured';
  readonly subject: Summary;
  readonly samples: readonly number[];
  readonly baseline: Summary | null;
  readonly baselineSamples: readonly number[] | null;
  /** Subject / baseline (paired), or median / target limit. */
  readonly ratio: number;
  readonly verdict: Verdict;
  readonly parts: Readonly<Record<string, Summary>>;
  readonly note: string | null;
};

export type SkippedResult = Measurement & {
  readonly status: 'unavailable' | 'failed';
  /** Why nothing was measured. */
  readonly note: string;
};

export type BenchResult = MeasuredResult | SkippedResult;
