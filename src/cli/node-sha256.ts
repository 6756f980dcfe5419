import * as crypto from 'node:crypto';
import { setSha256 } from '../core/exchange';

/**
 * Makes core hash with Node's native SHA-256 instead of the JavaScript
 * one it carries for the browser: reading a large coded file spends most
 * of its time on the checksum and record hashes. Both encode a lone
 * surrogate as U+FFFD (TextEncoder's rule), so the digests are the same.
 */
export function installNodeSha256(): void {
  setSha256(hashWithNode);
}

/** UTF-16 units from which a text is hashed in pieces. */
const LONG_TEXT = 64 * 1024;

/** Bytes encoded at a time when hashing a long text. */
const PIECE_BYTES = 256 * 1024;

// crypto.hash (Node 20.12+) skips creating a Hash object per text, most
// of the cost of hashing a short record.
const hashShort =
  typeof (crypto as Partial<typeof crypto>).hash === 'function'
    ? (text: string) => crypto.hash('sha256', text, 'hex')
    : (text: string) =>
        crypto.createHash('sha256').update(text, 'utf8').digest('hex');

const encoder = new TextEncoder();
const piece = new Uint8Array(PIECE_BYTES);

function hashWithNode(text: string): string {
  if (text.length < LONG_TEXT) return hashShort(text);

  // A file's checksum covers tens of megabytes: encoding them piece by
  // piece into one buffer is faster than the copy Node makes of a whole
  // string, and needs no memory of that size. encodeInto never splits a
  // surrogate pair, so the pieces join up to the text's UTF-8.
  const hash = crypto.createHash('sha256');
  let rest = text;
  while (rest.length > 0) {
    const { read, written } = encoder.encodeInto(rest, piece);
    hash.update(piece.subarray(0, written));
    rest = rest.slice(read);
  }
  return hash.digest('hex');
}
