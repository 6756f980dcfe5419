import {
  describeAccess,
  describeCost,
  describeOfferings,
  describeStaff,
} from './description-details';
import type { InitiativeFacts } from './initiative';
import { STATE_NAMES } from './places';
import type { LocationType } from './program';
import type { Random, Weighted } from './random';
import { fillOne } from './text';

/** Writes one sentence, or null when it has nothing true to say. */
export type SentenceWriter = (
  random: Random,
  facts: InitiativeFacts,
) => string | null;

/**
 * Writes a 2–6 sentence description that agrees with the record's other
 * fields. An opening sentence names the initiative; one to five more come
 * from the writers that apply, kept in a natural reading order.
 */
export function describeInitiative(
  random: Random,
  facts: InitiativeFacts,
): string {
  const intro = describeIntro(random, facts);
  const wanted = random.weighted(EXTRA_SENTENCE_COUNTS);
  // Writers are tried in random order and only until enough have spoken:
  // running all of them for every record costs a third of the generator.
  const order = [...WRITER_INDEXES];
  shuffle(random, order);
  const chosen: (readonly [number, string])[] = [];
  for (const index of order) {
    if (chosen.length === wanted) break;
    const sentence = EXTRA_WRITERS[index]?.(random, facts) ?? null;
    if (sentence !== null) chosen.push([index, sentence]);
  }
  chosen.sort(([a], [b]) => a - b);

  return [intro, ...chosen.map(([, sentence]) => sentence)].join(' ');
}

const EXTRA_SENTENCE_COUNTS: readonly Weighted<number>[] = [
  [1, 15],
  [2, 25],
  [3, 30],
  [4, 20],
  [5, 10],
];

function shuffle(random: Random, items: number[]): void {
  for (let slot = items.length - 1; slot > 0; slot -= 1) {
    const other = random.int(0, slot);
    const held = items[slot] as number;
    items[slot] = items[other] as number;
    items[other] = held;
  }
}

type IntroValues = {
  readonly name: string;
  readonly operator: string;
  readonly students: string;
  readonly where: string;
  readonly mode: string;
  readonly city: string;
  readonly state: string;
};

const INTROS: readonly ((v: IntroValues) => string)[] = [
  (v) => `${v.operator} runs ${v.name} for ${v.students} ${v.where}.`,
  (v) =>
    `${v.name} is ${v.mode} learning support for ${v.students} run by ${v.operator} in ${v.city}, ${v.state}.`,
  (v) =>
    `Through ${v.name}, ${v.operator} offers ${v.mode} support to ${v.students} ${v.where}.`,
  (v) => `${v.name}, run by ${v.operator}, serves ${v.students} ${v.where}.`,
  (v) =>
    `${v.operator} set up ${v.name} to give ${v.students} in ${v.city} a place to keep up with school ${v.where}.`,
];

function describeIntro(random: Random, facts: InitiativeFacts): string {
  const { place } = facts;

  return fillOne(random, INTROS, {
    name: facts.name,
    operator: facts.operator.name,
    students: describeStudents(random, facts),
    where: describeWhere(random, facts),
    mode: MODE_WORDS[facts.mode],
    city: place.city,
    state: STATE_NAMES[place.state] ?? place.state,
  });
}

const MODE_WORDS = {
  'In-person': 'in-person',
  Hybrid: 'hybrid',
  Virtual: 'virtual',
} as const;

function describeStudents(random: Random, facts: InitiativeFacts): string {
  const { label, lowest, highest } = facts.grades;
  const options = [`students in grades ${label}`];
  // "6-8 students" would read as a head count.
  if (/^[A-Za-z]/.test(label)) options.push(`${label} students`);
  if (lowest >= 0 && highest <= 5) options.push('elementary school students');
  if (lowest >= 6 && highest <= 8) options.push('middle school students');

  return random.pick(options);
}

type PlaceValues = { readonly area: string; readonly city: string };

const WHERE: Readonly<
  Record<LocationType, readonly ((v: PlaceValues) => string)[]>
