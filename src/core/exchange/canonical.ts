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
 *
 * `known` holds canonical texts already computed for objects inside
 * `value` (by identity); they are used as they are, not written again.
 */
export function canonicalJson(
  value: unknown,
  known?: ReadonlyMap<object, string>,
): string {
  return writeCanonical(value, known);
}

/**
 * A synchronous SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex
 * digits; a lone surrogate is encoded as U+FFFD, as TextEncoder does.
 */
export type Sha256Text = (text: string) => string;

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits. */
export function sha256Hex(text: string): string {
  return sha256Text(text);
}

/**
 * Makes sha256Hex, and so every checksum, content hash and derived GUID,
 * use `hash`; `null` restores the default, SHA-256 in JavaScript
 * (@noble/hashes), which runs wherever core runs. For Node entry points:
 * core cannot import node:crypto, whose native SHA-256 is several times
 * faster (src/cli/node-sha256.ts installs it). `hash` must return what
 * the default returns for every text, lone surrogates included.
 */
export function setSha256(hash: Sha256Text | null): void {
  sha256Text = hash ?? hashInJavaScript;
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

let sha256Text: Sha256Text = hashInJavaScript;

function hashInJavaScript(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

// Hands whole objects of scalars and arrays of scalars to the native
// JSON.stringify, which writes them as JCS does once an object's names
// come sorted (a replacer list fixes the order) and, unlike
// concatenation, gives a flat string that is cheap to hash; calling it
// once per scalar was the cost of reading a large coded file. Other
// values are joined by concatenation.
function writeCanonical(
  value: unknown,
  known: ReadonlyMap<object, string> | undefined,
): string {
  if (value === null || typeof value !== 'object') return writeScalar(value);

  const written = known?.get(value);
  if (written !== undefined) return written;

  return Array.isArray(value)
    ? writeArray(value, known)
    : writeObject(value as Readonly<Record<string, unknown>>, known);
}

function writeArray(
  items: readonly unknown[],
  known: ReadonlyMap<object, string> | undefined,
): string {
  // JSON.stringify writes null for a missing or undefined element too.
  if (items.every(isPlainScalar)) return JSON.stringify(items);

  const flat = writeFlatObjects(items, known);
  if (flat !== null) return flat;

  let text = '[';
  for (let index = 0; index < items.length; index += 1) {
    const item: unknown = items[index];
    text += `${index > 0 ? ',' : ''}${writeCanonical(item ?? null, known)}`;
  }
  return `${text}]`;
}

/**
 * An array whose every item is a flat object (see writeObject) that
 * `known` does not hold, such as a coder's codings, in one native
 * JSON.stringify: each item is copied with its members in sorted order,
 * which the copy keeps, so no replacer list (much slower) is needed.
 * Null when an item is anything else, or has a name an object would not
 * keep in the order it was added: an array index, which comes first,
 * or `__proto__`, which sets the prototype instead.
 */
function writeFlatObjects(
  items: readonly unknown[],
  known: ReadonlyMap<object, string> | undefined,
): string | null {
  const copies: Record<string, unknown>[] = [];
  for (const item of items) {
    if (!isCopyableObject(item) || known?.has(item)) return null;

    const { sorted, isCopyable } = namesOf(item);
    if (!isCopyable || !sorted.every((name) => isPlainLeaf(item[name]))) {
      return null;
    }
    const copy: Record<string, unknown> = {};
    for (const name of sorted) copy[name] = item[name];
    copies.push(copy);
  }
  return JSON.stringify(copies);
}

function isCopyableObject(
  value: unknown,
): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

function writeObject(
  object: Readonly<Record<string, unknown>>,
  known: ReadonlyMap<object, string> | undefined,
): string {
  const { sorted, quoted } = namesOf(object);
  // A toJSON method would make JSON.stringify write something else.
  const isFlat =
    typeof object.toJSON !== 'function' &&
    sorted.every((name) => isPlainLeaf(object[name]));
  if (isFlat) return JSON.stringify(object, sorted as string[]);

  let text = '{';
  for (let index = 0; index < sorted.length; index += 1) {
    const member = object[sorted[index]!];
    if (member === undefined) continue;

    const written = writeCanonical(member, known);
    text += `${text.length > 1 ? ',' : ''}${quoted[index]!}:${written}`;
  }
  return `${text}}`;
}

// Records, codings and other items of a file share their member names,
// so those of the last few kinds of object are kept sorted and quoted.
const SHAPES = 4;
const shapes: Names[] = [];
let nextShape = 0;

function namesOf(object: object): Names {
  const names = Object.keys(object);
  for (const shape of shapes) {
    if (isSameList(names, shape.names)) return shape;
  }
  const sorted = [...names].sort();
  const quoted = sorted.map((name) => JSON.stringify(name));
  const isCopyable = !sorted.some(
    (name) => name === '__proto__' || ARRAY_INDEX.test(name),
  );
  const shape = { names, sorted, quoted, isCopyable };
  shapes[nextShape] = shape;
  nextShape = (nextShape + 1) % SHAPES;
  return shape;
}

function isSameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;

  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index]) return false;
  }
  return true;
}

/** A scalar, or an array of scalars: no object inside to sort. */
function isPlainLeaf(value: unknown): boolean {
  return Array.isArray(value)
    ? value.every(isPlainScalar)
    : isPlainScalar(value);
}

/** A value JSON.stringify writes exactly as canonical JSON would. */
function isPlainScalar(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return true;
    case 'number':
      return Number.isFinite(value);
    default:
      return value === null;
  }
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

type Names = {
  readonly names: readonly string[];
  /** `names` sorted by UTF-16 code units. */
  readonly sorted: readonly string[];
  /** `sorted`, each written as a JSON string. */
  readonly quoted: readonly string[];
  /** A copy made by adding the members in sorted order keeps that order. */
  readonly isCopyable: boolean;
};

/** Names that objects keep first, in numeric order, whenever added. */
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
