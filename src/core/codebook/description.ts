/**
 * How a code's texts travel in the single REFI-QDA `Description` element:
 * labelled sections in a fixed order, separated by a blank line, e.g.
 *
 *     Definition: Families pay nothing to take part.
 *
 *     Include: "free", "no cost", fully covered by a grant.
 *
 *     Exclude: Free for some families only (use Sliding scale).
 *
 * Empty fields are left out. A later line of a field that itself starts
 * with a label gets one extra leading backslash, removed again on reading,
 * so any text comes back exactly. `docs/codebook-format.md` documents it.
 */
export type DescriptionParts = {
  readonly definition: string;
  readonly include: string;
  readonly exclude: string;
  readonly example: string;
  /** Raw text after `Shortcut:`, trimmed; the reader checks it. */
  readonly shortcut: string | null;
  readonly retired: boolean;
};

type SectionKey = keyof DescriptionParts;

const SECTIONS: readonly { key: SectionKey; label: string }[] = [
  { key: 'definition', label: 'Definition' },
  { key: 'include', label: 'Include' },
  { key: 'exclude', label: 'Exclude' },
  { key: 'example', label: 'Example' },
  { key: 'shortcut', label: 'Shortcut' },
  { key: 'retired', label: 'Retired' },
];

const LABELS = SECTIONS.map((section) => section.label).join('|');
const LABEL_LINE = new RegExp(`^(${LABELS}):`, 'i');
const ESCAPED_LINE = new RegExp(`^(\\\\*)(${LABELS}):`, 'i');
const SEPARATOR = '\n\n';

/** The `Description` text for a code's parts; empty when all are empty. */
export function packDescription(parts: DescriptionParts): string {
  return SECTIONS.flatMap(({ key, label }) => {
    const text = sectionText(parts, key);
    return text === '' ? [] : [`${label}: ${escapeLabelLines(text)}`];
  }).join(SEPARATOR);
}

/**
 * The parts packed in a `Description`. Text before the first label (all
 * of it, when there is no label) is the definition.
 */
export function unpackDescription(description: string): DescriptionParts {
  const lines = description.split('\n');
  const starts = lines.flatMap((line, index) =>
    LABEL_LINE.test(line) ? [index] : [],
  );
  if (starts.length === 0) return { ...EMPTY_PARTS, definition: description };

  const found = new Map<SectionKey, string[]>();
  const preamble = trimSeparator(lines.slice(0, starts[0]).join('\n'));
  if (preamble.trim() !== '') found.set('definition', [preamble]);

  starts.forEach((start, position) => {
    const next = starts[position + 1];
    const [key, text] = readSection(lines.slice(start, next));
    // Only a section followed by another ends with the separator.
    const kept = next === undefined ? text : trimSeparator(text);
    found.set(key, [...(found.get(key) ?? []), kept]);
  });
  const text = (key: SectionKey): string =>
    (found.get(key) ?? []).join(SEPARATOR);
  return {
    definition: text('definition'),
    include: text('include'),
    exclude: text('exclude'),
    example: text('example'),
    shortcut: found.has('shortcut') ? text('shortcut').trim() : null,
    retired: /^(yes|true|1)$/i.test(text('retired').trim()),
  };
}

const EMPTY_PARTS: DescriptionParts = {
  definition: '',
  include: '',
  exclude: '',
  example: '',
  shortcut: null,
  retired: false,
};

function sectionText(parts: DescriptionParts, key: SectionKey): string {
  if (key === 'retired') return parts.retired ? 'yes' : '';

  if (key === 'shortcut') return parts.shortcut ?? '';

  return parts[key];
}

function escapeLabelLines(text: string): string {
  const [first = '', ...rest] = text.split('\n');
  const escaped = rest.map((line) =>
    ESCAPED_LINE.test(line) ? `\\${line}` : line,
  );
  return [first, ...escaped].join('\n');
}

function readSection(lines: readonly string[]): [SectionKey, string] {
  const [head = '', ...rest] = lines;
  const colon = head.indexOf(':');
  const label = head.slice(0, colon).toLowerCase();
  const key =
    SECTIONS.find((section) => section.label.toLowerCase() === label)?.key ??
    'definition';
  const first = head.slice(colon + 1).replace(/^ /, '');
  const body = rest.map((line) =>
    ESCAPED_LINE.exec(line)?.[1] ? line.slice(1) : line,
  );
  return [key, [first, ...body].join('\n')];
}

/**
 * Drops the blank line that separates a section from the next. Splitting
 * into lines already consumed one of its two line breaks.
 */
function trimSeparator(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}
