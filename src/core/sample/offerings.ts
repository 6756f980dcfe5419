import type { OperatorKind } from './operator-names';
import type { Operator } from './operators';
import type { DeliveryMode } from './program';
import type { Random } from './random';

export type Offering =
  | 'supervision'
  | 'tutoring'
  | 'internet'
  | 'meals'
  | 'transport'
  | 'arts'
  | 'stem'
  | 'sports'
  | 'sel'
  | 'fullDay';

export const OFFERING_LABELS: Readonly<Record<Offering, string>> = {
  supervision: 'Supervision of remote schoolwork',
  tutoring: 'Tutoring',
  internet: 'Internet and devices',
  meals: 'Meals',
  transport: 'Transportation',
  arts: 'Arts enrichment',
  stem: 'STEM enrichment',
  sports: 'Sports and recreation',
  sel: 'Social and emotional support',
  fullDay: 'Full-day childcare hours',
};

export type Schedule = {
  /** The schedule column, e.g. "Mon-Fri, 7:30 AM-6:00 PM". */
  readonly text: string;
  /** "Monday through Friday", "on Tuesdays and Thursdays". */
  readonly days: string;
  readonly start: string;
  readonly end: string;
};

/**
 * At least two offerings, shaped by the operator (museums do STEM, clubs
 * serve meals) and the mode: virtual pods serve no meals, rides or
 * full-day care.
 */
export function drawOfferings(
  random: Random,
  operator: Operator,
  mode: DeliveryMode,
): Offering[] {
  const chosen = ALL_OFFERINGS.filter((offering) =>
    random.chance(offeringChance(offering, operator.kind, mode)),
  );
  // Supervising remote schoolwork is a pod's core, so it fills out a
  // record that drew too few offerings.
  if (chosen.length < 2 && !chosen.includes('supervision')) {
    chosen.push('supervision');
  }
  if (chosen.length < 2) chosen.push(mode === 'Virtual' ? 'tutoring' : 'sel');

  return ALL_OFFERINGS.filter((offering) => chosen.includes(offering));
}

/** Full-day care runs a workday; other pods a school day or less. */
export function drawSchedule(
  random: Random,
  mode: DeliveryMode,
  offerings: readonly Offering[],
): Schedule {
  if (offerings.includes('fullDay')) {
    const [label, days] = random.chance(0.9) ? WEEKDAYS : MON_THU;
    const start = random.pick(['7:00 AM', '7:30 AM', '8:00 AM']);
    const end = random.pick(['5:00 PM', '5:30 PM', '6:00 PM', '6:30 PM']);
    return build(`${label}, ${start}-${end}`, days, start, end);
  }
  if (mode === 'Virtual') {
    const [label, days] = random.pick([WEEKDAYS, WEEKDAYS, TUE_THU]);
    const [start, end] = random.pick(VIRTUAL_HOURS);
    return build(`${label}, ${start}-${end} (online)`, days, start, end);
  }
  const [start, end] = random.pick(PART_DAY_HOURS);
  if (mode === 'Hybrid') {
    const [label, days] = random.pick([MON_WED_FRI, TUE_THU, MON_TUE]);
    const text = `${label}, ${start}-${end} in person; online support other weekdays`;
    return build(text, days, start, end);
  }
  const [label, days] = random.pick([WEEKDAYS, WEEKDAYS, MON_THU, TUE_THU]);

  return build(`${label}, ${start}-${end}`, days, start, end);
}

const ALL_OFFERINGS = Object.keys(OFFERING_LABELS) as Offering[];

const BASE_CHANCE: Readonly<Record<Offering, number>> = {
  supervision: 0.9,
  tutoring: 0.35,
  internet: 0.35,
  meals: 0.5,
  transport: 0.1,
  arts: 0.28,
  stem: 0.28,
  sports: 0.3,
  sel: 0.3,
  fullDay: 0.42,
};

const KIND_CHANCE: Partial<
  Record<OperatorKind, Partial<Record<Offering, number>>>
> = {
  ymca: { sports: 0.65, fullDay: 0.65, meals: 0.6 },
  'boys-girls-club': { meals: 0.85, sports: 0.55, sel: 0.45 },
  museum: { stem: 0.9, arts: 0.5, meals: 0.2 },
  arts: { arts: 0.95 },
  community: { sel: 0.45, meals: 0.6 },
  youth: { sel: 0.5 },
  'tutoring-nonprofit': { tutoring: 0.9, fullDay: 0.1 },
  parks: { sports: 0.65, fullDay: 0.6 },
  library: { internet: 0.7, fullDay: 0.1, meals: 0.2 },
  childcare: { fullDay: 0.85, meals: 0.7 },
  'tutoring-company': { tutoring: 0.95, fullDay: 0.1, meals: 0.05 },
  'learning-center': { tutoring: 0.6, meals: 0.2 },
  sports: { sports: 0.95, meals: 0.2 },
  coding: { stem: 0.95, meals: 0.05 },
  district: { transport: 0.35, internet: 0.6, meals: 0.8 },
  charter: { internet: 0.6, meals: 0.7 },
};

function offeringChance(
  offering: Offering,
  kind: OperatorKind,
  mode: DeliveryMode,
): number {
  if (mode === 'Virtual') return VIRTUAL_CHANCE[offering];

  // Hybrid pods send children home part of the week: no full-day care.
  if (mode === 'Hybrid' && offering === 'fullDay') return 0;

  return KIND_CHANCE[kind]?.[offering] ?? BASE_CHANCE[offering];
}

const VIRTUAL_CHANCE: Readonly<Record<Offering, number>> = {
  supervision: 0.8,
  tutoring: 0.6,
  internet: 0.7,
  meals: 0,
  transport: 0,
  arts: 0.15,
  stem: 0.25,
  sports: 0.03,
  sel: 0.35,
  fullDay: 0,
};

type Days = readonly [label: string, phrase: string];

const WEEKDAYS: Days = ['Mon-Fri', 'Monday through Friday'];
const MON_THU: Days = ['Mon-Thu', 'Monday through Thursday'];
const TUE_THU: Days = ['Tue, Thu', 'on Tuesdays and Thursdays'];
const MON_WED_FRI: Days = [
  'Mon, Wed, Fri',
  'on Mondays, Wednesdays, and Fridays',
];
const MON_TUE: Days = ['Mon, Tue', 'on Mondays and Tuesdays'];

const VIRTUAL_HOURS: readonly (readonly [string, string])[] = [
  ['9:00 AM', '12:00 PM'],
  ['1:00 PM', '3:00 PM'],
  ['3:30 PM', '5:30 PM'],
];

const PART_DAY_HOURS: readonly (readonly [string, string])[] = [
  ['8:00 AM', '3:00 PM'],
  ['8:30 AM', '3:30 PM'],
  ['9:00 AM', '1:00 PM'],
  ['9:00 AM', '2:30 PM'],
  ['12:00 PM', '4:00 PM'],
  ['1:00 PM', '5:00 PM'],
];

function build(
  text: string,
  days: string,
  start: string,
  end: string,
): Schedule {
  return { text, days, start, end };
}
