import type { CodeAgreement, PairAgreement } from './code-agreement';
import { STATISTIC_LABELS } from './labels';
import type { StatisticName } from './types';

/**
 * Krippendorff's (2004, Content Analysis, 2nd ed., p. 241) conventions:
 * rely on variables with alpha ≥ 0.800, draw only tentative conclusions
 * from 0.667 ≤ alpha < 0.800, and discard those below 0.667. Podscan
 * applies the same marks to every chance-corrected coefficient.
 */
export const RELIABILITY_THRESHOLDS = {
  tentative: 0.667,
  reliable: 0.8,
} as const;

/** red: below 0.667; amber: 0.667 up to 0.800. */
export type FlagLevel = 'red' | 'amber';

/** A coefficient below a threshold, with why, in plain words. */
export type AgreementFlag = {
  readonly statistic: StatisticName;
  readonly level: FlagLevel;
  readonly value: number;
  /** Which threshold the value misses and what that means. */
  readonly threshold: string;
  /** Why the value is low, in plain words (shared by similar flags). */
  readonly cause: string;
  /** `threshold` and `cause` together. */
  readonly explanation: string;
};

/** The flag a value earns, or null (also for undefined values). */
export function flagLevelOf(value: number | null): FlagLevel | null {
  if (value === null) return null;
  if (value < RELIABILITY_THRESHOLDS.tentative) return 'red';
  if (value < RELIABILITY_THRESHOLDS.reliable) return 'amber';
  return null;
}

const FLAGGED: readonly StatisticName[] = [
  'cohen_kappa',
  'fleiss_kappa',
  'conger_kappa',
  'krippendorff_alpha',
  'gwet_ac1',
  'brennan_prediger',
];

/** Coefficients that drop for a rare (or near-universal) code. */
const PREVALENCE_SENSITIVE = new Set<StatisticName>([
  'cohen_kappa',
  'fleiss_kappa',
  'conger_kappa',
  'krippendorff_alpha',
]);

/** A code this rare (or this common) makes kappa-type values unstable. */
const SKEWED_PREVALENCE = 0.2;
const HIGH_AGREEMENT = 0.8;

/**
 * Flags every chance-corrected coefficient of one code below the
 * thresholds and explains each: a general low-agreement note, or the
 * prevalence paradox when coders agree on most records but the code is
 * rare or near-universal (Feinstein & Cicchetti 1990), with the positive
 * agreement of the pairs (Cicchetti & Feinstein 1990) to show where the
 * disagreements are. Undefined coefficients are not flagged; their
 * reason says why.
 */
export function flagCodeAgreement(agreement: CodeAgreement): AgreementFlag[] {
  const { statistics } = agreement.report;
  const context = describeContext(agreement);
  const flags: AgreementFlag[] = [];
  for (const name of FLAGGED) {
    const value = statistics[name].value;
    const level = flagLevelOf(value);
    if (level === null || value === null) continue;

    const threshold = describeThreshold(name, value, level);
    const cause = explainCause(name, context);
    flags.push({
      statistic: name,
      level,
      value,
      threshold,
      cause,
      explanation: cause === '' ? threshold : `${threshold} ${cause}`,
    });
  }
  return flags;
}

/**
 * Positive and negative specific agreement over the summed 2×2 tables of
 * the pairs: p_pos = 2a / (2a + b + c), p_neg = 2d / (2d + b + c)
 * (Cicchetti & Feinstein 1990). Null where a table has no such ratings.
 */
export function computeSpecificAgreement(pairs: readonly PairAgreement[]): {
  readonly positive: number | null;
  readonly negative: number | null;
} {
  let bothPresent = 0;
  let bothAbsent = 0;
  let split = 0;
  for (const pair of pairs) {
    if (pair.table.size !== 2) continue;

    const [d, c, b, a] = pair.table.cells;
    bothAbsent += d!;
    split += b! + c!;
    bothPresent += a!;
  }
  const positive = 2 * bothPresent + split;
  const negative = 2 * bothAbsent + split;
  return {
    positive: positive === 0 ? null : (2 * bothPresent) / positive,
    negative: negative === 0 ? null : (2 * bothAbsent) / negative,
  };
}

type Context = {
  readonly agreement: number | null;
  readonly prevalence: number | null;
  readonly positive: number | null;
  readonly negative: number | null;
};

function describeContext(agreement: CodeAgreement): Context {
  const specific = computeSpecificAgreement(agreement.pairs);
  return {
    agreement: agreement.report.statistics.percent_agreement.value,
    prevalence: agreement.prevalence,
    ...specific,
  };
}

function describeThreshold(
  name: StatisticName,
  value: number,
  level: FlagLevel,
): string {
  const label = STATISTIC_LABELS[name];
  return level === 'red'
    ? `${label} ${fixed(value)} is below 0.667, the lowest value ` +
        'Krippendorff accepts even for tentative conclusions.'
    : `${label} ${fixed(value)} is below 0.800, so the code supports ` +
        'tentative conclusions only (0.667–0.800 by Krippendorff’s rule).';
}

function explainCause(name: StatisticName, context: Context): string {
  const { agreement, prevalence } = context;
  if (agreement === null) return '';

  const isSkewed =
    prevalence !== null &&
    (prevalence <= SKEWED_PREVALENCE || prevalence >= 1 - SKEWED_PREVALENCE);
  if (agreement >= HIGH_AGREEMENT && isSkewed) {
    return PREVALENCE_SENSITIVE.has(name)
      ? explainParadox(context, prevalence)
      : `Coders agree on ${percent(agreement)} of records and this ` +
          'coefficient is not pulled down by a rare code, so the remaining ' +
          'disagreements matter: review them.';
  }
  return (
    `Coders differ on ${percent(1 - agreement)} of the records they both ` +
    'coded; review the disagreements and sharpen the definition, the ' +
    'include and exclude criteria and the examples.'
  );
}

function explainParadox(context: Context, prevalence: number): string {
  const isRare = prevalence < 0.5;
  const chance = prevalence ** 2 + (1 - prevalence) ** 2;
  const specific = isRare ? context.positive : context.negative;
  const minority = isRare ? 'present' : 'absent';
  const share = isRare ? prevalence : 1 - prevalence;
  const lead =
    `Coders agree on ${percent(context.agreement!)} of records, but the ` +
    `code is so ${isRare ? 'rare' : 'common'} (${minority} in ` +
    `${percent(share)} of ratings) that chance agreement alone is about ` +
    `${percent(chance)}. This coefficient counts only agreement beyond ` +
    `chance, so it is low because the few "${minority}" ratings seldom ` +
    'coincide';
  return specific === null
    ? `${lead} (the prevalence paradox).`
    : `${lead}: when one coder marks a record ${minority}, another agrees ` +
        `${percent(specific)} of the time (the prevalence paradox).`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function fixed(value: number): string {
  return value.toFixed(2);
}
