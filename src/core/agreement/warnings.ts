import type { AgreementWarning, Statistics, StatisticName } from './types';

/** Percent agreement at or above this counts as high. */
const HIGH_AGREEMENT = 0.8;
/** A kappa-type value below this counts as low (Krippendorff's 0.667). */
const LOW_KAPPA = 0.667;

const KAPPA_FAMILY: readonly StatisticName[] = [
  'cohen_kappa',
  'scott_pi',
  'fleiss_kappa',
  'conger_kappa',
  'krippendorff_alpha',
];

/**
 * Plain-language warnings about the numbers. PREVALENCE_PARADOX: high
 * percent agreement with a low kappa-type coefficient, the "kappa
 * paradox" of Feinstein & Cicchetti (1990) and Byrt, Bishop & Carlin
 * (1993): when one category dominates, chance agreement is already high
 * and kappa-type coefficients drop although coders rarely disagree.
 * `shares` are the category shares of all ratings (π_k).
 */
export function findAgreementWarnings(
  statistics: Statistics,
  shares: Float64Array,
  context: { readonly labels?: readonly string[] | undefined },
): AgreementWarning[] {
  const agreement = statistics.percent_agreement.value;
  if (agreement === null || agreement < HIGH_AGREEMENT) return [];

  const low = KAPPA_FAMILY.filter((name) => {
    const value = statistics[name].value;
    return value !== null && value < LOW_KAPPA;
  });
  if (low.length === 0) return [];

  const lowest = low.reduce((a, b) =>
    statistics[a].value! <= statistics[b].value! ? a : b,
  );
  return [
    {
      code: 'PREVALENCE_PARADOX',
      message: paradoxMessage(statistics, lowest, shares, context.labels),
    },
  ];
}

function paradoxMessage(
  statistics: Statistics,
  lowest: StatisticName,
  shares: Float64Array,
  labels: readonly string[] | undefined,
): string {
  const agreement = statistics.percent_agreement.value!;
  let top = 0;
  shares.forEach((share, k) => {
    if (share > shares[top]!) top = k;
  });
  const label = labels?.[top] ?? `category ${top + 1}`;
  const alternatives = (['gwet_ac1', 'brennan_prediger'] as const)
    .filter((name) => statistics[name].value !== null)
    .map((name) => `${name} ${format(statistics[name].value!)}`);

  return (
    `Percent agreement is ${percent(agreement)}, yet ${lowest} is only ` +
    `${format(statistics[lowest].value!)}. ${percent(shares[top]!)} of all ` +
    `ratings are "${label}", so agreement by chance is already high and ` +
    `kappa-type coefficients drop even though coders rarely disagree ` +
    `(the prevalence paradox). Report the prevalence with kappa` +
    (alternatives.length > 0
      ? `, and look at ${alternatives.join(' and ')}.`
      : '.')
  );
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function format(value: number): string {
  return value.toFixed(2);
}
