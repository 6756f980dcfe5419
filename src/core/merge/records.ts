import type { RecordKey } from '../model/ids';
import type { Column, ImportBatch, ScanRecord } from '../model/scan';
import type { ProjectSnapshot } from '../model/snapshot';
import { chooseFor, logEntry } from './choices';
import type {
  AddedColumn,
  AddedRecord,
  FieldConflict,
  MergeLogEntry,
  MergeResolutions,
  MergeSource,
  RecordsPlan,
  UnresolvedChoice,
} from './types';
import { countOf, plural } from '../scan/problems';

export type RecordsOutcome = {
  readonly plan: RecordsPlan;
  readonly records: readonly ScanRecord[];
  readonly columns: readonly Column[];
  readonly batches: readonly ImportBatch[];
  readonly log: readonly MergeLogEntry[];
  readonly unresolved: readonly UnresolvedChoice[];
  readonly changed: boolean;
};

/**
 * Merges the files' records into the project's by key, file by file in
 * order: a new key is added; a known key's fields are compared on the
 * columns both sides have. A differing field is a conflict, settled by
 * `resolutions.fields` (per record key, else for all); without a choice
 * the project's value stays and the record is listed as unresolved.
 * Columns only a file has are added, empty for records without them.
 * With `keepLog` false (a dry run) no log is built.
 */
export function mergeRecords(
  base: ProjectSnapshot,
  sources: readonly MergeSource[],
  resolutions: MergeResolutions | null,
  keepLog: boolean,
): RecordsOutcome {
  const state = createState(base, keepLog);
  for (const source of sources) {
    addColumns(state, source);
    addBatches(state, source);
    for (const record of source.snapshot.records) {
      mergeRecord(state, source, record, resolutions);
    }
  }
  return finish(state, base);
}

type WorkingRecord = { record: ScanRecord; isOwn: boolean };

type State = {
  readonly columns: Column[];
  readonly columnKeys: Set<string>;
  readonly batches: ImportBatch[];
  readonly records: WorkingRecord[];
  readonly byKey: Map<RecordKey, WorkingRecord>;
  readonly added: AddedRecord[];
  readonly columnsAdded: AddedColumn[];
  readonly conflicts: FieldConflict[];
  readonly log: MergeLogEntry[] | null;
  readonly unresolved: UnresolvedChoice[];
  matched: number;
  identical: number;
  changed: boolean;
};

function createState(base: ProjectSnapshot, keepLog: boolean): State {
  const records = base.records.map((record) => ({ record, isOwn: false }));
  return {
    columns: [...base.meta.columns],
    columnKeys: new Set(base.meta.columns.map((column) => column.key)),
    batches: [...base.meta.batches],
    records,
    byKey: new Map(records.map((entry) => [entry.record.key, entry])),
    added: [],
    columnsAdded: [],
    conflicts: [],
    log: keepLog ? [] : null,
    unresolved: [],
    matched: 0,
    identical: 0,
    changed: false,
  };
}

function addColumns(state: State, source: MergeSource): void {
  for (const column of source.snapshot.meta.columns) {
    if (state.columnKeys.has(column.key)) continue;

    state.columnKeys.add(column.key);
    state.columns.push(column);
    state.columnsAdded.push({ column, source: source.name });
    state.changed = true;
    state.log?.push(
      logEntry({
        action: 'column_added',
        source: source.name,
        column: column.key,
        detail: `Added column "${column.label}" (${column.key}).`,
      }),
    );
  }
}

function addBatches(state: State, source: MergeSource): void {
  const known = new Set(state.batches.map((batch) => batch.id));
  for (const batch of source.snapshot.meta.batches) {
    if (known.has(batch.id)) continue;

    state.batches.push(batch);
    state.changed = true;
  }
}