> = {
  'Community center': [
    () => 'at its community center',
    () => 'at a neighborhood community center',
    (v) => `at the ${v.area} community center`,
  ],
  'Recreation center': [
    () => 'at city recreation centers',
    () => 'at several recreation centers',
    (v) => `at the ${v.area} Recreation Center`,
  ],
  Library: [
    () => 'at library branches',
    () => 'at the main library',
    () => 'in library meeting rooms',
  ],
  'Place of worship': [
    () => 'in its building',
    () => 'in space donated by the congregation',
    () => 'in its education wing',
  ],
  Museum: [
    () => 'inside the museum',
    () => "in the museum's classrooms and galleries",
  ],
  'School building': [
    () => 'in school buildings',
    (v) => `in classrooms at ${v.area} Elementary`,
    () => 'in a school building that stood empty during remote learning',
  ],
  'Childcare center': [
    () => 'at its childcare center',
    () => 'at its early learning center',
  ],
  'Commercial space': [
    () => 'at its learning studio',
    () => 'in its storefront space',
    () => 'at its facility',
  ],
  'Multiple sites': [
    (v) => `at sites across ${v.city}`,
    () => 'at several neighborhood sites',
    () => 'at locations across the city',
  ],
  Online: [() => 'online', () => 'through live virtual sessions'],
};

function describeWhere(random: Random, facts: InitiativeFacts): string {
  return fillOne(random, WHERE[facts.location], {
    area: facts.operator.area,
    city: facts.place.city,
  });
}

const describeOpening: SentenceWriter = (random, facts) => {
  const opened = facts.timeline.opened;
  const isFallStart = /^(August|September)/.test(opened);
  const reason = isFallStart
    ? 'when local schools began the year with remote instruction'
    : 'after the local school district extended remote instruction';

  return random.pick([
    `It opened in ${opened} ${reason}.`,
    `The program launched in ${opened} ${reason}.`,
    `It began in ${opened} in response to families who could not supervise remote learning at home.`,
    `Staff started it in ${opened} to help working parents through distance learning.`,
  ]);
};

const describeSchedule: SentenceWriter = (random, facts) => {
  const { days, start, end } = facts.schedule;
  if (facts.offerings.includes('fullDay')) {
    return random.pick([
      `Hours run from ${start} to ${end} ${days}, matching a typical workday.`,
      `The hub is open ${days} from ${start} to ${end}, so parents can work a full shift.`,
    ]);
  }
  if (facts.mode === 'Hybrid') {
    return `Students come in person ${days} from ${start} to ${end} and get online check-ins on the other weekdays.`;
  }

  return random.pick([
    `Students attend ${days} from ${start} to ${end}.`,
    `Sessions run ${days} from ${start} to ${end}.`,
    `The program meets ${days}, ${start} to ${end}.`,
  ]);
};

const describeSafety: SentenceWriter = (random, facts) => {
  if (facts.mode === 'Virtual') return null;

  return random.pick([
    'Students wear masks, keep their distance, and stay with the same small group every day.',
    'Groups stay small and separate, in line with county health guidance.',
    'Temperature checks, masks, and daily cleaning are part of the routine.',
    'Each pod keeps the same children and adults from day to day to limit exposure.',
  ]);
};

const describeStatus: SentenceWriter = (random, facts) => {
  const { closed } = facts.timeline;
  if (closed !== null) {
    return random.pick([
      `The program closed in ${closed} as schools reopened for in-person learning.`,
      `It ended in ${closed}, when students returned to their school buildings.`,
    ]);
  }
  if (facts.status === 'Paused') {
    // No date: a record coded in November cannot report a winter pause.
    return facts.mode === 'Virtual'
      ? 'Sessions are paused for now while staff reorganize.'
      : 'In-person sessions are paused while local case counts are high.';
  }

  return null;
};

const EXTRA_WRITERS: readonly SentenceWriter[] = [
  describeOpening,
  describeSchedule,
  describeOfferings,
  describeStaff,
  describeSafety,
  describeCost,
  describeAccess,
  describeStatus,
];

const WRITER_INDEXES = EXTRA_WRITERS.map((_, index) => index);
