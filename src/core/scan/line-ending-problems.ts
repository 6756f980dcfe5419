import type { Problem } from '../model/problem';
import {
  countLineEndings,
  hasMixedLineBreaks,
  lineNumberAt,
  unifyLineEndings,
  type LineEndingCounts,
  type LineEndingKind,
} from './line-endings';
import { plural, problem } from './problems';
import type { LineEnding } from './types';

/**
 * Checks every line of `text` for line endings other than `used`, the one
 * rows are split at, and writes those outside quoted fields as `used`, so
 * every line ends a row, as a spreadsheet reads it. `linesBefore` counts
 * lines already taken off the file (a `sep=` line), so line numbers match
 * the file. Gives the text to split and a warning with the count of each
 * kind and the first line of each other kind, or the text as it was and
 * null when every line ends the same way.
 */
export function unifyMixedLineEndings(
  text: string,
  delimiter: string,
  used: LineEnding,
  linesBefore: number,
): { readonly text: string; readonly problem: Problem | null } {
  const unchanged = { text, problem: null };
  if (!hasMixedLineBreaks(text)) return unchanged;

  const { counts, firstAt } = countLineEndings(text, delimiter);
  const found = LINE_ENDING_KINDS.filter((kind) => counts[kind.key] > 0);
  if (found.length < 2) return unchanged;

  const usedKind = LINE_ENDING_KINDS.find((kind) => kind.value === used)!;
  const others = found
    .filter((kind) => kind !== usedKind)
    .map((kind) => ({
      kind,
      line: linesBefore + lineNumberAt(text, firstAt[kind.key]),
    }));
  return {
    text: unifyLineEndings(text, delimiter, used),
    problem: mixedLineEndingsProblem(counts, usedKind, others),
  };
}

/**
 * "The file mixes line endings: 3 lines end in CRLF (Windows), 2 in LF
 * (Unix, macOS). Each of them ends a row, as in a spreadsheet (first LF:
 * line 3 of the file); …"
 */
function mixedLineEndingsProblem(
  counts: LineEndingCounts,
  used: LineEndingName,
  others: readonly { readonly kind: LineEndingName; readonly line: number }[],
): Problem {
  const listed = [used, ...others.map((other) => other.kind)].filter(
    (kind) => counts[kind.key] > 0,
  );
  const found = listed
    .map((kind, index) => {
      const count = counts[kind.key];
      const verb = index === 0 ? plural(count, ' line ends', ' lines end') : '';
      return `${count}${verb} in ${kind.name}`;
    })
    .join(', ');
  const firsts = others
    .map(
      ({ kind, line }, index) =>
        `first ${kind.short}: line ${line}${index === 0 ? ' of the file' : ''}`,
    )
    .join(', ');

  return problem(
    'CSV_MIXED_LINE_ENDINGS',
    'warning',
    null,
    null,
    `The file mixes line endings: ${found}. Each of them ends a row, as ` +
      `in a spreadsheet (${firsts}); line breaks inside quoted ` +
      'cells stay in their cells. If rows around those lines look wrong, ' +
      'save the file again with one kind of line ending and import it ' +
      'again.',
  );
}

const LINE_ENDING_KINDS: readonly LineEndingName[] = [
  { key: 'crlf', value: '\r\n', name: 'CRLF (Windows)', short: 'CRLF' },
  { key: 'lf', value: '\n', name: 'LF (Unix, macOS)', short: 'LF' },
  { key: 'cr', value: '\r', name: 'CR (old Mac)', short: 'CR' },
];

type LineEndingName = {
  readonly key: LineEndingKind;
  readonly value: LineEnding;
  /** As counts name it, with the systems that write it. */
  readonly name: string;
  readonly short: string;
};
