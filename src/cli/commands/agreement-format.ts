import { STATISTIC_LABELS, type Statistic } from '../../core/agreement';

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

export function fixed(value: number): string {
  return value.toFixed(3);
}
