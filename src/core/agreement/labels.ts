import type { StatisticName } from './types';

/** How reports name each statistic for people. */
export const STATISTIC_LABELS: Readonly<Record<StatisticName, string>> = {
  percent_agreement: 'Percent agreement',
  cohen_kappa: "Cohen's kappa",
  scott_pi: "Scott's pi",
  fleiss_kappa: "Fleiss' kappa",
  conger_kappa: "Conger's kappa",
  krippendorff_alpha: "Krippendorff's alpha",
  gwet_ac1: "Gwet's AC1",
  brennan_prediger: 'Brennan–Prediger',
};

/**
 * The coefficients a per-code reliability table shows, in order: Cohen's
 * kappa only for two coders, Fleiss' and Conger's kappa for more.
 */
export function listShownStatistics(coderCount: number): StatisticName[] {
  const kappas: StatisticName[] =
    coderCount === 2 ? ['cohen_kappa'] : ['fleiss_kappa', 'conger_kappa'];
  return [
    'percent_agreement',
    ...kappas,
    'krippendorff_alpha',
    'gwet_ac1',
    'brennan_prediger',
  ];
}
