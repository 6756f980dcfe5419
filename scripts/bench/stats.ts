/** The spread of one measurement's repeated samples. */
export type Summary = {
  readonly runs: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
};

/**
 * Median, minimum and maximum of the samples; NaN throughout for none.
 * The median of an even count is the mean of the middle two.
 */
export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) {
    return { runs: 0, median: NaN, min: NaN, max: NaN };
  }

  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: median(sorted),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/** The middle value (mean of the middle two for an even count); NaN if none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;

  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Nearest-rank percentile: the smallest sample with at least `p` percent
 * of the samples at or below it (p in (0, 100]); NaN if none.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;

  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * The median of per-run ratios subject / baseline, pairing the runs in
 * order. Pairs measured back to back share the machine's load at that
 * moment, so their ratio is steadier than a ratio of two medians on a
 * busy machine. NaN when no pair has a positive baseline.
 */
export function pairedRatio(
  subject: readonly number[],
  baseline: readonly number[],
): number {
  const ratios: number[] = [];
  const count = Math.min(subject.length, baseline.length);
  for (let run = 0; run < count; run += 1) {
    const base = baseline[run]!;
    if (base > 0) ratios.push(subject[run]! / base);
  }
  return median(ratios);
}
