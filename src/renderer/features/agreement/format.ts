import type { Statistic } from '../../../core/agreement';

/** A coefficient as the view shows it: three decimals. */
export function formatValue(value: number): string {
  return value.toFixed(3);
}

/** A 95% interval, e.g. "[0.412, 0.803]". */
export function formatInterval(ci95: readonly [number, number]): string {
  return `[${formatValue(ci95[0])}, ${formatValue(ci95[1])}]`;
}

/** A share as a percentage with one decimal, or — when there is none. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** Value and interval in words, or "undefined: reason" (never NaN). */
export function describeStatisticText(statistic: Statistic): string {
  if (statistic.value === null) {
    return `undefined: ${statistic.reason ?? 'no value'}`;
  }
  const interval = statistic.ci95 ? ` ${formatInterval(statistic.ci95)}` : '';
  return `${formatValue(statistic.value)}${interval}`;
}
