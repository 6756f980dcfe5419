import {
  KIND_WEIGHTS,
  NAME_TEMPLATES,
  OPERATOR_TYPE_WEIGHTS,
  PARTNER_ONLY_TEMPLATES,
  districtTemplate,
  type NameTemplate,
  type OperatorKind,
  type OperatorType,
} from './operator-names';
import { AREA_WORDS, type Place } from './places';
import type { Random } from './random';

export type Operator = {
  readonly type: OperatorType;
  readonly kind: OperatorKind;
  readonly name: string;
  /** Host of the operator's (invented, reserved-domain) web site. */
  readonly host: string;
  readonly area: string;
};

/** Draws an operator in `place`, weighted as PRODUCT.md §7 describes. */
export function drawOperator(random: Random, place: Place): Operator {
  const type = random.weighted(OPERATOR_TYPE_WEIGHTS);
  const kind = random.weighted(KIND_WEIGHTS[type]);
  const isSchool = kind === 'district' || kind === 'charter';
  const area =
    isSchool || random.chance(0.8) ? random.pick(AREA_WORDS) : place.city;
  const [nameTemplate, hostTemplate] = pickTemplate(random, kind, place);
  const name = fillTemplate(nameTemplate, area, place);
  // Callbacks: each slug is built only when the template asks for it.
  const host = hostTemplate
    .replace('{slug}', () => slugify(name))
    .replace('{city}', () => slugify(place.city))
    .replace('{county}', () => slugify(place.county));

  return { type, kind, name, host, area };
}

/** Partner organisations in the same place; empty when there are none. */
export function drawPartners(
  random: Random,
  operator: Operator,
  place: Place,
): string[] {
  if (!random.chance(PARTNER_CHANCE[operator.type])) return [];

  const count =
    operator.type === 'partnership' ? random.int(2, 4) : random.int(1, 2);
  const partners = new Set<string>();
  // Bounded: a handful of draws always finds enough distinct names.
  for (let attempt = 0; attempt < 20 && partners.size < count; attempt += 1) {
    const name = drawPartnerName(random, operator, place);
    if (name !== operator.name) partners.add(name);
  }

  return [...partners];
}

/** Lower-case letters and digits only, for hosts and URL paths. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
}

// Governments often work with partners (PRODUCT.md §7); partnerships
// always do.
const PARTNER_CHANCE: Readonly<Record<OperatorType, number>> = {
  partnership: 1,
  government: 0.6,
  district: 0.45,
  nonprofit: 0.3,
  charter: 0.25,
  business: 0.08,
};

function pickTemplate(
  random: Random,
  kind: OperatorKind,
  place: Place,
): NameTemplate {
  if (kind === 'district') return districtTemplate(place.state);

  return random.pick(NAME_TEMPLATES[kind]);
}

function fillTemplate(template: string, area: string, place: Place): string {
  return template
    .replace('{area}', area)
    .replace('{city}', place.city)
    .replace('{county}', place.county);
}

// Partners are local nonprofits, public agencies and the school district;
// drawPartnerName mixes in funders and other partner-only organisations.
const PARTNER_KINDS: readonly OperatorKind[] = [
  'ymca',
  'boys-girls-club',
  'community',
  'faith',
  'youth',
  'museum',
  'parks',
  'library',
  'district',
  'tutoring-nonprofit',
];

function drawPartnerName(
  random: Random,
  operator: Operator,
  place: Place,
): string {
  const area = random.pick(AREA_WORDS);
  const fill = (template: string): string =>
    fillTemplate(template, area, place);
  const kind = random.pick(PARTNER_KINDS);
  const isSelfKind = kind === operator.kind;
  if (isSelfKind || random.chance(0.3)) {
    return fill(random.pick(PARTNER_ONLY_TEMPLATES));
  }

  return fill(pickTemplate(random, kind, place)[0]);
}
