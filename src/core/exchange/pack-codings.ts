import { CODING_STATUSES, type CodingStatus } from '../model/coding';
import type { Problem } from '../model/problem';
import type { ParsedScan } from '../scan/types';
import { restoreNeutralisedCell } from '../export/csv';

/**
 * One row of a codings table, trimmed, neutralising undone. The coder's
 * name is in Unicode NFC form, as the codebook reads names: "José" typed
 * with a combining accent is the same coder as with a composed "é".
 */
export type CodingRow = {
  /** 1 = first data row. */
  readonly row: number;
  readonly record: string;
  readonly coder: string;
  readonly code: string;
  readonly codeGuid: string;
  /** '1', '0' or '' (a row that only carries status and memo). */
  readonly value: '1' | '0' | '';
  readonly memo: string;
  readonly status: CodingStatus | null;
  readonly codedAt: string;
  readonly codebookVersion: number | null;
};

/** Header names read, compared trimmed and lower-case. */
const FIELDS = [
  'record',
  'coder',
  'code',
  'code_guid',
  'value',
  'memo',
  'status',
  'coded_at',
  'codebook_version',
] as const;

type Field = (typeof FIELDS)[number];

/**
 * Reads a codings table (`record,coder,code,value` and optionally `memo`;
 * Podscan's long export adds `code_guid`, `status`, `coded_at` and
 * `codebook_version`, which are read too). Cells lose the apostrophe a
 * neutralising export put before formula-like text. Problems name the
 * data row and column and say what to fix.
 */
export function readCodingRows(table: ParsedScan): {
  readonly rows: readonly CodingRow[];
  readonly problems: readonly Problem[];
} {
  const index = mapHeader(table);
  const missing: string[] = (['record', 'coder', 'value'] as const).filter(
    (field) => !index.has(field),
  );
  if (!index.has('code') && !index.has('code_guid')) missing.push('code');
  if (missing.length > 0) {
    return { rows: [], problems: [missingColumns(missing)] };
  }
  const problems: Problem[] = [];
  const rows = table.rows.flatMap((cells, position) => {
    const row = readRow(cells, position + 1, index, problems);
    return row === null ? [] : [row];
  });
  return { rows, problems };
}

function mapHeader(table: ParsedScan): Map<Field, number> {
  const index = new Map<Field, number>();
  table.columns.forEach((column, position) => {
    const name = column.label.trim().toLowerCase();
    const field = FIELDS.find((each) => each === name);
    if (field !== undefined && !index.has(field)) index.set(field, position);
  });
  return index;
}

function readRow(
  cells: readonly string[],
  row: number,
  index: ReadonlyMap<Field, number>,
  problems: Problem[],
): CodingRow | null {
  const cell = (field: Field, trim = true): string => {
    const at = index.get(field);
    const value = restoreNeutralisedCell(
      at === undefined ? '' : (cells[at] ?? ''),
    );
    return trim ? value.trim() : value;
  };
  const fail = (column: Field, code: string, message: string): null => {
    problems.push({ row, column, code, message, severity: 'error' });
    return null;
  };
  const record = cell('record');
  const coder = cell('coder').normalize('NFC');
  const value = cell('value');
  const code = cell('code');
  const codeGuid = cell('code_guid');
  const status = cell('status');
  const version = cell('codebook_version');
  if (record === '') {
    return fail(
      'record',
      'CODINGS_RECORD_EMPTY',
      `Row ${row} names no record; fill in its record key.`,
    );
  }
  if (coder === '') {
    return fail(
      'coder',
      'CODINGS_CODER_EMPTY',
      `Row ${row} names no coder; fill in the coder's name.`,
    );
  }
  if (value !== '1' && value !== '0' && value !== '') {
    return fail(
      'value',
      'CODINGS_VALUE_INVALID',
      `Row ${row} has value "${value}"; write 1 (applied) or 0 (not applied).`,
    );
  }
  if ((code === '' && codeGuid === '') !== (value === '')) {
    return fail(
      'code',
      'CODINGS_CODE_MISSING',
      `Row ${row} needs both a code and a value (or neither, to give only a status or memo).`,
    );
  }
  if (status !== '' && !CODING_STATUSES.includes(status as CodingStatus)) {
    return fail(
      'status',
      'CODINGS_STATUS_INVALID',
      `Row ${row} has status "${status}"; use ${CODING_STATUSES.join(', ')}.`,
    );
  }
  if (version !== '' && !/^[1-9]\d*$/.test(version)) {
    return fail(
      'codebook_version',
      'CODINGS_VERSION_INVALID',
      `Row ${row} has codebook version "${version}"; write a whole number from 1.`,
    );
  }
  return {
    row,
    record,
    coder,
    code,
    codeGuid,
    value,
    memo: cell('memo', false),
    status: status === '' ? null : (status as CodingStatus),
    codedAt: cell('coded_at'),
    codebookVersion: version === '' ? null : Number(version),
  };
}

function missingColumns(missing: readonly string[]): Problem {
  return {
    row: null,
    column: null,
    code: 'CODINGS_COLUMNS_MISSING',
    message:
      `The codings file lacks the column(s) ${missing.join(', ')}; its ` +
      'header must be record,coder,code,value (memo optional).',
    severity: 'error',
  };
}
