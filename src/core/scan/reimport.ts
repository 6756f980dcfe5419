import type { ColumnKey, RecordKey } from '../model/ids';
import type { Problem } from '../model/problem';
import type { Column, ScanRecord } from '../model/scan';
import {
  absentColumnsProblem,
  editConflictProblem,
  missingRecordsProblem,
  newColumnsProblem,
} from './reimport-problems';

/** What a re-import compares. */
export type ReimportInput = {
  /** The project's columns (ProjectMeta.columns). */
  readonly columns: readonly Column[];
  /** The project's records with every saved edit applied. */
  readonly current: readonly ScanRecord[];
  /** Base values of edited fields (ProjectRepository.loadEditedBase). */
  readonly editedBase: ReadonlyMap<RecordKey, Readonly<Record<string, string>>>;
  /** The new file's columns and records, keyed as the project is. */
  readonly incoming: {
    readonly columns: readonly Column[];
    readonly records: readonly ScanRecord[];
  };
};

/** A source value that differs between the project and the new file. */
export type FieldDiff = {
  readonly column: ColumnKey;
  readonly oldValue: string;
  readonly newValue: string;
};

export type RecordChange = {
  readonly recordKey: RecordKey;
  /** Row of the record in the new file. */
  readonly sourceRow: number;
  readonly changes: readonly FieldDiff[];
};

/**
 * A field the user edited whose source value changed to something other
 * than the edit: the user must choose which value stays.
 */
export type ReimportConflict = {
  readonly recordKey: RecordKey;
  readonly column: ColumnKey;
  readonly sourceRow: number;
  /** Source value the edit was made on. */
  readonly baseValue: string;
  readonly editedValue: string;
  readonly incomingValue: string;
};

/** Everything a re-import would do, before the user settles conflicts. */
export type ReimportPlan = {
  /** Project columns after the re-import: old ones, then new ones. */
  readonly columns: readonly Column[];
  readonly newColumns: readonly Column[];
  /** Project columns the new file lacks; their values are kept. */
  readonly absentColumns: readonly Column[];
  /** In the new file's order. */
  readonly added: readonly RecordKey[];
  readonly changed: readonly RecordChange[];
  readonly unchanged: number;
  /** Records not in the new file; kept unchanged. */
  readonly missing: readonly RecordKey[];
  readonly conflicts: readonly ReimportConflict[];
  /**
   * Edits the new file now agrees with: they stop being edits whatever the
   * user chooses.
   */
  readonly settledEdits: readonly {
    readonly recordKey: RecordKey;
    readonly column: ColumnKey;
  }[];
  /**
   * Every record after the re-import with its new base (source) values:
   * the project's records in their order, then the added ones. Matched
   * records take the new file's values, batch and row; a column the file
   * lacks keeps its old base value; missing records keep theirs.
   */
  readonly records: readonly ScanRecord[];
  readonly problems: readonly Problem[];
};

/**
 * Compares a project with a newer version of its scan, matched by key
 * (PRODUCT.md §2, workflow 2). A record is changed when any source value
 * differs, new columns included (their old value counts as empty). An
 * edited field is a conflict only when the new value differs from both the
 * value the edit was made on and the edit itself. Nothing is lost: missing
 * records and absent columns are kept and reported.
 */
export function diffReimport(input: ReimportInput): ReimportPlan {
  const { columns, newColumns, absentColumns, context } = mergeColumns(input);
  const incomingByKey = new Map(
    input.incoming.records.map((record) => [record.key, record]),
  );
  const tally = createTally();

  const matched = input.current.map((record) => {
    const incoming = incomingByKey.get(record.key);
    const edited = input.editedBase.get(record.key);
    if (incoming)
      return compareRecord(record, edited, incoming, context, tally);

    tally.missing.push(record.key);
    return { ...record, fields: baseFields(record, edited, columns) };
  });
  const currentKeys = new Set(input.current.map((record) => record.key));
  const added = input.incoming.records
    .filter((record) => !currentKeys.has(record.key))
    .map((record) => ({ ...record, fields: fill(record.fields, columns) }));

  return {
    columns,
    newColumns,
    absentColumns,
    added: added.map((record) => record.key),
    changed: tally.changed,
    unchanged: tally.unchanged,
    missing: tally.missing,
    conflicts: tally.conflicts,
    settledEdits: tally.settled,
    records: [...matched, ...added],
    problems: [
      ...summaryProblems(tally.missing, newColumns, absentColumns),
      ...tally.conflicts.map(editConflictProblem),
    ],
  };
}

