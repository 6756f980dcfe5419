/**
 * `text` in Unicode Normalization Form C, so a decomposed accent ("e" and
 * U+0301) equals the precomposed letter ("é"). Characters below U+0300
 * (ASCII, Latin-1, Latin Extended, IPA) are all in NFC and never combine
 * with the one before them, so text of only those is returned as it is:
 * for most scans that skips the normaliser, which costs several times a
 * lower-casing of the same text.
 */
export function normalizeNfc(text: string): string {
  return MAY_CHANGE.test(text) ? text.normalize('NFC') : text;
}

// Code units, not code points: astral characters are surrogates, in range.
const MAY_CHANGE = /[\u0300-\uffff]/;
