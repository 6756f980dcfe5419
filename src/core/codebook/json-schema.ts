/**
 * JSON Schema (draft-07) of the Podscan codebook file. `definitions`
 * holds the codebook itself, so the coded-file schema can embed it.
 * Cross-references (parents, set members, aliases, shortcut clashes) are
 * checked afterwards by `validateCodebook`.
 */

const GUID =
  '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

const guid = { type: 'string', pattern: GUID } as const;
const text = { type: 'string' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const guidOrNull = { oneOf: [guid, { type: 'null' }] } as const;

const code = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'name',
    'parentId',
    'definition',
    'include',
    'exclude',
    'example',
    'color',
    'shortcut',
    'isCodable',
    'retired',
    'order',
  ],
  properties: {
    id: guid,
    name: text,
    parentId: guidOrNull,
    definition: text,
    include: text,
    exclude: text,
    example: text,
    color: { type: 'string', pattern: '^#[0-9A-Fa-f]{6}$' },
    shortcut: { type: ['string', 'null'] },
    isCodable: { type: 'boolean' },
    retired: { type: 'boolean' },
    order: count,
  },
} as const;

const set = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'description', 'codeIds'],
  properties: {
    id: guid,
    name: text,
    description: text,
    codeIds: { type: 'array', items: guid },
  },
} as const;

const fieldValue = { type: ['string', 'boolean', 'null'] } as const;

/** One schema per history entry kind; `kind` tells them apart. */
const details = [
  detail('create', {}),
  detail('import', {
    format: { enum: ['qdc', 'table'] },
    codeCount: count,
    setCount: count,
  }),
  detail('add_code', { codeId: guid, name: text, parentId: guidOrNull }),
  detail('update_code', {
    codeId: guid,
    changes: changesOf(
      [
        'name',
        'definition',
        'include',
        'exclude',
        'example',
        'color',
        'shortcut',
        'isCodable',
      ],
      fieldValue,
    ),
  }),
  detail('move_code', {
    codeId: guid,
    fromParentId: guidOrNull,
    toParentId: guidOrNull,
    fromOrder: count,
    toOrder: count,
  }),
  detail('merge_codes', { intoId: guid, merged: code }),
  detail('retire_code', { codeId: guid }),
  detail('unretire_code', { codeId: guid }),
  detail('delete_code', { deleted: code }),
  detail('add_set', {
    setId: guid,
    name: text,
    codeIds: { type: 'array', items: guid },
  }),
  detail('update_set', {
    setId: guid,
    changes: changesOf(['name', 'description'], text),
  }),
  detail('remove_set', { removed: set }),
  detail('add_set_member', { setId: guid, codeId: guid }),
  detail('remove_set_member', { setId: guid, codeId: guid }),
];

const change = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'at', 'actor', 'detail'],
  properties: {
    version: { type: 'integer', minimum: 1 },
    at: text,
    actor: text,
    detail: {
      type: 'object',
      required: ['kind'],
      discriminator: { propertyName: 'kind' },
      oneOf: details,
    },
  },
} as const;

const codebook = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'codes', 'sets', 'aliases', 'history'],
  properties: {
    version: { type: 'integer', minimum: 1 },
    codes: { type: 'array', items: { $ref: '#/definitions/code' } },
    sets: { type: 'array', items: { $ref: '#/definitions/set' } },
    aliases: {
      type: 'object',
      propertyNames: { pattern: GUID },
      additionalProperties: guid,
    },
    history: { type: 'array', items: { $ref: '#/definitions/change' } },
  },
} as const;

export const CODEBOOK_FILE_FORMAT = 'podscan-codebook';
export const CODEBOOK_FILE_VERSION = 1;

export const CODEBOOK_FILE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Podscan codebook file',
  type: 'object',
  additionalProperties: false,
  required: ['format', 'version', 'codebook'],
  properties: {
    format: { const: CODEBOOK_FILE_FORMAT },
    version: { const: CODEBOOK_FILE_VERSION },
    codebook: { $ref: '#/definitions/codebook' },
  },
  definitions: { codebook, code, set, change },
} as const;

function detail(kind: string, properties: Record<string, unknown>) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['kind', ...Object.keys(properties)],
    properties: { kind: { const: kind }, ...properties },
  };
}

function changesOf(fields: readonly string[], value: unknown) {
  return {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['field', 'before', 'after'],
      properties: { field: { enum: fields }, before: value, after: value },
    },
  };
}
