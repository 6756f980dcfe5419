import { RESERVED_SHORTCUTS } from './types';

const GUID_PATTERN =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const BRACED_GUID_PATTERN = /^\{([0-9a-fA-F-]{36})\}$/;

/**
 * Distinct, readable colours for codes that arrive without one. The order
 * is fixed so that imports assign colours deterministically.
 */
export const DEFAULT_PALETTE: readonly string[] = [
  '#1F77B4',
  '#FF7F0E',
  '#2CA02C',
  '#D62728',
  '#9467BD',
  '#8C564B',
  '#E377C2',
  '#7F7F7F',
  '#BCBD22',
  '#17BECF',
  '#393B79',
  '#637939',
  '#8C6D31',
  '#843C39',
  '#7B4173',
  '#3182BD',
  '#E6550D',
  '#31A354',
  '#756BB1',
  '#636363',
];

/** True for `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hex, any case. */
export function isGuid(value: string): boolean {
  return GUID_PATTERN.test(value);
}

/** The GUID inside `{…}`, or null when `value` is not a braced GUID. */
export function unbraceGuid(value: string): string | null {
  const match = BRACED_GUID_PATTERN.exec(value);
  return match?.[1] !== undefined && isGuid(match[1]) ? match[1] : null;
}

/**
 * How a GUID is matched whatever its spelling: without surrounding space
 * or braces, in lower case. GUIDs are stored as written, so a reference
 * in another letter case must be matched by this key, not compared.
 */
export function toGuidKey(written: string): string {
  return written
    .trim()
    .replace(/^\{(.*)\}$/, '$1')
    .toLowerCase();
}

/**
 * `#RRGGBB` in upper case from `#RRGGBB` or `#RGB` in any case; null when
 * the value is not a hex colour.
 */
export function normaliseColor(value: string): string | null {
  const text = value.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(text)) return text.toUpperCase();

  if (/^#[0-9a-fA-F]{3}$/.test(text)) {
    const [r, g, b] = [text[1], text[2], text[3]];
    return `#${r}${r}${g}${g}${b}${b}`.toUpperCase();
  }
  return null;
}

/** True for a colour already in the stored form. */
export function isStoredColor(value: string): boolean {
  return /^#[0-9A-F]{6}$/.test(value);
}

/** The first palette colour no code uses yet, cycling when all are used. */
export function pickPaletteColor(used: readonly string[]): string {
  const taken = new Set(used);
  const free = DEFAULT_PALETTE.find((color) => !taken.has(color));
  return free ?? DEFAULT_PALETTE[used.length % DEFAULT_PALETTE.length]!;
}

export type ShortcutCheck =
  | { readonly ok: true; readonly key: string | null }
  | { readonly ok: false; readonly reason: 'invalid' | 'reserved' };

/**
 * Normalises a shortcut to one lower-case key. Empty means no shortcut.
 * Refuses anything longer than one character, whitespace and control
 * characters, and the keys the coding loop reserves.
 */
export function checkShortcut(value: string | null): ShortcutCheck {
  if (value === null || value === '') return { ok: true, key: null };

  const key = value.toLowerCase();
  const isSingle = [...key].length === 1;
  if (!isSingle || /[\s\p{C}]/u.test(key)) {
    return { ok: false, reason: 'invalid' };
  }
  if (RESERVED_SHORTCUTS.includes(key)) {
    return { ok: false, reason: 'reserved' };
  }
  return { ok: true, key };
}

/** True when `value` is an acceptable shortcut in its stored form. */
export function isStoredShortcut(value: string): boolean {
  const check = checkShortcut(value);
  return check.ok && check.key === value;
}
