import type { LineEnding } from './types';

export type LineEndingKind = 'crlf' | 'lf' | 'cr';

/** A number for each kind of line ending. */
export type LineEndingCounts = Readonly<Record<LineEndingKind, number>>;

/** The line breaks that end lines of a text, by kind. */
export type LineEndingTally = {
  readonly counts: LineEndingCounts;
  /** Index in the text of each kind's first line break; -1 for none. */
  readonly firstAt: LineEndingCounts;
};

/**
 * Whether the text has line breaks of more than one kind anywhere, quoted
 * or not. When it has not, every line ends the same way, so the slower
 * count outside quotes (countLineEndings) can be skipped.
 */
export function hasMixedLineBreaks(text: string): boolean {
  const firstCr = text.indexOf('\r');
  const firstLf = text.indexOf('\n');
  if (firstCr === -1 || firstLf === -1) return false;

  for (let cr = firstCr; cr !== -1; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== LF) return true;
  }
  for (let lf = firstLf; lf !== -1; lf = text.indexOf('\n', lf + 1)) {
    if (text.charCodeAt(lf - 1) !== CR) return true;
  }
  return false;
}

/**
 * Counts the line breaks outside quoted fields: those inside quotes are
 * data, not line ends. As in PapaParse, a quote opens a quoted field only
 * as a field's first character, after one of `delimiters`, a line break
 * or the start of the text; elsewhere it is text. In a quoted field `""`
 * is a quote and any other quote closes the field. Jumps between quotes
 * and line breaks with indexOf (a fast native search), as a whole file is
 * counted on every import.
 */
export function countLineEndings(
  text: string,
  delimiters: string,
): LineEndingTally {
  const counts = { crlf: 0, lf: 0, cr: 0 };
  const firstAt = { crlf: -1, lf: -1, cr: -1 };
  visitLineEndings(text, delimiters, (index, kind) => {
    counts[kind]++;
    if (firstAt[kind] === -1) firstAt[kind] = index;
  });
  return { counts, firstAt };
}

/**
 * The text with every line break outside quoted fields (as
 * countLineEndings finds them) written as `lineEnding`, so rows split at
 * it end wherever a line ends; line breaks inside quotes are data and
 * stay as they are.
 */
export function unifyLineEndings(
  text: string,
  delimiters: string,
  lineEnding: LineEnding,
): string {
  const pieces: string[] = [];
  let from = 0;
  visitLineEndings(text, delimiters, (index, kind) => {
    pieces.push(text.slice(from, index), lineEnding);
    from = index + (kind === 'crlf' ? 2 : 1);
  });
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** Calls `visit` with the index and kind of each line break outside quotes. */
function visitLineEndings(
  text: string,
  delimiters: string,
  visit: (index: number, kind: LineEndingKind) => void,
): void {
  const next = {
    quote: text.indexOf('"'),
    lf: text.indexOf('\n'),
    cr: text.indexOf('\r'),
  };
  let from = 0;
  for (;;) {
    seekFrom(text, next, from);
    const lineBreak = firstOf(next.lf, next.cr);
    if (next.quote !== -1 && (lineBreak === -1 || next.quote < lineBreak)) {
      from = skipQuote(text, next.quote, delimiters);
      if (from === -1) break;
      continue;
    }
    if (lineBreak === -1) break;

    const kind = kindAt(text, lineBreak);
    visit(lineBreak, kind);
    from = lineBreak + (kind === 'crlf' ? 2 : 1);
  }
}

/**
 * The line ending used most often (see countLineEndings); "\n" when
 * there are none.
 */
export function pickLineEnding(counts: LineEndingCounts): LineEnding {
  const { crlf, lf, cr } = counts;
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  return cr > lf ? '\r' : '\n';
}

/**
 * The 1-based line of the text that `index` is on, as a text editor
 * numbers lines: CRLF, LF and CR each end one, quoted or not.
 */
export function lineNumberAt(text: string, index: number): number {
  let line = 1;
  let lf = text.indexOf('\n');
  while (lf !== -1 && lf < index) {
    line++;
    lf = text.indexOf('\n', lf + 1);
  }
  let cr = text.indexOf('\r');
  while (cr !== -1 && cr < index) {
    if (text.charCodeAt(cr + 1) !== LF) line++;
    cr = text.indexOf('\r', cr + 1);
  }
  return line;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Moves every index in `next` that lies before `from` to the next such
 * character. An index of -1 stays: nothing is left to find.
 */
function seekFrom(text: string, next: NextIndexes, from: number): void {
  if (next.quote !== -1 && next.quote < from) {
    next.quote = text.indexOf('"', from);
  }
  if (next.lf !== -1 && next.lf < from) next.lf = text.indexOf('\n', from);
  if (next.cr !== -1 && next.cr < from) next.cr = text.indexOf('\r', from);
}

/** The smaller index, where -1 means none. */
function firstOf(a: number, b: number): number {
  if (a === -1) return b;
  return b === -1 || a < b ? a : b;
}

/**
 * Where counting goes on after the quote at `index`: past the quoted
 * field it opens, and past any quoted fields right after that one (as in
 * `"a","b"`); past the quote alone when it is text; -1 when a field never
 * closes.
 */
function skipQuote(text: string, index: number, delimiters: string): number {
  if (!isFieldStart(text, index, delimiters)) return index + 1;

  let open = index;
  for (;;) {
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) {
      close = text.indexOf('"', close + 2);
    }
    if (close === -1) return -1;

    const isNextQuoted =
      text.charCodeAt(close + 2) === QUOTE &&
      isDelimiterAt(text, close + 1, delimiters);
    if (!isNextQuoted) return close + 1;
    open = close + 2;
  }
}

function isFieldStart(
  text: string,
  index: number,
  delimiters: string,
): boolean {
  if (index === 0) return true;

  const before = text.charCodeAt(index - 1);
  return (
    before === LF || before === CR || isDelimiterAt(text, index - 1, delimiters)
  );
}

/** Compares char codes: faster than a string search, per quoted field. */
function isDelimiterAt(
  text: string,
  index: number,
  delimiters: string,
): boolean {
  const code = text.charCodeAt(index);
  for (let i = 0; i < delimiters.length; i++) {
    if (delimiters.charCodeAt(i) === code) return true;
  }
  return false;
}

function kindAt(text: string, index: number): LineEndingKind {
  if (text.charCodeAt(index) === LF) return 'lf';
  return text.charCodeAt(index + 1) === LF ? 'crlf' : 'cr';
}

/** Next index of each character at or after a point; -1 for none left. */
type NextIndexes = { quote: number; lf: number; cr: number };
