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
