import { describe, expect, it } from 'vitest';
import { normalizeNfc } from '../../../../src/core/search/nfc';

describe('NFC normalisation', () => {
  it('composes Latin and Greek accents and Hangul jamo', () => {
    expect(normalizeNfc('Me\u0301xico')).toBe('M\u00e9xico');
    expect(normalizeNfc('Ze\u0300bre Zu\u0308rich')).toBe(
      'Z\u00e8bre Z\u00fcrich',
    );
    expect(normalizeNfc('\u03bf\u03b4\u03bf\u0301\u03c2')).toBe(
      '\u03bf\u03b4\u03cc\u03c2',
    );
    expect(normalizeNfc('\u1112\u1161\u11ab')).toBe('\ud55c');
  });

  it('returns text already in NFC as it is', () => {
    const texts = [
      'Harbor Hub',
      'Caf\u00e9 \u00c5sa',
      '\u01c4ur',
      '漢字 😀',
      '',
    ];

    expect(texts.map(normalizeNfc)).toEqual(texts);
  });

  it('agrees with String.prototype.normalize around the cheap range', () => {
    const texts = ['a\u02ff\u0300', 'e\u0301', '\u212b', 'A\u030a', '\u00c5'];

    expect(texts.map(normalizeNfc)).toEqual(
      texts.map((text) => text.normalize('NFC')),
    );
  });
});
