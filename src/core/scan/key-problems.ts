import type { Problem } from '../model/problem';
import { plural, problem } from './problems';

/** How many other rows a duplicate key's message names. */
const LISTED_ROWS = 5;

export function unknownKeyColumnProblem(column: string): Problem {
  return problem(
    'KEY_COLUMN_UNKNOWN',
    'error',
    null,
    column,
    `The file has no column "${column}" to take keys from. Choose one of ` +
      'its columns as the key, or let Podscan generate keys.',
  );
}

export function emptyKeyProblem(row: number, column: string): Problem {
  return problem(
    'KEY_EMPTY',
    'error',
    row,
    column,
    `Row ${row} has no key in column "${column}". Fill it in the file, ` +
      'choose another key column, or let Podscan generate keys.',
  );
}

/**
 * `rows` lists every row with the key, `row` among them. Only the first
 * few others are read: a column of one repeated value makes as many
 * problems as rows, so reading all of them for each would be quadratic.
 */
export function duplicateKeyProblem(
  row: number,
  column: string,
  key: string,
  rows: readonly number[],
): Problem {
  const others = firstOthers(rows, row, LISTED_ROWS);
  const count = rows.length - 1;
  const listed = others.join(', ');
  const more =
    count > others.length ? ` and ${count - others.length} more` : '';
  return problem(
    'KEY_DUPLICATE',
    'error',
    row,
    column,
    `Key "${shorten(key)}" in row ${row} is also in ` +
      `${plural(count, 'row', 'rows')} ${listed}${more}. Keys must ` +
      'be unique: fix the file, choose another key column, or let Podscan ' +
      'generate keys.',
  );
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function firstOthers(
  rows: readonly number[],
  row: number,
  limit: number,
): number[] {
  const others: number[] = [];
  for (const other of rows) {
    if (others.length === limit) break;
    if (other !== row) others.push(other);
  }
  return others;
}
