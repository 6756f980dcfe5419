import {
  listApplicableCodes,
  type Code,
  type Codebook,
} from '../../../core/codebook';
import type { ReliabilitySample } from '../../../core/model/coding';
import type { ProjectMeta } from '../../../core/model/project';
import { countOf } from '../../../core/scan';
import type { GridRow } from '../grid/grid-row';

/** Which records are compared. */
export type RecordScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'sample'; readonly sampleId: string }
  | {
      readonly kind: 'filter';
      readonly column: string;
      readonly value: string;
    };

/** Which codes are compared. */
export type CodeScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'set'; readonly setId: string }
  | { readonly kind: 'chosen'; readonly codeIds: readonly string[] };

/**
 * The record keys in scope, in grid order. A filter keeps the records
 * whose value in the column equals the given one, ignoring case and
 * spaces at the ends.
 */
export function resolveRecordKeys(
  scope: RecordScope,
  rows: readonly GridRow[],
  samples: readonly ReliabilitySample[],
): string[] {
  if (scope.kind === 'all') return rows.map((row) => row.key);
  if (scope.kind === 'sample') {
    const sample = samples.find((each) => each.id === scope.sampleId);
    const keys = new Set<string>(sample?.recordKeys ?? []);
    return rows.filter((row) => keys.has(row.key)).map((row) => row.key);
  }

  const wanted = normalise(scope.value);
  return rows
    .filter((row) => normalise(row.fields[scope.column] ?? '') === wanted)
    .map((row) => row.key);
}

/** The scope in words, for the view and the exported reports. */
export function describeRecordScope(
  scope: RecordScope,
  meta: ProjectMeta,
  samples: readonly ReliabilitySample[],
  count: number,
): string {
  if (scope.kind === 'all') return `all records (${count})`;
  if (scope.kind === 'sample') {
    const name =
      samples.find((each) => each.id === scope.sampleId)?.name ?? 'sample';
    return `reliability sample "${name}" (${countOf(count, 'record')})`;
  }
  const label =
    meta.columns.find((column) => column.key === scope.column)?.label ??
    scope.column;
  return `${label} = "${scope.value.trim()}" (${countOf(count, 'record')})`;
}

/** The codable codes in scope, in codebook tree order. */
export function resolveCodes(scope: CodeScope, codebook: Codebook): Code[] {
  const codable = listApplicableCodes(codebook);
  if (scope.kind === 'all') return codable;

  const wanted = new Set<string>(
    scope.kind === 'chosen'
      ? scope.codeIds
      : (codebook.sets.find((set) => set.id === scope.setId)?.codeIds ?? []),
  );
  return codable.filter((code) => wanted.has(code.id));
}

/** Up to `limit` distinct values of a column, most frequent first. */
export function listColumnValues(
  rows: readonly GridRow[],
  column: string,
  limit: number,
): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = (row.fields[column] ?? '').trim();
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([value]) => value);
}

function normalise(value: string): string {
  return value.trim().toLowerCase();
}
