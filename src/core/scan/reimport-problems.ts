import type { Problem } from '../model/problem';
import type { Column } from '../model/scan';
import type { ReimportConflict } from './reimport';
import { plural, problem } from './problems';

export function missingRecordsProblem(missing: readonly string[]): Problem {
  const count = missing.length;
  const quoted = missing.slice(0, 3).map((key) => `"${shorten(key)}"`);
  const examples = quoted.join(', ') + (count > 3 ? ', …' : '');
  return problem(
    'REIMPORT_RECORDS_MISSING',
    'warning',
    null,
    null,
    `${count} ${plural(count, 'record', 'records')} of the project ` +
      `${plural(count, 'is', 'are')} not in the new file (${examples}). ` +
      plural(
        count,
        'It is kept with its codes and edits; delete it yourself if it ' +
          'was dropped from the scan on purpose.',
        'They are kept with their codes and edits; delete them yourself ' +
          'if they were dropped from the scan on purpose.',
      ),
  );
}

export function absentColumnsProblem(columns: readonly Column[]): Problem {
  return problem(
    'REIMPORT_COLUMNS_ABSENT',
    'warning',
    null,
    null,
    `The new file has no ${plural(columns.length, 'column', 'columns')} ` +
      `${listColumns(columns)}; their current values are kept. Check that ` +
      'the right file was chosen.',
  );
}

export function newColumnsProblem(columns: readonly Column[]): Problem {
  return problem(
    'REIMPORT_COLUMNS_ADDED',
    'info',
    null,
    null,
    `The new file adds ${plural(columns.length, 'column', 'columns')} ` +
      `${listColumns(columns)}; records not in the file get them empty.`,
  );
}

export function editConflictProblem(conflict: ReimportConflict): Problem {
  return problem(
    'REIMPORT_EDIT_CONFLICT',
    'warning',
    conflict.sourceRow,
    conflict.column,
    `Record "${shorten(conflict.recordKey)}", column "${conflict.column}": ` +
      `it was edited from "${shorten(conflict.baseValue)}" to ` +
      `"${shorten(conflict.editedValue)}", and the new file has ` +
      `"${shorten(conflict.incomingValue)}". Choose which value to keep.`,
  );
}

function listColumns(columns: readonly Column[]): string {
  return columns.map((column) => `"${column.label}"`).join(', ');
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
