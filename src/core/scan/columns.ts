import type { Problem } from '../model/problem';
import { asColumnKey, type ColumnKey } from '../model/ids';
import {
  duplicateHeaderProblem,
  emptyHeaderProblem,
  headerWhitespaceProblem,
} from './problems';

/** A header cell turned into a column key. */
export type HeaderColumn = {
  readonly key: ColumnKey;
  readonly label: string;
};

/**
 * Gives every header cell a unique, safe key and keeps its label as is.
 * Keys are ASCII snake_case (`Site Name` → `site_name`), start with a
 * letter (`2020 status` → `col_2020_status`) and are at most 64
 * characters. An empty header becomes `column_N` (N = its position). A
 * repeated key gets the first free `_2`, `_3`, … suffix that no other
 * column of the file uses. Keys never start with `_`, so they never clash
 * with the overflow column `_overflow`.
 */
export function normaliseHeader(header: readonly string[]): {
  readonly columns: readonly HeaderColumn[];
  readonly problems: readonly Problem[];
} {
  const bases = header.map(
    (label, index) => toColumnKey(label) ?? `column_${index + 1}`,
  );
  const taken = new Set(bases);
  const firstByBase = new Map<string, number>();
  const problems: Problem[] = [];

  const columns = header.map((label, index) => {
    const base = bases[index] ?? '';
    const first = firstByBase.get(base);
    const key = first === undefined ? base : nextFreeKey(base, taken);
    if (first === undefined) firstByBase.set(base, index);
    taken.add(key);

    const position = index + 1;
    if (label.trim() === '') {
      problems.push(emptyHeaderProblem(position, key));
    } else if (first !== undefined) {
      const firstLabel = header[first] ?? '';
      problems.push(
        duplicateHeaderProblem(
          { position, label },
          { position: first + 1, label: firstLabel },
          key,
        ),
      );
    }
    if (label !== label.trim() && label.trim() !== '') {
      problems.push(headerWhitespaceProblem(position, label, key));
    }
    return { key: asColumnKey(key), label };
  });

  return { columns, problems };
}

/**
 * The snake_case ASCII form of a label, or null when nothing of it is
 * left: accents are dropped (`Écoles` → `ecoles`), letters with no ASCII
 * decomposition are spelled out where common (`ß` → `ss`), anything else
 * becomes an underscore.
 */
export function toColumnKey(label: string): string | null {
  const folded = label
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTERS, (letter) => LETTER_SPELLINGS[letter] ?? '')
    .toLowerCase()
    .replace(NON_KEY_CHARACTERS, '_')
    .replace(EDGE_UNDERSCORES, '');
  if (folded === '') return null;

  const prefixed = /^[a-z]/.test(folded) ? folded : `col_${folded}`;
  return prefixed.length <= MAX_KEY_LENGTH
    ? prefixed
    : prefixed.slice(0, MAX_KEY_LENGTH).replace(EDGE_UNDERSCORES, '');
}

const MAX_KEY_LENGTH = 64;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_KEY_CHARACTERS = /[^a-z0-9]+/g;
const EDGE_UNDERSCORES = /^_+|_+$/g;
const SPECIAL_LETTERS = /[ßæÆøØœŒłŁđĐþÞðÐı]/g;
const LETTER_SPELLINGS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
  Ð: 'd',
  ı: 'i',
};

function nextFreeKey(base: string, taken: ReadonlySet<string>): string {
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}_${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
