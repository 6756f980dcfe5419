import type { TextMatcherParams } from 'ag-grid-community';
import { normalizeNfc } from '../../../core/search/nfc';

/**
 * Case-insensitive matching for the grid's text column filters. The
 * grid's own matching writes a lower-case copy of every cell on every
 * pass (100,000 copies a keystroke at full size); one case-insensitive
 * regular expression per filter text reads the cells as they are. Use
 * with `caseSensitive: true`, so the grid hands over the cell and the
 * filter text unchanged. Cell and text are compared in NFC, so a
 * decomposed accent matches a precomposed one; the expression's Unicode
 * case folding already equates final and medial sigma (ς, σ, Σ).
 */
export function matchColumnText(params: TextMatcherParams): boolean {
  const { filterOption, filterText } = params;
  const value: unknown = params.value;
  if (filterText === null || typeof value !== 'string') return false;

  const pattern = patternFor(filterOption, filterText);
  if (pattern === null) return false;

  const isFound = pattern.test(normalizeNfc(value));
  return filterOption === 'notContains' || filterOption === 'notEqual'
    ? !isFound
    : isFound;
}

// Expressions by option, then filter text. Several columns can be
// filtered at once and the grid asks each in turn for every row, so one
// remembered expression would be rebuilt at every call.
const patterns = new Map<string, Map<string, RegExp | null>>();

/** Filter texts remembered per option; past this many, it starts over. */
const KEPT_TEXTS = 32;

/** The expression for an option and text, built once. */
function patternFor(
  option: string | null | undefined,
  text: string,
): RegExp | null {
  const name = option ?? '';
  let byText = patterns.get(name);
  if (byText === undefined) {
    byText = new Map();
    patterns.set(name, byText);
  }
  const kept = byText.get(text);
  if (kept !== undefined) return kept;

  if (byText.size >= KEPT_TEXTS) byText.clear();
  const built = buildPattern(option, text);
  byText.set(text, built);
  return built;
}

function buildPattern(
  option: string | null | undefined,
  text: string,
): RegExp | null {
  const body = normalizeNfc(text).replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  switch (option) {
    case 'contains':
    case 'notContains':
      return new RegExp(body, 'iu');
    case 'equals':
    case 'notEqual':
      return new RegExp(`^${body}$`, 'iu');
    case 'startsWith':
      return new RegExp(`^${body}`, 'iu');
    case 'endsWith':
      return new RegExp(`${body}$`, 'iu');
    default:
      return null;
  }
}
