import { MAX_SAMPLE_SEED, type SampleRequest } from '../../../core/coding';
import type { Column } from '../../../core/model/scan';
import type { ReliabilitySample } from '../../../core/model/coding';
import type { CoderId, ColumnKey } from '../../../core/model/ids';
import { countOf } from '../../../core/scan';

/** The draw form as the lead fills it in; numbers still as typed. */
export type SampleForm = {
  readonly name: string;
  readonly sizeKind: 'percent' | 'count';
  readonly sizeText: string;
  readonly method: 'simple' | 'stratified';
  readonly stratifyBy: ColumnKey | '';
  readonly seedText: string;
  readonly coderIds: readonly CoderId[];
};

/**
 * A seed for a new draw, uniform over the generator's 32-bit seeds;
 * `random` returns values in [0, 1) like Math.random.
 */
export function createRandomSeed(random: () => number = Math.random): number {
  return Math.floor(random() * (MAX_SAMPLE_SEED + 1));
}

/**
 * The request the form describes. Numbers are read as typed (a blank or
 * garbled field becomes NaN), so core's checks word every problem.
 */
export function buildSampleRequest(form: SampleForm): SampleRequest {
  const isStratified = form.method === 'stratified';
  return {
    name: form.name,
    seed: parseNumber(form.seedText),
    method: form.method,
    size: { kind: form.sizeKind, value: parseNumber(form.sizeText) },
    stratifyBy: isStratified && form.stratifyBy !== '' ? form.stratifyBy : null,
    coderIds: form.coderIds,
  };
}

/**
 * The column a stratified sample most likely wants: one whose label
 * speaks of the operator type, else the first column that is not the key.
 */
export function pickStratumColumn(
  columns: readonly Column[],
  keyColumn: ColumnKey | null,
): ColumnKey | '' {
  const candidates = columns.filter((column) => column.key !== keyColumn);
  const operator = candidates.find((column) =>
    /operator\s*type/i.test(column.label),
  );
  return (operator ?? candidates[0])?.key ?? '';
}

/** "10% of the records" or "30 records", then how they were drawn. */
export function describeSampleDraw(
  sample: ReliabilitySample,
  labelOf: (column: ColumnKey) => string,
): string {
  const size =
    sample.size.kind === 'percent'
      ? `${sample.size.value}% of the records`
      : countOf(sample.size.value, 'record');
  const method =
    sample.stratifyBy === null
      ? 'simple random'
      : `stratified by ${labelOf(sample.stratifyBy)}`;
  return `${size}, ${method}`;
}

function parseNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}
