import type { OperatorKind, OperatorType } from './operator-names';
import type { Operator } from './operators';
import type { Place } from './places';
import type { GradeBand } from './program';
import type { Random } from './random';

export type CostType = 'Free' | 'Fee' | 'Sliding scale or scholarships';

export type Cost = {
  readonly type: CostType;
  /** The fee column as a coder would have copied it. */
  readonly feeText: string;
  /** "$150 per week"; empty when free. */
  readonly price: string;
};

export type Eligibility = {
  readonly text: string;
  readonly isOpen: boolean;
  /** Who may enrol, for prose ("children of essential workers"). */
  readonly phrase: string;
  /** The prioritized population a restriction amounts to, if any. */
  readonly implies: string | null;
};

export const PRIORITY_LABELS = {
  essentialWorkers: 'Children of essential workers',
  lowIncome: 'Low-income families',
  noInternet: 'Students without reliable internet',
  homeless: 'Students experiencing homelessness',
  fosterCare: 'Students in foster care',
  disabilities: 'Students with disabilities',
  englishLearners: 'English learners',
  healthWorkers: 'Children of health care workers',
  fallingBehind: 'Students struggling with remote learning',
} as const;

/**
 * Many free, most charge; about half of those that charge offer a sliding
 * scale or scholarships (PRODUCT.md §7). Businesses almost always charge.
 */
export function drawCost(random: Random, operator: Operator): Cost {
  const { type, kind } = operator;
  if (random.chance(FREE_CHANCE_BY_KIND[kind] ?? FREE_CHANCE[type])) {
    const isSchool = type === 'district' || type === 'charter';
    const texts = isSchool
      ? [...FREE_TEXTS, 'Free for enrolled students']
      : FREE_TEXTS;
    return { type: 'Free', feeText: random.pick(texts), price: '' };
  }
  const price = drawPrice(random, type);
  if (random.chance(SLIDING_CHANCE[type])) {
    const pattern = random.pick(SLIDING_TEXTS);
    const feeText = pattern.replace('{price}', price);
    return { type: 'Sliding scale or scholarships', feeText, price };
  }
  const registration = random.chance(0.2)
    ? `; $${5 * random.int(4, 10)} registration fee`
    : '';
  const feeText = random.pick(FEE_TEXTS).replace('{price}', price);

  return { type: 'Fee', feeText: feeText + registration, price };
}

/** Most are open to any student. */
export function drawEligibility(
  random: Random,
  operator: Operator,
  place: Place,
  grades: GradeBand,
): Eligibility {
  const isSchool = operator.type === 'district' || operator.type === 'charter';
  if (random.chance(isSchool ? 0.35 : 0.72)) {
    const text = random.pick([
      `Open to any student in grades ${grades.label}`,
      'Open to all students',
      'Open to any student; registration required',
      'Open to any student; first come, first served',
      `Open to all ${place.city} students`,
    ]);
    return { text, isOpen: true, phrase: 'any student', implies: null };
  }
  if (isSchool) {
    const phrase = `students of ${operator.name}`;
    return {
      text: `Students enrolled in ${operator.name}`,
      isOpen: false,
      phrase,
      implies: null,
    };
  }
  const [text, phrase, implies = null] = random.pick(
    restrictedTexts(operator, place),
  );

  return { text, isOpen: false, phrase, implies };
}

/**
 * Children of essential workers and low-income families are prioritised
 * most; few mention students with disabilities or English learners.
 */
export function drawPriorities(
  random: Random,
  operator: Operator,
  eligibility: Eligibility,
): string[] {
  const forced = new Set<string>();
  if (eligibility.implies) forced.add(eligibility.implies);
  if (operator.kind === 'housing') forced.add(PRIORITY_LABELS.lowIncome);

  return PRIORITY_CHANCES.filter(
    ([label, chance]) => forced.has(label) || random.chance(chance),
  ).map(([label]) => label);
}

