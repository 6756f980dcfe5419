import { Validator } from '@cfworker/json-schema';
import type { OutputUnit } from '@cfworker/json-schema';

/** Where a value breaks its schema: a JSON Pointer and what is wrong. */
export type SchemaViolation = {
  /** JSON Pointer into the value, '' for the value itself. */
  readonly path: string;
  readonly message: string;
};

export type SchemaCheck = (value: unknown) => readonly SchemaViolation[];

/** Keywords that only report that something beneath them failed. */
const SUMMARY_KEYWORDS = new Set([
  'properties',
  'items',
  'prefixItems',
  'additionalProperties',
  'allOf',
  'anyOf',
  'oneOf',
  '$ref',
  'if',
  'then',
  'else',
]);

/**
 * Compiles a JSON Schema (draft 2020-12) into a checker that returns
 * every violation; callers decide how many to list. The validator
 * interprets the schema instead of generating code, so it runs under the
 * workbench's Content Security Policy, which forbids eval.
 *
 * `isValid`, when given, must answer for the same schema, faster (code
 * generated ahead of time): a value it accepts is not interpreted at all,
 * and one it rejects is, so every violation named comes from the
 * interpreter, as without it.
 */
export function compileSchema(
  schema: object,
  isValid?: (value: unknown) => boolean,
): SchemaCheck {
  const validator = new Validator(schema, '2020-12', false);

  return (value) => {
    if (isValid?.(value) === true) return [];

    const result = validator.validate(value);
    if (result.valid) return [];

    return pickSpecific(result.errors).map((unit) => ({
      path: toPointer(unit.instanceLocation),
      message: describe(unit),
    }));
  };
}

/**
 * The errors that name the actual fault rather than an enclosing one. A
 * value that fits none of the alternatives of a oneOf/anyOf gets one
 * error for the choice instead of one per alternative tried.
 */
function pickSpecific(errors: readonly OutputUnit[]): OutputUnit[] {
  const choices = errors.filter(
    (unit) => unit.keyword === 'oneOf' || unit.keyword === 'anyOf',
  );
  const insideChoice = (unit: OutputUnit) =>
    choices.some((choice) =>
      unit.keywordLocation.startsWith(`${choice.keywordLocation}/`),
    );
  const outermostChoices = choices.filter((unit) => !insideChoice(unit));
  const specific = errors.filter(
    (unit) => !SUMMARY_KEYWORDS.has(unit.keyword) && !insideChoice(unit),
  );
  const picked = [...specific, ...outermostChoices];
  return picked.length > 0 ? picked : [...errors];
}

function describe(unit: OutputUnit): string {
  if (unit.keyword === 'oneOf' || unit.keyword === 'anyOf') {
    return 'does not match any of the allowed forms';
  }
  if (unit.keyword === 'false') return 'is not an allowed property';
  if (unit.keyword === 'type') return describeTypeError(unit.error);

  return unit.error
    .replace(/^Instance /, '')
    .replace(/\.$/, '')
    .replace(/^does not have required property/, 'lacks required property');
}

function toPointer(instanceLocation: string): string {
  return instanceLocation.replace(/^#/, '');
}

/** 'Instance type "string" is invalid. Expected "integer".' → readable. */
function describeTypeError(error: string): string {
  const match = /type "([^"]+)" is invalid\. Expected (.+?)\.?$/.exec(error);
  if (!match) return error;

  const expected = (match[2] ?? '').replaceAll('"', '');
  return `must be ${expected} (it is ${match[1] ?? 'something else'})`;
}
