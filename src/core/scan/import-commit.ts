import type { NewAuditEvent } from '../model/audit';
import type { ColumnKey, ProjectId } from '../model/ids';
import { fail, ok, type Problem, type Result } from '../model/problem';
import { DEFAULT_PROJECT_SETTINGS, type ProjectMeta } from '../model/project';
import type { ImportBatch, ScanRecord } from '../model/scan';
import type { ProgressFn } from '../repository/types';
import { buildRecords } from './keys';
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
  project: {
    readonly id: ProjectId;
    readonly name: string;
    readonly batch: ImportBatch;
    readonly onProgress?: ProgressFn;
  },
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
    meta: {
      id: project.id,
      name: project.name,
      createdAt: batch.importedAt,
      updatedAt: batch.importedAt,
      columns: parsed.columns,
      keyColumn: batch.keyColumn,
      recordCount: records.value.length,
      batches: [batch],
      layout: null,
      settings: DEFAULT_PROJECT_SETTINGS,
    },
    records: records.value,
    event: {
      at: batch.importedAt,
      actor: batch.importedBy,
      recordKey: null,
      detail: {
        kind: 'import',
        batchId: batch.id,
        fileName: batch.fileName,
        recordCount: records.value.length,
      },
    },
  });
}