function mergeRecord(
  state: State,
  source: MergeSource,
  record: ScanRecord,
  resolutions: MergeResolutions | null,
): void {
  const existing = state.byKey.get(record.key);
  if (existing === undefined) {
    const working = {
      record: { ...record, fields: { ...record.fields } },
      isOwn: true,
    };
    state.records.push(working);
    state.byKey.set(record.key, working);
    state.added.push({ recordKey: record.key, source: source.name });
    state.changed = true;
    state.log?.push(
      logEntry({
        action: 'record_added',
        source: source.name,
        record: record.key,
        detail: `Added record "${record.key}".`,
      }),
    );
    return;
  }

  state.matched += 1;
  const differing = compareFields(state, existing, source, record);
  if (differing.length === 0) {
    state.identical += 1;
    return;
  }
  settleConflicts(state, existing, source, differing, resolutions);
}

/** Columns whose values differ; fills columns the record lacked. */
function compareFields(
  state: State,
  existing: WorkingRecord,
  source: MergeSource,
  record: ScanRecord,
): FieldConflict[] {
  const differing: FieldConflict[] = [];
  for (const column of source.snapshot.meta.columns) {
    const incoming = record.fields[column.key];
    if (incoming === undefined) continue;

    const current = existing.record.fields[column.key];
    if (current === undefined) {
      ownFields(state, existing)[column.key] = incoming;
    } else if (current !== incoming) {
      differing.push({
        recordKey: record.key,
        column: column.key,
        base: current,
        incoming,
        source: source.name,
      });
    }
  }
  return differing;
}

function settleConflicts(
  state: State,
  existing: WorkingRecord,
  source: MergeSource,
  differing: readonly FieldConflict[],
  resolutions: MergeResolutions | null,
): void {
  state.conflicts.push(...differing);
  const key = existing.record.key;
  const choice = chooseFor(resolutions?.fields, key);
  if (choice === null) {
    const columns = differing.map((conflict) => conflict.column).join(', ');
    state.unresolved.push({
      kind: 'field',
      key,
      source: source.name,
      message:
        `Record "${key}": ${countOf(differing.length, 'field')} ` +
        `${plural(differing.length, 'differs', 'differ')} between the ` +
        `project and ${source.name} (${columns}); keep the project's ` +
        "values or take the file's.",
    });
    return;
  }
  for (const conflict of differing) {
    if (choice === 'incoming') {
      ownFields(state, existing)[conflict.column] = conflict.incoming;
    }
    state.log?.push(
      logEntry({
        action: choice === 'incoming' ? 'field_taken' : 'field_kept',
        source: source.name,
        record: key,
        column: conflict.column,
        choice,
        kept: choice === 'incoming' ? conflict.incoming : conflict.base,
        replaced: choice === 'incoming' ? conflict.base : conflict.incoming,
        detail:
          choice === 'incoming'
            ? `Took the file's value of ${conflict.column}.`
            : `Kept the project's value of ${conflict.column}.`,
      }),
    );
  }
}

/** The record's fields, copied first if the base still owns them. */
function ownFields(state: State, entry: WorkingRecord): Record<string, string> {
  if (!entry.isOwn) {
    entry.record = { ...entry.record, fields: { ...entry.record.fields } };
    entry.isOwn = true;
  }
  state.changed = true;
  return entry.record.fields;
}

/** Every record gets every column; untouched base records stay as is. */
function finish(state: State, base: ProjectSnapshot): RecordsOutcome {
  const records = state.records.map((entry) => {
    const missing = state.columns.filter(
      (column) => entry.record.fields[column.key] === undefined,
    );
    if (missing.length === 0) return entry.record;

    const fields = { ...entry.record.fields };
    for (const column of missing) fields[column.key] = '';
    return { ...entry.record, fields };
  });
  return {
    plan: {
      matched: state.matched,
      identical: state.identical,
      added: state.added,
      conflicts: state.conflicts,
      columnsAdded: state.columnsAdded,
    },
    records: state.changed ? records : base.records,
    columns: state.columns,
    batches: state.batches,
    log: state.log ?? [],
    unresolved: state.unresolved,
    changed: state.changed,
  };
}
