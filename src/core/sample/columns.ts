import type { Initiative } from './initiative';
import { OFFERING_LABELS } from './offerings';
import type { OperatorType } from './operator-names';

/** Column labels of the sample scan, in file order. */
export const SAMPLE_COLUMNS = [
  'Record ID',
  'Initiative name',
  'Operator',
  'Operator type',
  'Partners',
  'City',
  'State',
  'Grades served',
  'Delivery mode',
  'Location type',
  'Cost type',
  'Fee',
  'Eligibility',
  'Prioritized populations',
  'Offerings',
  'Facilitators',
  'Schedule',
  'Status',
  'Description',
  'Source URL',
  'Date coded',
] as const;

export type SampleColumn = (typeof SAMPLE_COLUMNS)[number];

/** Columns left empty when the source names none. */
export const OPTIONAL_SAMPLE_COLUMNS: readonly SampleColumn[] = [
  'Partners',
  'Prioritized populations',
];

/** Separator inside multi-valued cells, as the consortium wrote them. */
export const LIST_SEPARATOR = '; ';

export const OPERATOR_TYPE_LABELS: Readonly<Record<OperatorType, string>> = {
  district: 'School district',
  charter: 'Charter school',
  government: 'City/county government',
  nonprofit: 'Nonprofit',
  business: 'Business',
  partnership: 'Partnership',
};

/**
 * Flattens an initiative into cells, in SAMPLE_COLUMNS order. A plain
 * array literal, not a label-keyed object: this runs once per record and
 * benchmarks write 100,000 of them.
 */
export function toSampleRow(initiative: Initiative, key: string): string[] {
  const { facts, description } = initiative;
  const { operator, place, cost } = facts;
  const offerings = facts.offerings.map((id) => OFFERING_LABELS[id]);

  return [
    key,
    facts.name,
    operator.name,
    OPERATOR_TYPE_LABELS[operator.type],
    facts.partners.join(LIST_SEPARATOR),
    place.city,
    place.state,
    facts.grades.label,
    facts.mode,
    facts.location,
    cost.type,
    cost.feeText,
    facts.eligibility.text,
    facts.priorities.join(LIST_SEPARATOR),
    offerings.join(LIST_SEPARATOR),
    facts.facilitator,
    facts.schedule.text,
    facts.status,
    description,
    facts.sourceUrl,
    facts.timeline.dateCoded,
  ];
}
