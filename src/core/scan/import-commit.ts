import type { NewAuditEvent } from '../model/audit';
import type { ColumnKey, ProjectId, RecordKey } from '../model/ids';
import { fail, ok, type Problem, type Result } from '../model/problem';
import { DEFAULT_PROJECT_SETTINGS, type ProjectMeta } from '../model/project';
import type { ImportBatch, ScanRecord } from '../model/scan';
import type { ProgressFn } from '../repository/types';
import { buildRecordKeys, buildRecords } from './keys';
import type { ParsedScan } from './types';

/** What ProjectRepository.createProject stores for a first import. */
export type ImportCommit = {
  readonly meta: ProjectMeta;
  readonly records: readonly ScanRecord[];
  readonly event: NewAuditEvent;
};

/** Describes one import of a parsed file, for ProjectMeta.batches. */
export function createImportBatch(
  parsed: Pick<ParsedScan, 'encoding' | 'delimiter' | 'rowCount'>,
  details: {
    readonly id: string;
    readonly kind: ImportBatch['kind'];
    readonly fileName: string;
    readonly importedAt: string;
    readonly importedBy: string;
    readonly keyColumn: ColumnKey | null;
  },
): ImportBatch {
  return {
    ...details,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    rowCount: parsed.rowCount,
  };
}

/**
 * Builds a new project from a parsed scan, or refuses with the problems
 * that block it: errors found while parsing (empty or binary file, an
 * unterminated quote) or in the keys (see buildRecords).
 */
export function buildImportCommit(
  parsed: ParsedScan,
  project: NewProject,
): Result<ImportCommit, readonly Problem[]> {
  const blocking = parsed.problems.filter((p) => p.severity === 'error');
  if (blocking.length > 0) return fail(blocking);

  const { batch } = project;
  const records = buildRecords(parsed, {
    keyColumn: batch.keyColumn,
    batchId: batch.id,
    onProgress: project.onProgress,
  });
  if (!records.ok) return records;

  return ok({
    ...describeImport(parsed, project, records.value.length),
    records: records.value,
  });
}

/**
 * A first import's records as the parsed rows themselves, one key per
 * row: record i has key `keys[i]`, fields `columns[c]` → `rows[i][c]`,
 * the batch `batchId` and source row i + 1. Storage keeps records in this
 * column-aligned shape, so a 100,000-row import need not build a record
 * object per row only to take it apart again.
 */
export type ImportTable = {
  readonly meta: ProjectMeta;
  readonly columns: readonly ColumnKey[];
  readonly keys: readonly RecordKey[];
  readonly rows: readonly (readonly string[])[];
  readonly batchId: string;
  readonly event: NewAuditEvent;
};

/**
 * What buildImportCommit builds, as an ImportTable, refusing with the
 * very same problems.
 */
export function buildImportTable(
  parsed: ParsedScan,
  project: NewProject,
): Result<ImportTable, readonly Problem[]> {
  const blocking = parsed.problems.filter((p) => p.severity === 'error');
  if (blocking.length > 0) return fail(blocking);

  const { batch } = project;
  const keys = buildRecordKeys(parsed, {
    keyColumn: batch.keyColumn,
    onProgress: project.onProgress,
  });
  if (!keys.ok) return keys;

  return ok({
    ...describeImport(parsed, project, keys.value.length),
    columns: parsed.columns.map((column) => column.key),
    keys: keys.value,
    rows: parsed.rows,
    batchId: batch.id,
  });
}

function describeImport(
  parsed: ParsedScan,
  project: NewProject,
  recordCount: number,
): Pick<ImportCommit, 'meta' | 'event'> {
  const { batch } = project;
  return {
    meta: {
      id: project.id,
      name: project.name,
      createdAt: batch.importedAt,
      updatedAt: batch.importedAt,
      columns: parsed.columns,
      keyColumn: batch.keyColumn,
      recordCount,
      batches: [batch],
      layout: null,
      settings: DEFAULT_PROJECT_SETTINGS,
    },
    event: {
      at: batch.importedAt,
      actor: batch.importedBy,
      recordKey: null,
      detail: {
        kind: 'import',
        batchId: batch.id,
        fileName: batch.fileName,
        recordCount,
      },
    },
  };
}

/** The project a first import creates, as buildImportCommit takes it. */
type NewProject = {
  readonly id: ProjectId;
  readonly name: string;
  readonly batch: ImportBatch;
  readonly onProgress?: ProgressFn;
};
