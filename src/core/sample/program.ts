import type { OperatorKind, OperatorType } from './operator-names';
import type { Operator } from './operators';
import type { Random, Weighted } from './random';

/** Grades as numbers: −1 is pre-kindergarten, 0 kindergarten. */
export type GradeBand = {
  readonly label: string;
  readonly lowest: number;
  readonly highest: number;
};

export type DeliveryMode = 'In-person' | 'Virtual' | 'Hybrid';

export type LocationType =
  | 'Community center'
  | 'Recreation center'
  | 'Library'
  | 'Place of worship'
  | 'Museum'
  | 'School building'
  | 'Childcare center'
  | 'Commercial space'
  | 'Multiple sites'
  | 'Online';

export type FacilitatorType =
  | 'Program staff'
  | 'Certified teachers'
  | 'Program staff and certified teachers'
  | 'Volunteers'
  | 'College students'
  | 'AmeriCorps members'
  | 'Contracted tutors';

export type Status = 'Operating' | 'Ended' | 'Paused' | 'Unknown';

/** Mostly elementary, few adolescents (PRODUCT.md §7). */
export function drawGrades(random: Random, type: OperatorType): GradeBand {
  const isSchool = type === 'district' || type === 'charter';
  if (isSchool && random.chance(0.35)) return random.pick(SCHOOL_BANDS);

  return random.weighted(GRADE_BANDS);
}

export function drawDeliveryMode(
  random: Random,
  kind: OperatorKind,
): DeliveryMode {
  if (kind === 'museum' || kind === 'sports') {
    return random.chance(0.9) ? 'In-person' : 'Hybrid';
  }
  const isOnlineFriendly = kind === 'tutoring-company' || kind === 'coding';
  const virtualWeight = isOnlineFriendly ? 30 : 10;

  return random.weighted<DeliveryMode>([
    ['In-person', 70],
    ['Hybrid', 19],
    ['Virtual', virtualWeight],
  ]);
}

/** Mostly outside school buildings; districts and charters use them most. */
export function drawLocation(
  random: Random,
  kind: OperatorKind,
  mode: DeliveryMode,
): LocationType {
  if (mode === 'Virtual') return 'Online';

  return random.weighted(LOCATION_WEIGHTS[kind]);
}

/** Mostly the operator's own staff, rarely certified teachers. */
export function drawFacilitator(
  random: Random,
  operator: Operator,
): FacilitatorType {
  if (operator.kind === 'faith') return random.weighted(FAITH_FACILITATORS);

  return random.weighted(FACILITATOR_WEIGHTS[operator.type]);
}

/** About a third still operating at the end of 2020–21. */
export function drawStatus(random: Random): Status {
  return random.weighted<Status>([
    ['Ended', 45],
    ['Operating', 35],
    ['Unknown', 13],
    ['Paused', 7],
  ]);
}

const band = (label: string, lowest: number, highest: number): GradeBand => ({
  label,
  lowest,
  highest,
});

const GRADE_BANDS: readonly Weighted<GradeBand>[] = [
  [band('K-5', 0, 5), 34],
  [band('K-8', 0, 8), 15],
  [band('K-6', 0, 6), 8],
  [band('1-5', 1, 5), 7],
  [band('K-12', 0, 12), 6],
  [band('PreK-5', -1, 5), 5],
  [band('K-3', 0, 3), 4],
  [band('3-5', 3, 5), 4],
  [band('6-8', 6, 8), 4],
  [band('K-2', 0, 2), 3],
  [band('3-8', 3, 8), 3],
  [band('1-8', 1, 8), 3],
  [band('6-12', 6, 12), 2],
  [band('9-12', 9, 12), 2],
];

const SCHOOL_BANDS: readonly GradeBand[] = [
  band('K-8', 0, 8),
  band('K-12', 0, 12),
  band('6-8', 6, 8),
  band('6-12', 6, 12),
];

type LocationWeights = readonly Weighted<LocationType>[];

const CLUB_PLACES: LocationWeights = [
  ['Community center', 85],
  ['Place of worship', 5],
  ['School building', 5],
  ['Multiple sites', 5],
];
const SERVICE_PLACES: LocationWeights = [
  ['Community center', 60],
  ['Recreation center', 20],
  ['Multiple sites', 20],
];

const LOCATION_WEIGHTS: Readonly<Record<OperatorKind, LocationWeights>> = {
  ymca: CLUB_PLACES,
  'boys-girls-club': CLUB_PLACES,
  community: CLUB_PLACES,
  youth: CLUB_PLACES,
  arts: CLUB_PLACES,
  faith: [
    ['Place of worship', 90],
    ['Community center', 10],
  ],
  museum: [['Museum', 1]],
  'tutoring-nonprofit': [
    ['Library', 40],
    ['Community center', 40],
    ['Place of worship', 10],
    ['School building', 10],
  ],
  parks: [
    ['Recreation center', 85],
    ['Multiple sites', 10],
    ['School building', 5],
  ],
  library: [['Library', 1]],
  'county-services': SERVICE_PLACES,
  housing: SERVICE_PLACES,
  childcare: [['Childcare center', 1]],
  'tutoring-company': [['Commercial space', 1]],
  'learning-center': [['Commercial space', 1]],
  sports: [['Commercial space', 1]],
  coding: [['Commercial space', 1]],
  district: [
    ['School building', 60],
    ['Multiple sites', 15],
    ['Community center', 15],
    ['Library', 10],
  ],
  charter: [
    ['School building', 75],
    ['Community center', 25],
  ],
  partnership: [
    ['Multiple sites', 40],
    ['Recreation center', 20],
    ['Library', 15],
    ['Community center', 15],
    ['School building', 10],
  ],
};

type FacilitatorWeights = readonly Weighted<FacilitatorType>[];

const COMMUNITY_FACILITATORS: FacilitatorWeights = [
  ['Program staff', 74],
  ['Volunteers', 8],
  ['College students', 6],
  ['AmeriCorps members', 5],
  ['Program staff and certified teachers', 4],
  ['Certified teachers', 3],
];
const SCHOOL_FACILITATORS: FacilitatorWeights = [
  ['Certified teachers', 42],
  ['Program staff', 35],
  ['Program staff and certified teachers', 18],
  ['College students', 5],
];
const FAITH_FACILITATORS: FacilitatorWeights = [
  ['Program staff', 55],
  ['Volunteers', 40],
  ['Certified teachers', 5],
];

const FACILITATOR_WEIGHTS: Readonly<Record<OperatorType, FacilitatorWeights>> =
  {
    nonprofit: COMMUNITY_FACILITATORS,
    government: COMMUNITY_FACILITATORS,
    district: SCHOOL_FACILITATORS,
    charter: SCHOOL_FACILITATORS,
    business: [
      ['Program staff', 55],
      ['Contracted tutors', 25],
      ['Certified teachers', 12],
      ['College students', 8],
    ],
    partnership: [
      ['Program staff', 60],
      ['AmeriCorps members', 15],
      ['Program staff and certified teachers', 10],
      ['College students', 10],
      ['Volunteers', 5],
    ],
  };
