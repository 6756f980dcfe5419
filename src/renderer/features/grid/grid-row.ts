import type { ScanRecord } from '../../../core/model/scan';

/**
 * A record as the grid holds it. `fields` is replaced, never mutated, so
 * the records loaded from storage stay as they were read.
 */
export type GridRow = {
  readonly key: string;
  fields: Readonly<Record<string, string>>;
};

export function toGridRows(records: readonly ScanRecord[]): GridRow[] {
  return records.map((record) => ({
    key: record.key,
    fields: record.fields,
  }));
}
