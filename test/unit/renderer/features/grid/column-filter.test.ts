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

/**
 * The grid's own case-insensitive matching, lower-casing both sides, after
 * bringing both to NFC and with final sigma read as medial.
 */
function lowerCaseMatch(option: string, value: string, text: string): boolean {
  const [cell, wanted] = [fold(value), fold(text)];
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
  'Cafe\u0301 Me\u0301xico',
  'ΟΔΟΣΟ 12',
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
  'αθήνας',
  'ΑΘΉΝΑΣ',
  'αθήνασ',
  'οδος',
  'café',
  'cafe\u0301 méxico',
  'e\u0301',
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

  it('matches decomposed and precomposed accents alike', () => {
    const cells = ['Me\u0301xico City', 'M\u00e9xico City', 'Mexico City'];
    const foundBy = (option: string, text: string) =>
      cells.filter((cell) => matches(option, cell, text));

    expect(foundBy('contains', 'M\u00e9xico')).toEqual(cells.slice(0, 2));
    expect(foundBy('startsWith', 'me\u0301x')).toEqual(cells.slice(0, 2));
    expect(foundBy('equals', 'M\u00c9XICO CITY')).toEqual(cells.slice(0, 2));
    expect(foundBy('notContains', 'méxico')).toEqual([cells[2]]);
    expect(foundBy('contains', 'exico')).toEqual([cells[2]]);
  });

  it('matches final and medial sigma alike', () => {
    const cells = ['ΟΔΟΣΟ 12', 'Οδος Αθηνας', 'Πλατεία'];
    const foundBy = (option: string, text: string) =>
      cells.filter((cell) => matches(option, cell, text));

    expect(foundBy('contains', 'ΟΔΟΣ')).toEqual(cells.slice(0, 2));
    expect(foundBy('contains', 'οδος')).toEqual(cells.slice(0, 2));
    expect(foundBy('endsWith', 'αθηνασ')).toEqual([cells[1]]);
    expect(foundBy('equals', 'οδοσο 12')).toEqual([cells[0]]);
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

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replaceAll('\u03c2', '\u03c3');
}
