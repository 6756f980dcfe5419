import type { SchemaViolation } from '../validation/json-schema';
import { isGuid } from './fields';
import { CODEBOOK_FILE_SCHEMA } from './json-schema';

/**
 * A schema violation of a codebook file in words: where (its JSON
 * Pointer, and the code or set by name when it has one), what is wrong
 * and what is expected there. `data` is the parsed file, to quote the
 * offending value. Null for a violation that repeats another: the schema
 * checks an alias's key and its value against the same GUID pattern and
 * reports both at the alias.
 */
export function describeCodebookViolation(
  violation: SchemaViolation,
  data: unknown,
): string | null {
  const { path, message } = violation;
  const segments = path.split('/').slice(1).map(unescapePointer);
  const value = valueAt(data, segments);
  const field = fieldOf(segments);
  const where = `${path === '' ? 'The file' : path}${nameOf(data, segments)}`;
  const required = /^lacks required property "(.+)"$/.exec(message);
  const propertyName = /^Property name "(.*)" does not match schema$/.exec(
    message,
  );

  if (message === 'String does not match pattern') {
    if (field === 'alias' && isGuid(String(value))) return null;
    return `${where}: ${JSON.stringify(value)} ${describePattern(field)}.`;
  }
  if (propertyName) {
    return (
      `${where}: key ${JSON.stringify(propertyName[1])} is not a GUID; ` +
      'each alias maps the GUID of a code merged away to the GUID of the ' +
      'code it was merged into.'
    );
  }
  if (required) {
    const missing = required[1] ?? '';
    const expected = expectedOf(missing);
    const hint = expected === null ? '' : ` (${expected})`;
    return `${where} has no "${missing}"; add it${hint}.`;
  }
  if (message === 'is not an allowed property') {
    return `${where}: ${describeUnknown(segments)}.`;
  }
  if (field === 'detail' && message === ANY_FORM) {
    return `${where}: ${describeDetail(value)}.`;
  }
  const expected = expectedOf(field);
  if (expected !== null && WRONG_VALUE.test(message)) {
    return `${where}: expected ${expected}, not ${describeValue(value)}.`;
  }
  return `${where}: ${message}.`;
}

/** Wrong type, too small, or none of a field's forms (GUID or null). */
const WRONG_VALUE = /^must be |is less than|any of the allowed forms/;

const ANY_FORM = 'does not match any of the allowed forms';

/** Each kind of history entry, and the fields its detail has. */
const CHANGE_KINDS: ReadonlyMap<string, readonly string[]> = new Map(
  CODEBOOK_FILE_SCHEMA.definitions.change.properties.detail.oneOf.map(
    (form) => [form.properties.kind.const, form.required],
  ),
);

const GUID_EXAMPLE = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

const GUID_TEXT = `a GUID (8-4-4-4-12 hex digits, e.g. ${GUID_EXAMPLE})`;

/** What each field holds, for "expected …" and "add it (…)". */
const EXPECTED: Readonly<Record<string, string>> = {
  parentId: `the parent's GUID, or null for a top-level code`,
  color: 'a colour written #RRGGBB, e.g. #1F77B4',
  shortcut: 'one lower-case key such as "a", or null for none',
  isCodable: 'true or false',
  retired: 'true or false',
  order: 'a whole number from 0',
  version: 'a whole number from 1',
  codes: 'a list of codes',
  sets: 'a list of sets',
  codeIds: 'a list of code GUIDs',
  aliases: 'an object that maps GUIDs to GUIDs',
  history: 'a list of changes',
  code: 'a code (an object)',
  set: 'a set (an object)',
  change: 'a change (an object)',
  codebook: 'the codebook (an object)',
};

/** Fields whose value is one GUID. */
const GUID_FIELDS = new Set([
  'id',
  'codeId',
  'setId',
  'intoId',
  'fromParentId',
  'toParentId',
  'alias',
]);

