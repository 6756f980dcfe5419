import type { Weighted } from './random';

export type OperatorType =
  | 'district'
  | 'charter'
  | 'government'
  | 'nonprofit'
  | 'business'
  | 'partnership';

/** Finer grain than the type; drives names, places and offerings. */
export type OperatorKind =
  | 'ymca'
  | 'boys-girls-club'
  | 'museum'
  | 'faith'
  | 'community'
  | 'youth'
  | 'tutoring-nonprofit'
  | 'arts'
  | 'parks'
  | 'library'
  | 'county-services'
  | 'housing'
  | 'childcare'
  | 'tutoring-company'
  | 'sports'
  | 'coding'
  | 'learning-center'
  | 'district'
  | 'charter'
  | 'partnership';

/**
 * Name and web host patterns. `{area}`, `{city}` and `{county}` are filled
 * in; `{slug}` in a host is the finished name squeezed to letters.
 */
export type NameTemplate = readonly [name: string, host: string];

// Weights follow PRODUCT.md §7: nearly half nonprofits, a sizeable share of
// city or county governments, a few percent districts, some businesses.
export const OPERATOR_TYPE_WEIGHTS: readonly Weighted<OperatorType>[] = [
  ['nonprofit', 47],
  ['government', 22],
  ['business', 12],
  ['partnership', 11],
  ['district', 5],
  ['charter', 3],
];

export const KIND_WEIGHTS: Readonly<
  Record<OperatorType, readonly Weighted<OperatorKind>[]>
> = {
  nonprofit: [
    ['ymca', 18],
    ['boys-girls-club', 18],
    ['community', 18],
    ['faith', 14],
    ['youth', 12],
    ['museum', 9],
    ['tutoring-nonprofit', 6],
    ['arts', 5],
  ],
  government: [
    ['parks', 62],
    ['library', 18],
    ['county-services', 14],
    ['housing', 6],
  ],
  business: [
    ['childcare', 35],
    ['tutoring-company', 25],
    ['learning-center', 15],
    ['sports', 15],
    ['coding', 10],
  ],
  district: [['district', 1]],
  charter: [['charter', 1]],
  partnership: [['partnership', 1]],
};

const ORG = 'www.{slug}.example.org';
const COM = 'www.{slug}.example.com';
const CITY_GOV = 'www.cityof{city}.example';
const COUNTY_GOV = 'www.{county}county.example';

export const NAME_TEMPLATES: Readonly<
  Record<Exclude<OperatorKind, 'district'>, readonly NameTemplate[]>
> = {
  ymca: [
    ['{area} Family YMCA', ORG],
    ['{area} YMCA', ORG],
    ['{city} Area YMCA', ORG],
    ['{area} Branch YMCA', ORG],
  ],
  'boys-girls-club': [
    ['{area} Boys & Girls Club', ORG],
    ['Boys & Girls Club of {area}', ORG],
    ['{area} Boys & Girls Clubs', ORG],
  ],
  museum: [
    ["{city} Children's Museum", ORG],
    ['{area} Science Center', ORG],
    ['{city} Museum of Science and Play', ORG],
    ['{area} Discovery Museum', ORG],
  ],
  faith: [
    ['{area} Community Church', ORG],
    ['New Hope Fellowship of {city}', ORG],
    ['{area} United Methodist Church', ORG],
    ['First Baptist Church of {area}', ORG],
    ['Good Shepherd Lutheran Church', ORG],
    ['{area} Islamic Center', ORG],
    ['Holy Family Parish {area}', ORG],
  ],
  community: [
    ['{area} Community Association', ORG],
    ['{area} Neighborhood Center', ORG],
    ['{area} Family Resource Center', ORG],
    ['{city} Community Action Network', ORG],
    ['{area} Settlement House', ORG],
    ['{area} Community Development Corporation', ORG],
  ],
  youth: [
    ['{area} Youth Collective', ORG],
    ['{city} Youth Services', ORG],
    ['Kids First {city}', ORG],
    ['{area} Afterschool Alliance', ORG],
    ['Bright Futures {area}', ORG],
  ],
  'tutoring-nonprofit': [
    ['{city} Reads', ORG],
    ['{area} Learning Partners', ORG],
    ['{city} Tutoring Corps', ORG],
  ],
  arts: [
    ['{area} Arts Center', ORG],
    ['{city} Community Arts', ORG],
  ],
  parks: [
    ['{city} Parks and Recreation', CITY_GOV],
    ['{city} Parks & Recreation Department', CITY_GOV],
    ['City of {city} Recreation Division', CITY_GOV],
    ['{county} County Parks and Recreation', COUNTY_GOV],
  ],
  library: [
    ['{city} Public Library', 'www.{city}library.example'],
    ['{county} County Library', COUNTY_GOV],
  ],
  'county-services': [
    ['{county} County Department of Human Services', COUNTY_GOV],
    ['{county} County Office of Children and Families', COUNTY_GOV],
    ['City of {city} Office of Youth Development', CITY_GOV],
  ],
  housing: [['{city} Housing Authority', 'www.{city}housing.example']],
  childcare: [
    ['{area} Kids Academy', COM],
    ['Little Scholars Learning Center', COM],
    ['Bright Start Early Learning {city}', COM],
    ['KidZone {area}', COM],
  ],
  'tutoring-company': [
    ['{area} Learning Studio', COM],
    ['Smart Steps Tutoring', COM],
    ['{city} Learning Lab', COM],
  ],
  'learning-center': [
    ['The Study Nook {city}', COM],
    ['{area} Learning Co', COM],
    ['Pod Squad Learning', COM],
  ],
  sports: [
    ['{area} Gymnastics', COM],
    ['{city} Sports Academy', COM],
    ['{area} Climbing Gym', COM],
  ],
  coding: [
    ['Code Camp {city}', COM],
    ['{area} Robotics Lab', COM],
  ],
  charter: [
    ['{area} Preparatory Academy', 'www.{slug}.example.net'],
    ['{area} Charter School', 'www.{slug}.example.net'],
    ['{city} Leadership Academy', 'www.{slug}.example.net'],
  ],
  partnership: [
    ['{city} Learning Hub Collaborative', ORG],
    ['{city} Learning Hubs Partnership', ORG],
    ['{area} Student Support Coalition', ORG],
    ['{city} Community Learning Alliance', ORG],
  ],
};

/** Organisations that appear only as partners. */
export const PARTNER_ONLY_TEMPLATES: readonly string[] = [
  '{city} Area Community Foundation',
  '{area} Credit Union',
  '{county} County Public Health',
  '{city} Education Fund',
  '{city} Regional Food Bank',
  '{area} Internet Cooperative',
  '{city} Public Library',
  '{area} Rotary Service Club',
];

/**
 * How school districts are named, by state custom. Named after an invented
 * area, never the real city or county, so that no real district is
 * credited with an invented programme.
 */
export function districtTemplate(state: string): NameTemplate {
  const net = 'www.{slug}.example.net';
  if (state === 'CA') return ['{area} Unified School District', net];
  if (state === 'TX') return ['{area} Independent School District', net];

  return ['{area} Public Schools', net];
}
