import type { TextMatcherParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { matchColumnText } from '../../../../../src/renderer/features/grid/column-filter';

function matches(
  filterOption: string,
  value: unknown,
  filterText: string | null,
): boolean {
  // The grid passes more (api, column, node…); the matcher reads only these.
  return matchColumnText({
    filterOption,
    value,
    filterText,
  } as TextMatcherParams);
}

/** The grid's own case-insensitive matching, lower-casing both sides. */
function lowerCaseMatch(option: string, value: string, text: string): boolean {
  const [cell, wanted] = [value.toLowerCase(), text.toLowerCase()];
  switch (option) {
    case 'contains':
      return cell.includes(wanted);
    case 'notContains':
      return !cell.includes(wanted);
    case 'equals':
      return cell === wanted;
    case 'notEqual':
      return cell !== wanted;
    case 'startsWith':
      return cell.startsWith(wanted);
    default:
      return cell.endsWith(wanted);
  }
}

const OPTIONS = [
  'contains',
  'notContains',
  'equals',
  'notEqual',
  'startsWith',
  'endsWith',
];
const CELLS = [
  'Harbor City YMCA Learning Hub',
  'harbor city ymca learning hub',
  'Café Scolaire (K-5)',
  'A+ Tutoring? $0/week',
  'ΣΧΟΛΕΙΟ Αθήνας',
  '',
];
const TEXTS = [
  'ymca',
  'HARBOR',
  'hub',
  'café',
  'CAFÉ SCOLAIRE (K-5)',
  '(k-5)',
  'a+ tutoring?',
  '$0/week',
  'σχολειο',
  'a.b',
  '[',
];

describe('column filter matching', () => {
  it('agrees with lower-casing both sides, for every option', () => {
    const disagreements: string[] = [];
    for (const option of OPTIONS) {
      for (const cell of CELLS) {
        for (const text of TEXTS) {
          const expected = lowerCaseMatch(option, cell, text);
          if (matches(option, cell, text) !== expected) {
            disagreements.push(`${option} "${text}" in "${cell}"`);
          }
        }
      }
    }

    expect(disagreements).toEqual([]);
  });

  it('reads the filter text literally, not as a pattern', () => {
    expect(matches('contains', 'axb', 'a.b')).toBe(false);
    expect(matches('contains', 'a.b', 'a.b')).toBe(true);
    expect(matches('equals', 'K-5 only', '.*')).toBe(false);
  });

  it('follows a changed filter text and option', () => {
    expect(matches('contains', 'Harbor Hub', 'hub')).toBe(true);
    expect(matches('contains', 'Harbor Hub', 'camp')).toBe(false);
    expect(matches('startsWith', 'Harbor Hub', 'hub')).toBe(false);
    expect(matches('endsWith', 'Harbor Hub', 'hub')).toBe(true);
  });

  it('keeps the filters of several columns apart, however many texts', () => {
    const cells = ['Harbor Hub', 'Tulsa'];
    const found: boolean[] = [];
    for (let round = 0; round < 40; round += 1) {
      found.push(matches('contains', cells[0], 'hub'));
      found.push(matches('startsWith', cells[1], 'TUL'));
      found.push(matches('contains', cells[0], `hub ${round}`));
    }

    expect(found.filter((isFound) => isFound)).toHaveLength(80);
    expect(found.filter((_, index) => index % 3 === 2)).not.toContain(true);
  });

  it('matches nothing without a text, a string cell or a known option', () => {
    expect(matches('contains', 'Hub', null)).toBe(false);
    expect(matches('contains', 42, '4')).toBe(false);
    expect(matches('inRange', 'Hub', 'hub')).toBe(false);
  });
});
