import type { Problem } from '../model/problem';
import {
  countLineEndings,
  hasMixedLineBreaks,
  lineNumberAt,
  type LineEndingCounts,
  type LineEndingKind,
} from './line-endings';
import { plural, problem } from './problems';
import type { LineEnding } from './types';

/**
 * Checks every line of `text` for line endings other than `used`, the one
 * rows are split at. `linesBefore` counts lines already taken off the
 * file (a `sep=` line), so line numbers match the file. Returns a warning
 * with the count of each kind and the first line of each other kind, or
 * null when every line ends the same way.
 */
export function checkLineEndings(
  text: string,
  delimiter: string,
  used: LineEnding,
  linesBefore: number,
): Problem | null {
  if (!hasMixedLineBreaks(text)) return null;

  const { counts, firstAt } = countLineEndings(text, delimiter);
  const found = LINE_ENDING_KINDS.filter((kind) => counts[kind.key] > 0);
  if (found.length < 2) return null;

  const usedKind = LINE_ENDING_KINDS.find((kind) => kind.value === used)!;
  const others = found
    .filter((kind) => kind !== usedKind)
    .map((kind) => ({
      kind,
      line: linesBefore + lineNumberAt(text, firstAt[kind.key]),
    }));
  return mixedLineEndingsProblem(counts, usedKind, others);
}

/**
 * "The file mixes line endings: 3 lines end in CRLF (Windows), 2 in LF
 * (Unix, macOS). Rows were split at CRLF only, so each line that ends in
 * LF was joined to the next line (first: line 3 of the file). …"
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
  const effects = others
    .map(
      ({ kind, line }) =>
        `each line that ends in ${kind.short} ` +
        `${describeEffect(kind.key, used.key)} (first: line ${line} of ` +
        'the file)',
    )
    .join(', and ');

  return problem(
    'CSV_MIXED_LINE_ENDINGS',
    'warning',
    null,
    null,
    `The file mixes line endings: ${found}. Rows were split at ` +
      `${used.short} only, so ${effects}. Save the file again with one ` +
      'kind of line ending, then import it again.',
  );
}

/** What splitting at `used` did to a line that ends in `kind`. */
function describeEffect(kind: LineEndingKind, used: LineEndingKind): string {
  if (kind === 'crlf' && used === 'lf') {
    return 'kept an invisible carriage return at the end of its last cell';
  }
  if (kind === 'crlf' && used === 'cr') {
    return 'left an invisible line feed at the start of the next row';
  }
  return 'was joined to the next line';
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
