import type { Coder, CodingStatus, RecordCoding } from '../model/coding';
import {
  asCoderId,
  asRecordKey,
  type CodeId,
  type CoderId,
} from '../model/ids';
import type { Problem } from '../model/problem';
import { deriveGuid } from './canonical';
import type { CodingRow } from './pack-codings';

type Draft = {
  readonly coderId: CoderId;
  readonly recordKey: string;
  readonly values: Map<CodeId, { value: string; row: number }>;
  memo: { text: string; row: number } | null;
  status: { value: CodingStatus; row: number } | null;
  codedAt: string;
  codebookVersion: number | null;
};

/**
 * One coding per coder × record named in the rows: codes with value 1,
 * the memo and status given (`done` by default), the latest `coded_at`
 * (else `defaults.at`) and highest codebook version (else
 * `defaults.version`). Rows that contradict each other are problems.
 */
export function groupCodings(
  rows: readonly CodingRow[],
  problems: Problem[],
  defaults: {
    /** Row number → the GUID of its code. */
    readonly ids: ReadonlyMap<number, CodeId>;
    readonly at: string;
    readonly version: number;
  },
): { readonly coders: Coder[]; readonly layers: RecordCoding[] } {
  const coders = new Map<string, Coder>();
  const drafts = new Map<string, Draft>();
  for (const row of rows) {
    const coder = coders.get(row.coder) ?? makeCoder(row.coder);
    coders.set(row.coder, coder);
    const key = `${coder.id}\u0000${row.record}`;
    const draft = drafts.get(key) ?? newDraft(coder, row);
    drafts.set(key, draft);
    addRow(draft, row, defaults.ids.get(row.row), problems);
  }
  const layers = [...drafts.values()].map((draft) =>
    finishDraft(draft, defaults),
  );
  return { coders: [...coders.values()], layers };
}

function newDraft(coder: Coder, row: CodingRow): Draft {
  return {
    coderId: coder.id,
    recordKey: row.record,
    values: new Map(),
    memo: null,
    status: null,
    codedAt: '',
    codebookVersion: null,
  };
}

function addRow(
  draft: Draft,
  row: CodingRow,
  codeId: CodeId | undefined,
  problems: Problem[],
): void {
  if (codeId !== undefined) {
    const earlier = draft.values.get(codeId);
    if (earlier !== undefined && earlier.value !== row.value) {
      problems.push(
        rowProblem(
          row,
          'value',
          'CODINGS_VALUE_CONFLICT',
          `Rows ${earlier.row} and ${row.row} give different values for the same record, coder and code; keep one.`,
        ),
      );
    }
    draft.values.set(codeId, { value: row.value, row: row.row });
  }
  if (row.memo !== '') {
    if (draft.memo !== null && draft.memo.text !== row.memo) {
      problems.push(
        rowProblem(
          row,
          'memo',
          'CODINGS_MEMO_CONFLICT',
          `Rows ${draft.memo.row} and ${row.row} give different memos for record "${row.record}" and coder "${row.coder}"; keep one.`,
        ),
      );
    }
    draft.memo ??= { text: row.memo, row: row.row };
  }
  if (row.status !== null) {
    if (draft.status !== null && draft.status.value !== row.status) {
      problems.push(
        rowProblem(
          row,
          'status',
          'CODINGS_STATUS_CONFLICT',
          `Rows ${draft.status.row} and ${row.row} give different statuses for record "${row.record}" and coder "${row.coder}"; keep one.`,
        ),
      );
    }
    draft.status ??= { value: row.status, row: row.row };
  }
  if (row.codedAt > draft.codedAt) draft.codedAt = row.codedAt;
  if (row.codebookVersion !== null) {
    draft.codebookVersion = Math.max(
      draft.codebookVersion ?? 0,
      row.codebookVersion,
    );
  }
}

function finishDraft(
  draft: Draft,
  defaults: { readonly at: string; readonly version: number },
): RecordCoding {
  const codes = [...draft.values.entries()]
    .filter(([, each]) => each.value === '1')
    .map(([id]) => id)
    .sort();
  const at = draft.codedAt === '' ? defaults.at : draft.codedAt;
  return {
    recordKey: asRecordKey(draft.recordKey),
    coderId: draft.coderId,
    codes,
    memo: draft.memo?.text ?? '',
    status: draft.status?.value ?? 'done',
    createdAt: at,
    updatedAt: at,
    codebookVersion: draft.codebookVersion ?? defaults.version,
  };
}

/** A coder known only by name: id derived from it, initials from words. */
function makeCoder(name: string): Coder {
  const initials = name
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase())
    .join('')
    .slice(0, 3);
  return { id: asCoderId(deriveGuid('coder', name)), name, initials };
}

/** A blocking problem of one row of the codings table. */
export function rowProblem(
  row: CodingRow,
  column: string,
  code: string,
  message: string,
): Problem {
  return { row: row.row, column, code, message, severity: 'error' };
}
