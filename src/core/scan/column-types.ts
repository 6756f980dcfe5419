import type { ColumnType } from '../model/scan';

/** Rows looked at per column; spread evenly over the file. */
const SAMPLE_SIZE = 500;

/**
 * Infers each column's display type from a sample of its non-empty
 * values (surrounding whitespace ignored): `number` when all are plain
 * numbers (no leading zeros, so codes such as ZIP "02134" stay text),
 * `date` when all are ISO dates (2021-03-01, optionally with a time) or
 * d/m/y-style dates (3/1/2021), `url` when all are http(s) addresses,
 * `longtext` when a value has a line break or more than 200 characters or
 * the average passes 80, otherwise `text`. An empty column is `text`.
 */
export function inferColumnTypes(
  width: number,
  rows: readonly (readonly string[])[],
): ColumnType[] {
  const step = Math.max(1, Math.floor(rows.length / SAMPLE_SIZE));
  const types: ColumnType[] = [];
  for (let c = 0; c < width; c++) {
    const values: string[] = [];
    for (let index = 0; index < rows.length; index += step) {
      const value = rows[index]?.[c]?.trim() ?? '';
      if (value !== '') values.push(value);
    }
    types.push(inferType(values));
  }
  return types;
}

const NUMBER = /^[-+]?(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?$/;
const FRACTION = /^[-+]?\.\d+$/;
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH_DATE = /^\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4})$/;
const URL = /^https?:\/\/\S+$/i;
const LINE_BREAK = /[\r\n]/;

function inferType(values: readonly string[]): ColumnType {
  if (values.length === 0) return 'text';
  if (values.every((value) => NUMBER.test(value) || FRACTION.test(value))) {
    return 'number';
  }
  if (values.every((value) => ISO_DATE.test(value) || SLASH_DATE.test(value))) {
    return 'date';
  }
  if (values.every((value) => URL.test(value))) return 'url';

  return isLongText(values) ? 'longtext' : 'text';
}

function isLongText(values: readonly string[]): boolean {
  let total = 0;
  for (const value of values) {
    if (value.length > 200 || LINE_BREAK.test(value)) return true;
    total += value.length;
  }
  return total / values.length > 80;
}
