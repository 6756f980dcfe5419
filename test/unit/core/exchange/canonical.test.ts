import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  deriveGuid,
  hashRecordFields,
  sha256Hex,
} from '../../../../src/core/exchange';

describe('canonicalJson', () => {
  it('sorts members by UTF-16 code units at every depth and drops spaces', () => {
    const value = { b: 1, a: [{ z: true, é: null, Z: 'x' }], A: 'q' };
    expect(canonicalJson(value)).toBe(
      '{"A":"q","a":[{"Z":"x","z":true,"é":null}],"b":1}',
    );
  });

  it('escapes strings as JSON.stringify does and leaves out undefined', () => {
    const value = { text: 'line\n"quoted"\t\u0001', gone: undefined };
    expect(canonicalJson(value)).toBe(
      '{"text":"line\\n\\"quoted\\"\\t\\u0001"}',
    );
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson([1, Infinity])).toThrow(/infinite/);
  });

  it('orders integer-like and prototype names as text, like any other', () => {
    const value: unknown = JSON.parse(
      '{"10":"a","2":"b","__proto__":"c","1":"d"}',
    );
    expect(canonicalJson(value)).toBe(
      '{"1":"d","10":"a","2":"b","__proto__":"c"}',
    );
  });

  it('writes what a member-by-member writer writes, for any JSON', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'toJSON', '1', '10', 'é', '\u{1F600}'),
    );
    const json = fc
      .jsonValue()
      .chain((base) =>
        fc.dictionary(key, fc.constant(base)).map((object) => [base, object]),
      );
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(writeMemberByMember(value));
      }),
      { numRuns: 500 },
    );
  });

  it('writes lists of flat objects, like codings, as one member at a time', () => {
    const name = fc.oneof(
      fc.string({ maxLength: 3 }),
      fc.constantFrom('__proto__', 'toJSON', '0', '1', '10', '01', 'é'),
    );
    const leaf = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
    );
    const list = fc
      .uniqueArray(name, { minLength: 1, maxLength: 6 })
      .chain((names) =>
        fc.array(
          fc.tuple(...names.map(() => leaf)).map((values) => {
            const item: unknown = JSON.parse(
              `{${names
                .map(
                  (n, i) => `${JSON.stringify(n)}:${JSON.stringify(values[i])}`,
                )
                .join(',')}}`,
            );
            return item;
          }),
          { minLength: 1, maxLength: 5 },
        ),
      );
    fc.assert(
      fc.property(list, (items) => {
        expect(canonicalJson(items)).toBe(writeMemberByMember(items));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a list of flat objects with a nested or known item in between', () => {
    const codings = [
      { status: 'done', codes: ['b', 'a'], recordKey: 'P-1' },
      { status: 'done', codes: [], recordKey: 'P-2', extra: { z: 1, a: 2 } },
      { recordKey: 'P-3', status: 'in_progress', codes: ['c'] },
    ];
    expect(canonicalJson(codings)).toBe(writeMemberByMember(codings));

    const fields = { b: '2', a: '1' };
    const known = new Map([[fields, 'KNOWN']]);
    expect(canonicalJson([{ z: 1, y: 2 }, fields], known)).toBe(
      '[{"y":2,"z":1},KNOWN]',
    );
  });

  it('sorts the names of each object, however many kinds come in turn', () => {
    const objects = [
      { b: 1, a: [2, 'x'] },
      { a: 1, b: 2 },
      { c: true, a: null },
      { d: 1 },
      { e: 1 },
      { f: 1, é: 2 },
      { b: 3, a: 4 },
    ];
    const twice = [...objects, ...objects];
    const written = twice.map((object) => canonicalJson(object));
    expect(written.slice(0, 3)).toEqual([
      '{"a":[2,"x"],"b":1}',
      '{"a":1,"b":2}',
      '{"a":null,"c":true}',
    ]);
    expect(written).toEqual(twice.map((object) => writeMemberByMember(object)));
  });

  it('uses the texts it is given for objects it has met before', () => {
    const fields = { b: '2', a: '1' };
    const known = new Map([[fields, '{"a":"1","b":"2"}']]);
    expect(canonicalJson({ fields }, known)).toBe(
      '{"fields":{"a":"1","b":"2"}}',
    );
  });
});

describe('hashes', () => {
  it('computes SHA-256 of the UTF-8 text', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes record fields whatever their key order', () => {
    const one = hashRecordFields({ name: 'Hub', id: 'P-1' });
    const two = hashRecordFields({ id: 'P-1', name: 'Hub' });
    expect(one).toBe(two);
    expect(one).toBe(sha256Hex('{"id":"P-1","name":"Hub"}'));
  });
});

describe('deriveGuid', () => {
  it('gives the same version 8 GUID for the same parts', () => {
    const guid = deriveGuid('coder', 'Ana');
    expect(guid).toBe(deriveGuid('coder', 'Ana'));
    expect(guid).not.toBe(deriveGuid('coder', 'Ben'));
    expect(guid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('keeps the parts apart, so ("ab", "c") differs from ("a", "bc")', () => {
    expect(deriveGuid('ab', 'c')).not.toBe(deriveGuid('a', 'bc'));
  });
});

/** RFC 8785 for JSON values, one member at a time: the reference. */
function writeMemberByMember(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => writeMemberByMember(item)).join(',')}]`;
  }
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value);
  }
  const object = value as Record<string, unknown>;
  const members = Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${writeMemberByMember(object[key])}`);
  return `{${members.join(',')}}`;
}
