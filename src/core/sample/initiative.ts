import {
  drawCost,
  drawEligibility,
  drawPriorities,
  type Cost,
  type Eligibility,
} from './access';
import { describeInitiative } from './description';
import {
  drawOfferings,
  drawSchedule,
  type Offering,
  type Schedule,
} from './offerings';
import type { OperatorKind } from './operator-names';
import {
  drawOperator,
  drawPartners,
  slugify,
  type Operator,
} from './operators';
import { PLACES, type Place } from './places';
import {
  drawDeliveryMode,
  drawFacilitator,
  drawGrades,
  drawLocation,
  drawStatus,
  type DeliveryMode,
  type FacilitatorType,
  type GradeBand,
  type LocationType,
  type Status,
} from './program';
import type { Random } from './random';
import { drawTimeline, type Timeline } from './timeline';

/** What is known about one invented initiative, before it is described. */
export type InitiativeFacts = {
  readonly name: string;
  readonly operator: Operator;
  readonly partners: readonly string[];
  readonly place: Place;
  readonly grades: GradeBand;
  readonly mode: DeliveryMode;
  readonly location: LocationType;
  readonly cost: Cost;
  readonly eligibility: Eligibility;
  readonly priorities: readonly string[];
  readonly offerings: readonly Offering[];
  readonly facilitator: FacilitatorType;
  readonly schedule: Schedule;
  readonly status: Status;
  readonly timeline: Timeline;
  readonly sourceUrl: string;
};

/**
 * One invented initiative, before it is flattened into a scan row. The
 * description sits beside the facts rather than spread into a copy of
 * them: V8 stores such copies in slow dictionary mode.
 */
export type Initiative = {
  readonly facts: InitiativeFacts;
  readonly description: string;
};

/**
 * Draws one initiative. Fields are drawn in dependency order so that they
 * agree: the place names the operator, the operator shapes cost, place
 * type and staff, the mode shapes offerings and schedule, and the
 * description is written from all of them.
 */
export function drawInitiative(random: Random, codedDay: number): Initiative {
  const place = random.pick(PLACES);
  const operator = drawOperator(random, place);
  const grades = drawGrades(random, operator.type);
  const mode = drawDeliveryMode(random, operator.kind);
  const eligibility = drawEligibility(random, operator, place, grades);
  const offerings = drawOfferings(random, operator, mode);
  const status = drawStatus(random);
  const name = drawProgramName(random, operator, place);
  const facts: InitiativeFacts = {
    name,
    operator,
    partners: drawPartners(random, operator, place),
    place,
    grades,
    mode,
    location: drawLocation(random, operator.kind, mode),
    cost: drawCost(random, operator),
    eligibility,
    priorities: drawPriorities(random, operator, eligibility),
    offerings,
    facilitator: drawFacilitator(random, operator),
    schedule: drawSchedule(random, mode, offerings),
    status,
    timeline: drawTimeline(random, status, codedDay),
    sourceUrl: drawSourceUrl(random, operator, place, name),
  };

  return { facts, description: describeInitiative(random, facts) };
}

function drawProgramName(
  random: Random,
  operator: Operator,
  place: Place,
): string {
  const core = random.pick(PROGRAM_NAMES[operator.kind]);
  const prefix = random.weighted<string>([
    [operator.area, 35],
    [place.city, 25],
    ['', 30],
    ['2020-21', 10],
  ]);

  return prefix === '' ? core : `${prefix} ${core}`;
}

// Roughly one source in five is a local news story rather than the
// operator's own page, as in scans compiled from web searches.
function drawSourceUrl(
  random: Random,
  operator: Operator,
  place: Place,
  name: string,
): string {
  const page = kebab(name);
  if (random.chance(0.2)) {
    const paper = random.pick(['times', 'news', 'herald', 'tribune']);
    const section = random.pick(['news', 'education', 'local']);
    return `https://www.${slugify(place.city)}${paper}.example.com/${section}/${page}`;
  }
  const folder = random.pick(PAGE_FOLDERS[operator.type] ?? ['programs']);

  return `https://${operator.host}/${folder}/${page}`;
}

/** "Boys & Girls Club" → "boys-girls-club", for URL paths. */
function kebab(text: string): string {
  const slug = text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const start = slug.startsWith('-') ? 1 : 0;
  const end = slug.endsWith('-') ? slug.length - 1 : slug.length;

  return slug.slice(start, end);
}

const PAGE_FOLDERS: Readonly<Record<string, readonly string[]>> = {
  government: ['parks', 'recreation', 'programs', 'news'],
  district: ['families', 'news', 'learning'],
  charter: ['families', 'news'],
  business: ['programs', 'pods', 'enroll'],
};

const PROGRAM_NAMES: Readonly<Record<OperatorKind, readonly string[]>> = {
  ymca: [
    'Y Learning Academy',
    'Virtual Learning Academy',
    'Distance Learning Day Camp',
    'School Day Support Program',
  ],
  'boys-girls-club': [
    'Club Learning Hub',
    'Remote Learning Support Program',
    'Virtual Learning Center',
    'Academic Success Pods',
  ],
  museum: [
    'Museum Learning Pods',
    'Discovery Learning Pods',
    'STEM Learning Hub',
  ],
  faith: [
    'Community Learning Center',
    'Safe Haven Learning Hub',
    'Open Doors Study Hall',
  ],
  community: [
    'Neighborhood Learning Hub',
    'Community Learning Pods',
    'Family Learning Center',
  ],
  youth: ['Learning Hub', 'Remote Learning Support Pods', 'Youth Learning Lab'],
  'tutoring-nonprofit': ['Tutoring Pods', 'Learning Pods', 'Homework Help Hub'],
  arts: ['Arts and Learning Pods', 'Creative Learning Hub'],
  parks: [
    'Remote Learning Day Camp',
    'Learning Hubs',
    'Virtual School Support Camp',
    'Rec Center Learning Labs',
  ],
  library: ['Library Learning Hub', 'Homework Help Hub', 'Study Space'],
  'county-services': ['Community Learning Hubs', 'Student Support Centers'],
  housing: ['Resident Learning Centers', 'Community Learning Hubs'],
  childcare: ['School-Age Learning Pods', 'Remote Learning Program'],
  'tutoring-company': [
    'Learning Pods',
    'Virtual School Support',
    'Micro-School Pods',
  ],
  'learning-center': ['Learning Pods', 'School Day Pods'],
  sports: ['Remote Learning Camp', 'Learn and Play Pods'],
  coding: ['STEM Learning Pods', 'Remote Learning Lab'],
  district: [
    'Learning Support Centers',
    'In-Person Learning Hubs',
    'Student Support Hubs',
    'Remote Learning Centers',
  ],
  charter: ['Learning Labs', 'In-Person Support Pods', 'Scholar Support Hubs'],
  partnership: [
    'Learning Hubs',
    'Community Learning Hubs',
    'Neighborhood Learning Pods',
  ],
};
