import { describe, expect, it } from 'vitest';
import type { Codebook } from '../../../../src/core/codebook';
import {
  buildCodingKeymap,
  listNumberedCodes,
  resolveCodingKey,
} from '../../../../src/core/coding';
import { codeId, sampleCodebook } from './support';

describe('number keys', () => {
  it('numbers the applicable codes in tree order, skipping grouping and retired codes', () => {
    const names = listNumberedCodes(sampleCodebook()).map((code) => code.name);

    expect(names).toStrictEqual(['Meals', 'Devices', 'Tutoring']);
  });

  it('stops at nine codes', () => {
    const codebook = manyCodes(12);

    expect(listNumberedCodes(codebook).map((code) => code.name)).toStrictEqual([
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
      'C6',
      'C7',
      'C8',
      'C9',
    ]);
    const keymap = buildCodingKeymap(codebook);
    expect(resolveCodingKey(keymap, '9')).toStrictEqual({
      kind: 'toggle',
      codeId: codeId(109),
    });
    expect(resolveCodingKey(keymap, '0')).toBeUndefined();
  });
});

describe('the coding keymap', () => {
  it('maps shortcuts, numbers and the loop keys', () => {
    const keymap = buildCodingKeymap(withShortcuts({ 6: 't', 3: 'v' }));

    expect(resolveCodingKey(keymap, 't')).toStrictEqual({
      kind: 'toggle',
      codeId: codeId(6),
    });
    expect(resolveCodingKey(keymap, 'V')).toStrictEqual({
      kind: 'toggle',
      codeId: codeId(3),
    });
    expect(resolveCodingKey(keymap, '1')).toStrictEqual({
      kind: 'toggle',
      codeId: codeId(2),
    });
    expect(resolveCodingKey(keymap, 'j')).toStrictEqual({ kind: 'next' });
    expect(resolveCodingKey(keymap, 'K')).toStrictEqual({ kind: 'previous' });
    expect(resolveCodingKey(keymap, 'd')).toStrictEqual({ kind: 'done' });
    expect(resolveCodingKey(keymap, 'f')).toStrictEqual({ kind: 'flag' });
    expect(resolveCodingKey(keymap, '4')).toBeUndefined();
    expect(resolveCodingKey(keymap, 'x')).toBeUndefined();
    expect(resolveCodingKey(keymap, 'Enter')).toBeUndefined();
  });

  it('gives no key to retired codes and keeps the loop keys when a shortcut clashes', () => {
    const keymap = buildCodingKeymap(withShortcuts({ 5: 'b', 6: 'd', 2: 'm' }));

    expect(resolveCodingKey(keymap, 'b')).toBeUndefined();
    expect(resolveCodingKey(keymap, 'd')).toStrictEqual({ kind: 'done' });
    expect(resolveCodingKey(keymap, 'm')).toStrictEqual({
      kind: 'toggle',
      codeId: codeId(2),
    });
  });
});

function withShortcuts(shortcuts: Record<number, string>): Codebook {
  const codebook = sampleCodebook();
  return {
    ...codebook,
    codes: codebook.codes.map((code) => {
      const n = Number(code.id.slice(-12));
      return { ...code, shortcut: shortcuts[n] ?? null };
    }),
  };
}

function manyCodes(count: number): Codebook {
  const base = sampleCodebook();
  const template = base.codes[5]!;
  const codes = Array.from({ length: count }, (_, index) => ({
    ...template,
    id: codeId(101 + index),
    name: `C${index + 1}`,
    order: index,
  }));
  return { ...base, codes, aliases: {} };
}
