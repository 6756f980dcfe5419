import { STATISTIC_LABELS } from './labels';
import type { CodeReliability } from './reliability';
import type { StatisticName } from './types';

/**
 * The notes that go with one code's numbers, for people: which of the
 * `shown` coefficients miss which threshold, each distinct cause once,
 * and why any of them is undefined.
 */
export function describeCodeNotes(
  code: CodeReliability,
  shown: readonly StatisticName[],
): string[] {
  const flags = code.flags.filter((flag) => shown.includes(flag.statistic));
  const list = (level: 'red' | 'amber') =>
    flags
      .filter((flag) => flag.level === level)
      .map(
        (flag) =>
          `${STATISTIC_LABELS[flag.statistic]} ${flag.value.toFixed(3)}`,
      )
      .join(', ');
  const red = list('red');
  const amber = list('amber');
  const causes = [...new Set(flags.map((flag) => flag.cause))].filter(
    (cause) => cause !== '',
  );
  const { statistics } = code.agreement.report;
  const undefinedOnes = shown
    .filter((name) => statistics[name].value === null)
    .map(
      (name) =>
        `${STATISTIC_LABELS[name]} is undefined: ` +
        `${statistics[name].reason ?? 'no value'}.`,
    );

  return [
    ...(red === ''
      ? []
      : [
          'Below 0.667, the lowest value Krippendorff accepts even for ' +
            `tentative conclusions: ${red}.`,
        ]),
    ...(amber === ''
      ? []
      : [`Below 0.800, good for tentative conclusions only: ${amber}.`]),
    ...causes,
    ...undefinedOnes,
  ];
}