/** Objects of the file that a pointer can lead into, and their members. */
const OBJECTS: readonly {
  readonly parent: string;
  readonly noun: string;
  readonly properties: object;
}[] = [
  { parent: '', noun: 'the file', properties: CODEBOOK_FILE_SCHEMA.properties },
  {
    parent: 'codebook',
    noun: 'the codebook',
    properties: CODEBOOK_FILE_SCHEMA.definitions.codebook.properties,
  },
  {
    parent: 'codes',
    noun: 'a code',
    properties: CODEBOOK_FILE_SCHEMA.definitions.code.properties,
  },
  {
    parent: 'sets',
    noun: 'a set',
    properties: CODEBOOK_FILE_SCHEMA.definitions.set.properties,
  },
  {
    parent: 'history',
    noun: 'a change',
    properties: CODEBOOK_FILE_SCHEMA.definitions.change.properties,
  },
];

/**
 * The field a pointer ends at, with list items named by their list
 * (`codes/3` is a code, `codeIds/0` a GUID) and alias values as `alias`.
 */
function fieldOf(segments: readonly string[]): string {
  const last = segments.at(-1) ?? '';
  const parent = segments.at(-2) ?? '';
  if (parent === 'aliases') return 'alias';
  if (!/^\d+$/.test(last)) return last;

  const items: Readonly<Record<string, string>> = {
    codes: 'code',
    sets: 'set',
    history: 'change',
    codeIds: 'codeId',
  };
  return items[parent] ?? last;
}

function expectedOf(field: string): string | null {
  if (GUID_FIELDS.has(field)) return GUID_TEXT;

  return EXPECTED[field] ?? (TEXT_FIELDS.has(field) ? 'text' : null);
}

const TEXT_FIELDS = new Set([
  'name',
  'definition',
  'include',
  'exclude',
  'example',
  'description',
  'actor',
  'at',
]);

function describePattern(field: string): string {
  return field === 'color'
    ? `is not a colour; write it as #RRGGBB, e.g. #1F77B4`
    : `is not a GUID; write 8-4-4-4-12 hex digits, e.g. ${GUID_EXAMPLE}`;
}

function describeUnknown(segments: readonly string[]): string {
  const name = segments.at(-1) ?? '';
  const parent = segments.at(-2) ?? '';
  const owner = /^\d+$/.test(parent) ? (segments.at(-3) ?? '') : parent;
  const known = OBJECTS.find((object) => object.parent === owner);
  if (known === undefined) return `"${name}" does not belong here; remove it`;

  const members = Object.keys(known.properties).join(', ');
  return (
    `"${name}" is not a property of ${known.noun}; remove it or correct ` +
    `its spelling (${known.noun} has ${members})`
  );
}

/**
 * Why a history entry's detail fits no kind of change: its `kind` is
 * none of them, or the fields of its kind are missing, wrong or extra.
 */
function describeDetail(detail: unknown): string {
  const kind =
    typeof detail === 'object' && detail !== null && 'kind' in detail
      ? detail.kind
      : undefined;
  const fields = typeof kind === 'string' ? CHANGE_KINDS.get(kind) : undefined;
  if (fields === undefined) {
    const named =
      kind === undefined
        ? 'it has no kind'
        : `kind ${JSON.stringify(kind)} is not a kind of change`;
    return `${named}; use one of ${[...CHANGE_KINDS.keys()].join(', ')}`;
  }
  return (
    `a change of kind "${String(kind)}" has exactly the fields ` +
    `${fields.join(', ')}; check that each is there and of the right type`
  );
}

/** ` (code "Meals")` for a pointer into a named code or set, else ''. */
function nameOf(data: unknown, segments: readonly string[]): string {
  const [top, list, index] = segments;
  if (top !== 'codebook' || (list !== 'codes' && list !== 'sets')) return '';
  if (index === undefined) return '';

  const item = valueAt(data, [top, list, index]);
  const name =
    typeof item === 'object' && item !== null && 'name' in item
      ? item.name
      : undefined;
  if (typeof name !== 'string' || name.trim() === '') return '';

  return ` (${list === 'codes' ? 'code' : 'set'} ${JSON.stringify(name)})`;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';

  return String(value);
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  return segments.reduce<unknown>(
    (parent, name) =>
      typeof parent === 'object' && parent !== null
        ? (parent as Record<string, unknown>)[name]
        : undefined,
    data,
  );
}

/** RFC 6901: `~1` is `/`, `~0` is `~`. */
function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
