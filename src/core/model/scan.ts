import type { ColumnKey, RecordKey } from './ids';

/** Type inferred for a column from its values; drives grid display only. */
export type ColumnType = 'text' | 'longtext' | 'number' | 'date' | 'url';

export type Column = {
  /** Unique, safe identifier used in fields and exports. */
  readonly key: ColumnKey;
  /** Header text exactly as in the source file. */
  readonly label: string;
  readonly type: ColumnType;
};

/** Column key holding surplus cells of rows longer than the header. */
export const OVERFLOW_COLUMN = '_overflow' as ColumnKey;

/** One scan row. */
export type ScanRecord = {
  readonly key: RecordKey;
  /** Column key → cell text. Every project column is present. */
  readonly fields: Readonly<Record<string, string>>;
  /** Import batch that last supplied this record's source values. */
  readonly batchId: string;
  /** Row number in that batch's file, 1 = first data row. */
  readonly sourceRow: number;
};

export type ImportBatch = {
  readonly id: string;
  readonly kind: 'import' | 'reimport';
  readonly fileName: string;
  readonly importedAt: string;
  readonly importedBy: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly rowCount: number;
  /** Null when Podscan generated the keys. */
  readonly keyColumn: ColumnKey | null;
};
