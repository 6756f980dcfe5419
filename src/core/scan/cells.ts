import type { Problem } from '../model/problem';
import type { Column } from '../model/scan';
import {
  cellWhitespaceProblem,
  controlCharacterProblem,
  mojibakeProblem,
  replacementCharacterProblem,
} from './problems';

/**
 * Reports values kept as they are but worth a look: columns whose values
 * start or end with whitespace, every cell with text damaged before the
 * file reached Podscan (U+FFFD, or UTF-8 once read as Windows-1252, such
 * as "Ã©" for "é"), and every cell holding a control character such as
 * NUL. Whitespace and garbled text are looked for in an even sample of at
 * most 2,000 rows (every row of smaller files): a full search would cost
 * a fifth of the parse; so are control characters other than NUL. U+FFFD
 * and NUL are searched for in the whole text. When any of these shows,
 * every cell is checked.
 */
export function checkCells(
  text: string,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): Problem[] {
  const sample = checkSample(columns.length, rows);
  const problems = columns.flatMap((column, c) => {
    const firstRow = sample.firstWhitespaceRows[c] ?? 0;
    return firstRow === 0 ? [] : [cellWhitespaceProblem(column.key, firstRow)];
  });
  const hasReplacement = text.includes('\uFFFD');
  // A whole-text search for every control character would cost a third
  // of the parse; NUL, the likeliest, is found by a fast native search.
  const hasControl = sample.hasControl || text.includes('\0');
  if (!hasReplacement && !hasControl && !sample.hasMojibake) return problems;

  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] ?? '';
      const key = columns[c]?.key ?? '';
      if (hasReplacement && cell.includes('\uFFFD')) {
        problems.push(replacementCharacterProblem(index + 1, key));
      }
      const garbled = sample.hasMojibake ? MOJIBAKE.exec(cell) : null;
      if (garbled) problems.push(mojibakeProblem(index + 1, key, garbled[0]));
      const control = hasControl ? CONTROL.exec(cell) : null;
      if (control) {
        problems.push(controlCharacterProblem(index + 1, key, control[0]));
      }
    }
  }
  return problems;
}

/**
 * What UTF-8 looks like once decoded as Windows-1252: the lead byte of a
 * two-byte sequence (Â–ß, e.g. "Ã") followed by one continuation byte, or
 * of a three-byte sequence (à–ï, e.g. "â", "ï") followed by two;
 * continuation bytes show as U+0080–U+00BF or as the Windows-1252 signs
 * of 0x80–0x9F (€, ™, …). So "é" becomes "Ã©", "’" becomes "â€™" and
 * U+FFFD becomes "ï¿½". Rare in real words of any language.
 */
const CONTINUATION =
  '[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192' +
  '\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030' +
  '\\u2039\\u203a\\u20ac\\u2122]';
const MOJIBAKE = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}`,
);

/**
 * Control characters a cell should not hold: all below U+0020 but TAB,
 * LF and CR, which quoted cells may hold, and DEL.
 */
// eslint-disable-next-line no-control-regex -- control characters are sought
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/;

const SAMPLE_ROWS = 2000;

/**
 * Per column, the first sampled row with edge whitespace (0 = none), and
 * whether any sampled cell is garbled or holds a control character.
 */
function checkSample(
  width: number,
  rows: readonly (readonly string[])[],
): {
  readonly firstWhitespaceRows: number[];
  readonly hasMojibake: boolean;
  readonly hasControl: boolean;
} {
  const step = Math.max(1, Math.floor(rows.length / SAMPLE_ROWS));
  const firstWhitespaceRows = new Array<number>(width).fill(0);
  let hasMojibake = false;
  let hasControl = false;
  for (let index = 0; index < rows.length; index += step) {
    const row = rows[index] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] ?? '';
      if (firstWhitespaceRows[c] === 0 && hasEdgeWhitespace(cell)) {
        firstWhitespaceRows[c] = index + 1;
      }
      hasMojibake ||= MOJIBAKE.test(cell);
      hasControl ||= CONTROL.test(cell);
    }
  }
  return { firstWhitespaceRows, hasMojibake, hasControl };
}

function hasEdgeWhitespace(cell: string): boolean {
  const last = cell.length - 1;
  return (
    last >= 0 && (isSpace(cell.charCodeAt(0)) || isSpace(cell.charCodeAt(last)))
  );
}

/** Space, TAB, LF, VT, FF or CR; other control characters are not. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}
