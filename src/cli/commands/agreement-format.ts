import {
  STATISTIC_LABELS,
  STATISTIC_NAMES,
  type Statistic,
  type StatisticName,
  type Statistics,
} from '../../core/agreement';

/** A statistic as the JSON contract writes it (PRODUCT.md §5). */
export function jsonStatistic(statistic: Statistic): object {
  return {
    value: statistic.value,
    ...(statistic.reason === undefined ? {} : { reason: statistic.reason }),
    ...(statistic.ci95 === undefined ? {} : { ci95: [...statistic.ci95] }),
  };
}

export const LABELS = STATISTIC_LABELS;

/** The header of a statistics table, matching `describeStatistic`. */
export function describeStatisticHeader(): string {
  return (
    `${'Statistic'.padEnd(22)}${'Value'.padStart(8)}  ` +
    `${'95% CI (bootstrap)'.padEnd(20)}SE`
  );
}

/** One line of a statistics table; an undefined value shows its reason. */
export function describeStatistic(label: string, statistic: Statistic): string {
  if (statistic.value === null) {
    return `${label.padEnd(22)}${'—'.padStart(8)}  ${statistic.reason ?? ''}`;
  }

  const interval = statistic.ci95
    ? `[${fixed(statistic.ci95[0])}, ${fixed(statistic.ci95[1])}]`
    : '';
  const se = statistic.se === undefined ? '' : fixed(statistic.se);
  return (
    `${label.padEnd(22)}${fixed(statistic.value).padStart(8)}  ` +
    `${interval.padEnd(20)}${se}`
  );
}

/**
 * Why defined statistics have no bootstrap interval, or null when each
 * has one. `bootstrapIntervals` gives none when too many resamples of
 * the units leave a coefficient undefined (say, every resampled rating
 * in one category) or when there is only one unit to draw.
 */
export function describeMissingIntervals(
  statistics: Statistics,
  pairableUnits: number,
  label: (name: StatisticName) => string = (name) => LABELS[name],
): string | null {
  const missing = STATISTIC_NAMES.filter(
    (name) =>
      statistics[name].value !== null && statistics[name].ci95 === undefined,
  );
  if (missing.length === 0) return null;

  const why =
    pairableUnits < 2
      ? 'with fewer than two units coded by two or more coders, ' +
        'resampling the units cannot show how much a value varies'
      : 'too many bootstrap resamples of the units left a value undefined ' +
        '(typically every resampled rating in one category), so an ' +
        'interval would mislead';
  const hasSe = missing.some((name) => statistics[name].se !== undefined);
  return (
    `No 95% interval for ${joinWords(missing.map(label))}: ${why}.` +
    (hasSe ? ' The standard error does not depend on resampling.' : '')
  );
}

export function fixed(value: number): string {
  return value.toFixed(3);
}

function joinWords(words: readonly string[]): string {
  return words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}
