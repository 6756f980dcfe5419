import type { CodeId } from '../model/ids';
import { codebookNote } from './change';
import { checkShortcut, normaliseColor } from './fields';
import type { CodebookProblem } from './types';

/**
 * The name, composed (NFC) so it matches what users type; a placeholder
 * when empty. Repairs are reported in `fixes`, as by every reader here.
 */
export function readName(
  raw: string | undefined,
  kind: 'code' | 'set',
  index: number,
  fixes: CodebookProblem[],
): string {
  const name = (raw ?? '').normalize('NFC');
  if (name.trim() === '') {
    const fallback = `Unnamed ${kind} ${index + 1}`;
    fixes.push(
      codebookNote(
        'QDC_NAME_MISSING',
        `A ${kind} had no name; it is now called "${fallback}".`,
        'warning',
      ),
    );
    return fallback;
  }
  if (name !== raw) {
    fixes.push(
      codebookNote(
        'QDC_NAME_NORMALISED',
        `The name "${name}" was stored with decomposed accents; it now uses ` +
          'composed characters so it matches when typed.',
        'info',
      ),
    );
  }
  return name;
}

/** `isCodable` as written; missing or unreadable means codable. */
export function readIsCodable(
  raw: string | undefined,
  label: string,
  id: CodeId,
  fixes: CodebookProblem[],
): boolean {
  const value = raw?.trim().toLowerCase();
  if (value === 'true' || value === '1') return true;

  if (value === 'false' || value === '0') return false;

  const isMissing = value === undefined;
  fixes.push(
    codebookNote(
      isMissing ? 'QDC_IS_CODABLE_MISSING' : 'QDC_IS_CODABLE_INVALID',
      isMissing
        ? `${label} had no isCodable attribute; it was taken as codable.`
        : `${label}: isCodable="${raw}" is not true or false; it was taken ` +
            'as codable.',
      'warning',
      id,
      'isCodable',
    ),
  );
  return true;
}

/** `#RRGGBB`, expanding `#RGB`; null when missing or not a colour. */
export function readColor(
  raw: string | undefined,
  label: string,
  id: CodeId,
  fixes: CodebookProblem[],
): string | null {
  if (raw === undefined || raw.trim() === '') return null;

  const color = normaliseColor(raw);
  if (color === null) {
    fixes.push(
      codebookNote(
        'QDC_COLOR_INVALID',
        `${label}: "${raw}" is not a #RRGGBB colour; a palette colour was ` +
          'used instead.',
        'warning',
        id,
        'color',
      ),
    );
  } else if (/^#[0-9a-f]{3}$/i.test(raw.trim())) {
    fixes.push(
      codebookNote(
        'QDC_COLOR_EXPANDED',
        `${label}: colour ${raw} was written out as ${color}.`,
        'info',
        id,
        'color',
      ),
    );
  }
  return color;
}

/** A free, unreserved one-key shortcut, or null (dropping others). */
export function readShortcut(
  raw: string | null,
  label: string,
  id: CodeId,
  taken: Set<string>,
  fixes: CodebookProblem[],
): string | null {
  const check = checkShortcut(raw);
  const key = check.ok ? check.key : null;
  if (key !== null && !taken.has(key)) {
    taken.add(key);
    return key;
  }
  if (raw !== null && raw !== '') {
    const why = !check.ok
      ? check.reason === 'reserved'
        ? 'is used by the coding loop'
        : 'is not a single key'
      : 'already belongs to another code';
    fixes.push(
      codebookNote(
        'QDC_SHORTCUT_DROPPED',
        `${label}: shortcut "${raw}" ${why}; it was dropped.`,
        'warning',
        id,
        'shortcut',
      ),
    );
  }
  return null;
}