type Tally = {
  readonly changed: RecordChange[];
  readonly missing: RecordKey[];
  readonly conflicts: ReimportConflict[];
  readonly settled: { recordKey: RecordKey; column: ColumnKey }[];
  unchanged: number;
};

type CompareContext = {
  readonly columns: readonly Column[];
  readonly projectKeys: ReadonlySet<string>;
  readonly incomingKeys: ReadonlySet<string>;
};

function mergeColumns(input: ReimportInput): {
  readonly columns: readonly Column[];
  readonly newColumns: readonly Column[];
  readonly absentColumns: readonly Column[];
  readonly context: CompareContext;
} {
  const projectKeys = new Set(input.columns.map((column) => column.key));
  const incomingKeys = new Set(input.incoming.columns.map((c) => c.key));
  const newColumns = input.incoming.columns.filter(
    (column) => !projectKeys.has(column.key),
  );
  const absentColumns = input.columns.filter(
    (column) => !incomingKeys.has(column.key),
  );
  const columns = [...input.columns, ...newColumns];

  return {
    columns,
    newColumns,
    absentColumns,
    context: { columns, projectKeys, incomingKeys },
  };
}

function createTally(): Tally {
  return { changed: [], missing: [], conflicts: [], settled: [], unchanged: 0 };
}

function compareRecord(
  record: ScanRecord,
  edited: Readonly<Record<string, string>> | undefined,
  incoming: ScanRecord,
  context: CompareContext,
  tally: Tally,
): ScanRecord {
  const fields: Record<string, string> = {};
  const changes: FieldDiff[] = [];
  for (const { key: column } of context.columns) {
    const isEdited = edited !== undefined && Object.hasOwn(edited, column);
    const current = record.fields[column] ?? '';
    const oldValue = isEdited ? (edited[column] ?? '') : current;
    const oldBase = context.projectKeys.has(column) ? oldValue : '';
    const newBase = context.incomingKeys.has(column)
      ? (incoming.fields[column] ?? '')
      : oldBase;
    fields[column] = newBase;
    if (newBase === oldBase) continue;

    changes.push({ column, oldValue: oldBase, newValue: newBase });
    if (!isEdited) continue;

    const recordKey = record.key;
    if (newBase === current) tally.settled.push({ recordKey, column });
    else {
      tally.conflicts.push({
        recordKey,
        column,
        sourceRow: incoming.sourceRow,
        baseValue: oldBase,
        editedValue: current,
        incomingValue: newBase,
      });
    }
  }

  if (changes.length === 0) tally.unchanged++;
  else {
    const sourceRow = incoming.sourceRow;
    tally.changed.push({ recordKey: record.key, sourceRow, changes });
  }
  return { ...incoming, key: record.key, fields };
}

/** A record's source values: edited fields go back to their base. */
function baseFields(
  record: ScanRecord,
  edited: Readonly<Record<string, string>> | undefined,
  columns: readonly Column[],
): Record<string, string> {
  const fields = fill(record.fields, columns);
  if (!edited) return fields;

  for (const column of Object.keys(edited)) {
    if (Object.hasOwn(fields, column)) fields[column] = edited[column] ?? '';
  }
  return fields;
}

function fill(
  source: Readonly<Record<string, string>>,
  columns: readonly Column[],
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { key } of columns) fields[key] = source[key] ?? '';
  return fields;
}

function summaryProblems(
  missing: readonly RecordKey[],
  newColumns: readonly Column[],
  absentColumns: readonly Column[],
): Problem[] {
  return [
    ...(missing.length > 0 ? [missingRecordsProblem(missing)] : []),
    ...(absentColumns.length > 0 ? [absentColumnsProblem(absentColumns)] : []),
    ...(newColumns.length > 0 ? [newColumnsProblem(newColumns)] : []),
  ];
}
