import {
  asColumnKey,
  asProjectId,
  type RecordKey,
} from '../../../../src/core/model/ids';
import type { Column, ScanRecord } from '../../../../src/core/model/scan';
import {
  buildImportCommit,
  buildRecords,
  createImportBatch,
  parseScanText,
  type ImportCommit,
  type ReimportInput,
} from '../../../../src/core/scan';

/*
 * A scan imported once, edited, and imported again: P-1 changes in the
 * file, P-2's edit meets an unchanged value, P-3's edit meets a new one,
 * the file catches up with P-4's edit, P-5 disappears and P-6 appears;
 * `notes` goes and `url` comes.
 */
export const KEY = asColumnKey('id');
export const FIRST =
  'id,name,city,notes\nP-1,Ann,Oslo,n1\nP-2,Bo,Rome,\n' +
  'P-3,Cy,Pisa,\nP-4,Di,pisa,\nP-5,Eve,Lima,n5\n';
export const SECOND =
  'id,name,city,url\nP-1,Ann,Bergen,https://p1\nP-2,Bo,Rome,\n' +
  'P-3,Cyril,Pisa,\nP-4,Di,Pisa,\nP-6,Flo,Kyiv,\n';

/** User edits made after the first import, by record key and column. */
export const EDITS: Record<string, Record<string, string>> = {
  'P-2': { name: 'Bob' },
  'P-3': { name: 'Cyrus' },
  'P-4': { city: 'Pisa' },
  'P-5': { name: 'Eve!' },
};

export function recordsOf(
  text: string,
  batchId: string,
): {
  columns: readonly Column[];
  records: ScanRecord[];
} {
  const parsed = parseScanText(text);
  const built = buildRecords(parsed, { keyColumn: KEY, batchId });
  if (!built.ok) throw new Error('fixture keys must be valid');

  return { columns: parsed.columns, records: built.value };
}

export function reimportInput(): ReimportInput {
  const first = recordsOf(FIRST, 'b1');
  const editedBase = new Map<RecordKey, Record<string, string>>();
  const current = first.records.map((record) => {
    const edits = EDITS[record.key] ?? {};
    const base = Object.fromEntries(
      Object.keys(edits).map((column) => [column, record.fields[column] ?? '']),
    );
    if (Object.keys(edits).length > 0) editedBase.set(record.key, base);
    return { ...record, fields: { ...record.fields, ...edits } };
  });

  return {
    columns: first.columns,
    current,
    editedBase,
    incoming: recordsOf(SECOND, 'b2'),
  };
}

/** The project as the first import creates it. */
export function importFirst(): ImportCommit {
  const parsed = parseScanText(FIRST);
  const batch = createImportBatch(parsed, {
    id: 'b1',
    kind: 'import',
    fileName: 'scan.csv',
    importedAt: '2021-01-01T09:00:00.000Z',
    importedBy: 'Lee',
    keyColumn: KEY,
  });
  const result = buildImportCommit(parsed, {
    id: asProjectId('project-1'),
    name: 'Pods',
    batch,
  });
  if (!result.ok) throw new Error('the first import must succeed');

  return result.value;
}
