/**
 * Trigram signatures: a fixed-size set of bits per text, one bit for each
 * run of three characters in it (hashed, so runs may share a bit). A term
 * can only occur in a text whose signature holds the bits of every run of
 * three in the term, so a search reads the text of few records that lack
 * it. The signature never rules out a text that contains the term.
 */

/** 32-bit words in one signature: 2,048 bits. */
export const SIGNATURE_WORDS = 64;

// The top 11 bits of a 32-bit hash pick one of the 2,048 bits.
const HASH_SHIFT = 32 - Math.log2(SIGNATURE_WORDS * 32);

/**
 * The bits a text must hold to contain every one of `terms`, grouped by
 * word: `words[i]` is a word index, `bits[i]` the bits that word needs.
 * Terms shorter than three characters add nothing.
 */
export type TrigramMask = {
  readonly words: readonly number[];
  readonly bits: readonly number[];
};

/**
 * Writes the signature of `text` into `signatures` from word `offset`
 * (SIGNATURE_WORDS words, which must be zero beforehand).
 */
export function writeSignature(
  text: string,
  signatures: Uint32Array,
  offset: number,
): void {
  let first = 0;
  let second = text.length > 0 ? text.charCodeAt(0) : 0;
  for (let index = 1; index < text.length; index += 1) {
    const third = text.charCodeAt(index);
    if (index >= 2) {
      const bit = trigramBit(first, second, third);
      signatures[offset + (bit >>> 5)]! |= 1 << (bit & 31);
    }
    first = second;
    second = third;
  }
}

/** The mask of the bits a text containing every term must hold. */
export function trigramMask(terms: readonly string[]): TrigramMask {
  const needed = new Map<number, number>();
  for (const term of terms) {
    for (let index = 2; index < term.length; index += 1) {
      const bit = trigramBit(
        term.charCodeAt(index - 2),
        term.charCodeAt(index - 1),
        term.charCodeAt(index),
      );
      const word = bit >>> 5;
      needed.set(word, (needed.get(word) ?? 0) | (1 << (bit & 31)));
    }
  }
  return { words: [...needed.keys()], bits: [...needed.values()] };
}

/**
 * False when the signature at `offset` lacks a bit of `mask`: the text
 * cannot contain every term. True means it may.
 */
export function mayContain(
  signatures: Uint32Array,
  offset: number,
  mask: TrigramMask,
): boolean {
  const { words, bits } = mask;
  for (let index = 0; index < words.length; index += 1) {
    const need = bits[index]!;
    if ((signatures[offset + words[index]!]! & need) !== need) return false;
  }
  return true;
}

function trigramBit(first: number, second: number, third: number): number {
  const mixed =
    Math.imul(first, 0x2c1b3c6d) ^ Math.imul(second, 0x297a2d39) ^ third;
  return Math.imul(mixed, 0x9e3779b1) >>> HASH_SHIFT;
}
