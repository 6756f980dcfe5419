import type { Problem } from '../model/problem';
import { problem } from './problems';

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

export function duplicateKeyProblem(
  row: number,
  column: string,
  key: string,
  rows: readonly number[],
): Problem {
  const others = rows.filter((other) => other !== row);
  const listed = others.slice(0, 5).join(', ');
  const more = others.length > 5 ? ` and ${others.length - 5} more` : '';
  return problem(
    'KEY_DUPLICATE',
    'error',
    row,
    column,
    `Key "${shorten(key)}" in row ${row} is also in ` +
      `${others.length === 1 ? 'row' : 'rows'} ${listed}${more}. Keys must ` +
      'be unique: fix the file, choose another key column, or let Podscan ' +
      'generate keys.',
  );
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
