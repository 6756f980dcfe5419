import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** A value that JSON can carry. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * The canonical JSON text of `value` (RFC 8785, JSON Canonicalization
 * Scheme): no whitespace, object members sorted by the UTF-16 code units
 * of their names, strings and numbers written as ECMAScript's
 * JSON.stringify writes them. Members whose value is `undefined` are left
 * out, as JSON.stringify does. Checksums and content hashes are taken over
 * this text, so key order and indentation in a file never matter.
 */
export function canonicalJson(value: unknown): string {
  return writeCanonical(value);
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** A record's content hash: SHA-256 of its fields' canonical JSON. */
export function hashRecordFields(
  fields: Readonly<Record<string, string>>,
): string {
  return sha256Hex(canonicalJson(fields));
}

/**
 * A GUID derived from `parts`, the same on every machine: the first 128
 * bits of SHA-256 over the parts joined by U+001F, laid out as an RFC 9562
 * version 8 (custom) UUID. Used where a format needs a GUID for something
 * Podscan identifies by name or key (a REFI-QDA source, a packed coder).
 */
export function deriveGuid(...parts: readonly string[]): string {
  const hex = sha256Hex(parts.join('\u001f')).slice(0, 32);
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

// Builds the text by concatenation (V8 joins such strings cheaply); the
// hot case is a record's fields, a flat object of strings.
function writeCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return writeScalar(value);

  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      // JSON.stringify writes null for a missing array element.
      text += `${index > 0 ? ',' : ''}${writeCanonical(item ?? null)}`;
    }
    return `${text}]`;
  }
  const object = value as Readonly<Record<string, unknown>>;
  const keys = Object.keys(object).sort();
  let text = '{';
  for (const key of keys) {
    const member = object[key];
    if (member === undefined) continue;

    const written =
      typeof member === 'string'
        ? JSON.stringify(member)
        : writeCanonical(member);
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${written}`;
  }
  return `${text}}`;
}

function writeScalar(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error('canonical JSON cannot hold NaN or an infinite number');
  }
  const text = JSON.stringify(value);
  if (text === undefined) {
    throw new Error(`canonical JSON cannot hold a ${typeof value}`);
  }
  return text;
}
