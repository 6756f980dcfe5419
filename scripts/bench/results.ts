import { pairedRatio, summarise, type Summary } from './stats';
import type {
  BenchResult,
  MeasuredResult,
  Measurement,
  Samples,
  SkippedResult,
} from './types';

/**
 * Summarises a measurement's samples and judges it against its target:
 * a ratio target compares the paired ratio subject / baseline with the
 * allowed maximum; a limit compares the median with the limit, and the
 * ratio shown is median / limit (below 1 is within the target).
 */
export function judge(
  measurement: Measurement,
  samples: Samples,
): MeasuredResult {
  const subject = summarise(samples.subject);
  const baselineSamples = samples.baseline ?? null;
  const baseline = baselineSamples ? summarise(baselineSamples) : null;
  const ratio =
    measurement.target.kind === 'ratio'
      ? pairedRatio(samples.subject, baselineSamples ?? [])
      : subject.median / measurement.target.max;
  const limit =
    measurement.target.kind === 'ratio' ? measurement.target.max : 1;

  return {
    ...measurement,
    status: 'measured',
    subject,
    samples: samples.subject,
    baseline,
    baselineSamples,
    ratio,
    verdict: Number.isNaN(ratio) ? 'n/a' : ratio <= limit ? 'pass' : 'miss',
    parts: summariseParts(samples.parts ?? {}),
    note: samples.note ?? null,
  };
}

/** A measurement that could not run, with the reason shown in the table. */
export function skip(
  measurement: Measurement,
  status: SkippedResult['status'],
  note: string,
): SkippedResult {
  return { ...measurement, status, note };
}

/** How many results passed, missed, or were not measured. */
export function countVerdicts(results: readonly BenchResult[]): {
  readonly pass: number;
  readonly miss: number;
  readonly other: number;
} {
  let pass = 0;
  let miss = 0;
  for (const result of results) {
    if (result.status !== 'measured') continue;
    if (result.verdict === 'pass') pass += 1;
    if (result.verdict === 'miss') miss += 1;
  }
  return { pass, miss, other: results.length - pass - miss };
}

function summariseParts(
  parts: Readonly<Record<string, readonly number[]>>,
): Record<string, Summary> {
  return Object.fromEntries(
    Object.entries(parts).map(([name, values]) => [name, summarise(values)]),
  );
}
