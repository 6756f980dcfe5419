import { describe, expect, it } from 'vitest';
import { compileSchema } from '../../../../src/core/validation/json-schema';

const check = compileSchema({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['name', 'codes'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    codes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string', pattern: '^[0-9a-f]{4}$' } },
      },
    },
  },
});

describe('JSON Schema checks', () => {
  it('accepts a value that fits the schema', () => {
    expect(check({ name: 'Equity', codes: [{ id: 'ab12' }] })).toEqual([]);
  });

  it('names the path of each fault, not only the enclosing object', () => {
    const violations = check({ name: 'Equity', codes: [{ id: 'zz' }] });

    expect(violations.map((v) => v.path)).toEqual(['/codes/0/id']);
    expect(violations[0]?.message).toMatch(/pattern/);
  });

  it('says what type a value must have and what it is', () => {
    expect(check({ name: 3, codes: [] })).toEqual([
      { path: '/name', message: 'must be string (it is number)' },
    ]);
  });

  it('reports missing and unexpected properties', () => {
    const violations = check({ codes: [], extra: 1 });

    expect(violations.map((v) => v.path).sort()).toEqual(['', '/extra']);
  });

  it('returns every fault, leaving the listing to the caller', () => {
    const codes = Array.from({ length: 30 }, () => ({ id: 'zz' }));

    expect(check({ name: 'Equity', codes })).toHaveLength(30);
  });
});
