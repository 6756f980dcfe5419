import { listApplicableCodes, RESERVED_SHORTCUTS } from '../codebook';
import type { Code, Codebook } from '../codebook';
import type { CodeId } from '../model/ids';

/** What a key does in the coding loop. */
export type CodingKeyAction =
  | { readonly kind: 'toggle'; readonly codeId: CodeId }
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'done' }
  | { readonly kind: 'flag' };

/** Keys 1–9 toggle the first nine codes a coder may apply. */
export const NUMBERED_CODE_COUNT = 9;

/**
 * The codes keys 1–9 toggle: the first nine applicable codes (codable,
 * not retired) in tree order, so the numbers follow the panel's tree.
 */
export function listNumberedCodes(codebook: Codebook): Code[] {
  return listApplicableCodes(codebook).slice(0, NUMBERED_CODE_COUNT);
}

/**
 * Every key of the coding loop and what it does, built once per codebook
 * version so a key press is one lookup. Keys are lower-case single
 * characters. The loop's own keys (J, K, D, F, 1–9) win over a code
 * shortcut that clashes with them (a codebook from elsewhere may have
 * one); grouping and retired codes get no key.
 */
export function buildCodingKeymap(
  codebook: Codebook,
): ReadonlyMap<string, CodingKeyAction> {
  const keymap = new Map<string, CodingKeyAction>();
  for (const code of listApplicableCodes(codebook)) {
    const key = code.shortcut?.toLowerCase();
    if (key === undefined || key.length !== 1) continue;
    if (RESERVED_SHORTCUTS.includes(key) || keymap.has(key)) continue;

    keymap.set(key, { kind: 'toggle', codeId: code.id });
  }
  listNumberedCodes(codebook).forEach((code, index) => {
    keymap.set(String(index + 1), { kind: 'toggle', codeId: code.id });
  });
  keymap.set('j', { kind: 'next' });
  keymap.set('k', { kind: 'previous' });
  keymap.set('d', { kind: 'done' });
  keymap.set('f', { kind: 'flag' });
  return keymap;
}

/** What pressing `key` does, or undefined (keys compare lower-case). */
export function resolveCodingKey(
  keymap: ReadonlyMap<string, CodingKeyAction>,
  key: string,
): CodingKeyAction | undefined {
  return key.length === 1 ? keymap.get(key.toLowerCase()) : undefined;
}