const FREE_CHANCE: Readonly<Record<OperatorType, number>> = {
  charter: 0.85,
  district: 0.8,
  partnership: 0.55,
  // Park and recreation day camps, most of government, usually charge.
  government: 0.25,
  nonprofit: 0.35,
  business: 0.03,
};

// Libraries and public service agencies rarely charge.
const FREE_CHANCE_BY_KIND: Partial<Record<OperatorKind, number>> = {
  library: 0.9,
  housing: 0.9,
  'county-services': 0.85,
};

const SLIDING_CHANCE: Readonly<Record<OperatorType, number>> = {
  nonprofit: 0.6,
  partnership: 0.6,
  government: 0.55,
  district: 0.5,
  charter: 0.5,
  business: 0.3,
};

const FREE_TEXTS: readonly string[] = [
  'Free',
  'No cost to families',
  'Free (funded with federal CARES Act relief)',
  'No fee',
];

const FEE_TEXTS: readonly string[] = [
  '{price}',
  '{price}',
  '{price}, paid in advance',
];

const SLIDING_TEXTS: readonly string[] = [
  '{price}; scholarships available',
  '{price}; financial assistance available',
  'Sliding scale based on household income, up to {price}',
  '{price}; reduced rates for families receiving SNAP',
  '{price}; free for families who qualify for free or reduced-price lunch',
];

type PriceUnit = 'day' | 'week' | 'month';

const PRICE_UNITS: readonly PriceUnit[] = ['day', 'week', 'week', 'month'];

/** Price range per unit in $5 steps, before the business mark-up. */
const PRICE_STEPS: Readonly<Record<PriceUnit, readonly [number, number]>> = {
  day: [4, 9],
  week: [16, 40],
  month: [60, 150],
};

function drawPrice(random: Random, type: OperatorType): string {
  const scale = type === 'business' ? 2 : 1;
  const unit = random.pick(PRICE_UNITS);
  const [low, high] = PRICE_STEPS[unit];
  const amount = 5 * random.int(low, high) * scale;

  return `$${groupThousands(amount)} per ${unit}`;
}

function groupThousands(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+$)/g, ',');
}

type Restriction = readonly [text: string, phrase: string, implies?: string];

function restrictedTexts(operator: Operator, place: Place): Restriction[] {
  const restrictions: Restriction[] = [
    [
      'Children of essential workers only',
      'children of essential workers',
      PRIORITY_LABELS.essentialWorkers,
    ],
    [
      'Income-eligible families (at or below 200% of the federal poverty level)',
      'families with incomes at or below 200% of the federal poverty level',
      PRIORITY_LABELS.lowIncome,
    ],
    [`${place.city} residents only`, `${place.city} residents`],
    [
      'Referral from a school counselor or social worker',
      'students referred by a school counselor or social worker',
    ],
  ];
  if (operator.kind === 'ymca' || operator.kind === 'boys-girls-club') {
    restrictions.push([
      'Members only (membership fee waived for the program)',
      'members (the membership fee is waived)',
    ]);
  }
  if (operator.kind === 'housing') {
    restrictions.push([
      'Children living in public housing communities',
      'children living in public housing communities',
      PRIORITY_LABELS.lowIncome,
    ]);
  }

  return restrictions;
}

const PRIORITY_CHANCES: readonly (readonly [string, number])[] = [
  [PRIORITY_LABELS.essentialWorkers, 0.42],
  [PRIORITY_LABELS.healthWorkers, 0.06],
  [PRIORITY_LABELS.lowIncome, 0.38],
  [PRIORITY_LABELS.noInternet, 0.12],
  [PRIORITY_LABELS.fallingBehind, 0.08],
  [PRIORITY_LABELS.homeless, 0.07],
  [PRIORITY_LABELS.fosterCare, 0.04],
  [PRIORITY_LABELS.disabilities, 0.05],
  [PRIORITY_LABELS.englishLearners, 0.05],
];
