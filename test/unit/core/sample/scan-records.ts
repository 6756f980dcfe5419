import {
  generateScan,
  type GenerateScanOptions,
  type SampleColumn,
  type SampleScan,
} from '../../../../src/core/sample';

export type SampleRecord = Readonly<Record<SampleColumn, string>>;

/** Generates a scan and fails the test when the options are refused. */
export function generateOrThrow(options: GenerateScanOptions): SampleScan {
  const result = generateScan(options);
  if (!result.ok) throw new Error(result.error.message);

  return result.value;
}

/** Rows as label → cell objects, so tests read like the spreadsheet. */
export function toRecords(scan: SampleScan): SampleRecord[] {
  return scan.rows.map(
    (row) =>
      Object.fromEntries(
        scan.columns.map((column, index) => [column, row[index] ?? '']),
      ) as SampleRecord,
  );
}

/** Percentage of `records` for which `test` holds. */
export function percentOf(
  records: readonly SampleRecord[],
  test: (record: SampleRecord) => boolean,
): number {
  return (100 * records.filter(test).length) / records.length;
}

/** Splits a `;`-separated cell into its values. */
export function listOf(cell: string): string[] {
  return cell === '' ? [] : cell.split('; ');
}
