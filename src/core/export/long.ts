import type { RecordCoding } from '../model/coding';
import type { CoderId, RecordKey } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import { writeCsv, type CsvOptions, type ExportOutput } from './csv';
import { listDecisionCodes, nameCoder, readAppliedCodes } from './layer-view';

/** Columns of the long (tidy) export, exactly and in this order. */
export const LONG_COLUMNS = [
  'record',
  'coder',
  'code_guid',
  'code',
  'value',
  'memo',
  'status',
  'coded_at',
  'codebook_version',
] as const;

export type LongOptions = CsvOptions & {
  /** Only these coders' layers; every layer when absent. */
  readonly coders?: readonly CoderId[];
};

/**
 * The long (tidy) CSV: one row per record × coder × code decision, by
 * record order, then coder-list order, then codebook tree order. On a
 * record the coder marked done, every codable, unretired code is decided:
 * value 1 if applied, 0 if not; a code applied there that is retired, a
 * grouping node or unknown gets a row with 1 too. On any other record
 * only applied codes are rows (value 1). A coding with no row so far
 * (no code applied, not done, or an empty codebook) gets one row with
 * empty `code_guid`, `code` and `value`, so its status and memo are kept.
 * `coder` is the coder's name, `coded_at` the coding's last change.
 */
export function exportLong(
  snapshot: ProjectSnapshot,
  options: LongOptions = {},
): ExportOutput {
  return writeCsv(LONG_COLUMNS, buildLongRows(snapshot, options), options);
}

/** The rows of the long export, without the header. */
export function buildLongRows(
  snapshot: ProjectSnapshot,
  options: Pick<LongOptions, 'coders'> = {},
): string[][] {
  const coders = (options.coders ?? snapshot.coders.map((c) => c.id)).filter(
    (id, index, all) => all.indexOf(id) === index,
  );
  const byRecord = groupByRecord(snapshot.layers, new Set(coders));
  const names: Names = {
    decisionIds: listDecisionCodes(snapshot.codebook).map((c) => c.id),
    coder: new Map(coders.map((id) => [id, nameCoder(snapshot, id)])),
    code: new Map(
      snapshot.codebook.codes.map((code) => [code.id as string, code.name]),
    ),
  };
  const rows: string[][] = [];
  for (const record of snapshot.records) {
    const codings = byRecord.get(record.key);
    if (codings === undefined) continue;

    for (const coderId of coders) {
      const coding = codings.get(coderId);
      if (coding !== undefined) {
        addCodingRows(rows, snapshot, coding, names);
      }
    }
  }
  return rows;
}

type Names = {
  readonly decisionIds: readonly string[];
  readonly coder: ReadonlyMap<string, string>;
  readonly code: ReadonlyMap<string, string>;
};

function addCodingRows(
  rows: string[][],
  snapshot: ProjectSnapshot,
  coding: RecordCoding,
  names: Names,
): void {
  const { decisionIds } = names;
  const coder = names.coder.get(coding.coderId) ?? coding.coderId;
  const applied = readAppliedCodes(coding, snapshot.codebook);
  const isDone = coding.status === 'done';
  const appliedSet = new Set<string>(applied);
  const decided = isDone ? decisionIds : [];
  const extra = applied.filter((id) => !isDone || !decisionIds.includes(id));
  const row = (codeId: string, value: string): string[] => [
    coding.recordKey,
    coder,
    codeId,
    names.code.get(codeId) ?? codeId,
    value,
    coding.memo,
    coding.status,
    coding.updatedAt,
    String(coding.codebookVersion),
  ];
  for (const id of decided) rows.push(row(id, appliedSet.has(id) ? '1' : '0'));
  for (const id of extra) rows.push(row(id, '1'));
  if (decided.length === 0 && extra.length === 0) rows.push(row('', ''));
}

function groupByRecord(
  layers: readonly RecordCoding[],
  coders: ReadonlySet<string>,
): Map<RecordKey, Map<string, RecordCoding>> {
  const byRecord = new Map<RecordKey, Map<string, RecordCoding>>();
  for (const coding of layers) {
    if (!coders.has(coding.coderId)) continue;

    const codings =
      byRecord.get(coding.recordKey) ?? new Map<string, RecordCoding>();
    codings.set(coding.coderId, coding);
    byRecord.set(coding.recordKey, codings);
  }
  return byRecord;
}
