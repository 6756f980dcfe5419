import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mayContain,
  SIGNATURE_WORDS,
  trigramMask,
  writeSignature,
} from '../../../../src/core/search/trigrams';

function signatureOf(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_WORDS);
  writeSignature(text, signature, 0);
  return signature;
}

/** Letters, digits, punctuation, accents, Greek, CJK and an emoji. */
const unit = fc.constantFrom(...'abcdeyzm09 -;.\u0001éÉßΣσς漢字', '😀');
const text = fc.string({ unit, minLength: 0, maxLength: 60 });

describe('trigram signatures', () => {
  it('never rule out a text that holds the terms', () => {
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (value, start, length, other) => {
          const from = start % (value.length + 1);
          const term = value.slice(from, from + (length % 12));
          const second = value.slice(other % (value.length + 1));
          const signature = signatureOf(value);

          expect(mayContain(signature, 0, trigramMask([term, second]))).toBe(
            true,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rule out texts that lack a run of three characters of a term', () => {
    const signature = signatureOf('harbor city ymca learning hub\u0001tulsa');
    const absent = ['zebra', 'quartz', 'jukebox', 'wxyz', 'ymcb', 'tulsb'];

    const kept = absent.filter((term) =>
      mayContain(signature, 0, trigramMask([term])),
    );

    expect(kept).toEqual([]);
    expect(mayContain(signature, 0, trigramMask(['ymca', 'tulsa']))).toBe(true);
    expect(mayContain(signature, 0, trigramMask(['ymca', 'zebra']))).toBe(
      false,
    );
  });

  it('need no bits for terms shorter than three characters', () => {
    expect(trigramMask(['a', 'zz', ''])).toEqual({ words: [], bits: [] });
    expect(mayContain(signatureOf(''), 0, trigramMask(['zz']))).toBe(true);
  });

  it('write each signature at its own offset in a shared array', () => {
    const signatures = new Uint32Array(SIGNATURE_WORDS * 2);
    writeSignature('first museum', signatures, 0);
    writeSignature('second camp', signatures, SIGNATURE_WORDS);
    const museum = trigramMask(['museum']);
    const camp = trigramMask(['camp']);

    expect(mayContain(signatures, 0, museum)).toBe(true);
    expect(mayContain(signatures, 0, camp)).toBe(false);
    expect(mayContain(signatures, SIGNATURE_WORDS, camp)).toBe(true);
    expect(mayContain(signatures, SIGNATURE_WORDS, museum)).toBe(false);
  });

  it('set few bits for a record-sized text: most terms are ruled out', () => {
    // About 900 characters: the size of one record of a full scan.
    const words = Array.from({ length: 150 }, (_, index) =>
      (index * 7919).toString(36),
    );
    const signature = signatureOf(words.join(' '));
    let set = 0;
    for (const word of signature) {
      for (let bits = word; bits !== 0; bits &= bits - 1) set += 1;
    }

    expect(set / (SIGNATURE_WORDS * 32)).toBeLessThan(0.35);
  });
});
