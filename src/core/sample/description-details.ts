import type { SentenceWriter } from './description';
import type { Offering } from './offerings';
import type { FacilitatorType } from './program';
import { fillOne, joinList, toProse } from './text';

export const describeOfferings: SentenceWriter = (random, facts) => {
  const extras = facts.offerings.filter(
    (offering): offering is DescribedOffering =>
      offering !== 'supervision' && offering !== 'fullDay',
  );
  const phrases = extras.map((offering) => random.pick(PHRASES[offering]));
  if (phrases.length === 0) return null;

  const list = joinList(phrases);
  const hasSupervision = facts.offerings.includes('supervision');
  const templates = [`Students receive ${list}.`, `Offerings include ${list}.`];
  if (hasSupervision) {
    const help = random.pick(SUPERVISION_PHRASES);
    templates.push(
      `Besides ${help}, children get ${list}.`,
      `Along with ${help}, the program offers ${list}.`,
    );
  }

  return random.pick(templates);
};

export const describeStaff: SentenceWriter = (random, facts) =>
  fillOne(random, STAFF_SENTENCES[facts.facilitator], {
    size: random.int(6, 15),
    group: facts.mode === 'Virtual' ? 'online group' : 'pod',
  });

export const describeCost: SentenceWriter = (random, facts) => {
  const { type, price, feeText } = facts.cost;
  if (type === 'Free') {
    if (feeText.includes('CARES')) {
      return 'The program is free, paid for with federal relief funds.';
    }
    return random.pick([
      'There is no cost to families.',
      'The program is free.',
      'Participation is free for families.',
    ]);
  }
  if (type === 'Fee') {
    return random.pick([
      `The cost is ${price}.`,
      `Families pay ${price}.`,
      `Enrollment costs ${price}.`,
    ]);
  }

  return random.pick([
    `The fee is ${price}, with scholarships available.`,
    `Families pay up to ${price}, on a sliding scale based on income.`,
    `Tuition is ${price}, and financial help is available to families who need it.`,
  ]);
};

export const describeAccess: SentenceWriter = (random, facts) => {
  const { eligibility } = facts;
  // A restriction already says whom it serves; do not repeat it.
  const priorities = facts.priorities
    .filter((priority) => priority !== eligibility.implies)
    .map(toProse);
  const priorityList = joinList(priorities);
  if (eligibility.isOpen && priorities.length > 0) {
    return random.pick([
      `Any student may enroll, but priority goes to ${priorityList}.`,
      `Enrollment is open to all, with spaces held for ${priorityList}.`,
    ]);
  }
  if (eligibility.isOpen) {
    return random.pick([
      'Enrollment is open to any student, and spaces fill on a first-come basis.',
      'Any student may register while space lasts.',
    ]);
  }
  const limited = `Enrollment is limited to ${eligibility.phrase}`;

  return priorities.length > 0
    ? `${limited}, with priority for ${priorityList}.`
    : `${limited}.`;
};

const SUPERVISION_PHRASES: readonly string[] = [
  'help with remote schoolwork',
  'supervision during online classes',
  'a quiet, supervised space for virtual school',
];

type StaffValues = { readonly size: number; readonly group: string };

const STAFF_SENTENCES: Readonly<
  Record<FacilitatorType, readonly ((v: StaffValues) => string)[]>
> = {
  'Program staff': [
    (v) =>
      `Trained program staff lead each ${v.group} of up to ${v.size} students.`,
    (v) =>
      `Each ${v.group} of ${v.size} or fewer children is led by program staff.`,
    (v) => `Staff supervise groups of no more than ${v.size}.`,
  ],
  'Certified teachers': [
    (v) => `Certified teachers lead each ${v.group}.`,
    (v) =>
      `Each ${v.group} of up to ${v.size} students is led by a certified teacher.`,
  ],
  'Program staff and certified teachers': [
    () =>
      'Program staff run the pods, with certified teachers on hand for academic help.',
  ],
  Volunteers: [
    (v) => `Trained volunteers supervise each ${v.group}.`,
    () => 'Volunteers help students log on and stay on task.',
  ],
  'College students': [
    () => 'College students serve as pod leaders and tutors.',
    () => 'Pod leaders are college students studying education.',
  ],
  'AmeriCorps members': [
    () => 'AmeriCorps members lead the pods and tutor students.',
  ],
  'Contracted tutors': [
    () => 'Experienced tutors lead each pod.',
    (v) => `Tutors hired for the program lead pods of ${v.size} students.`,
  ],
};

type DescribedOffering = Exclude<Offering, 'supervision' | 'fullDay'>;

const PHRASES: Readonly<Record<DescribedOffering, readonly string[]>> = {
  tutoring: [
    'small-group tutoring',
    'one-on-one tutoring',
    'tutoring in reading and math',
  ],
  internet: [
    'Wi-Fi and loaner laptops',
    'reliable internet and devices',
    'help getting connected to the internet',
  ],
  meals: ['breakfast and lunch', 'free meals', 'daily meals and snacks'],
  transport: [
    'transportation from nearby neighborhoods',
    'bus service to and from the site',
  ],
  arts: ['art projects', 'arts enrichment', 'music and art activities'],
  stem: [
    'hands-on STEM activities',
    'science and coding projects',
    'STEM enrichment',
  ],
  sports: [
    'outdoor play and sports',
    'daily physical activity',
    'recreation time in the gym',
  ],
  sel: [
    'social and emotional support',
    'regular check-ins with a counselor',
    'social and emotional learning activities',
  ],
};
