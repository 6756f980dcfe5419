import type { Problem, Result } from '../model/problem';
import { fail, ok } from '../model/problem';
import type { SampleSize } from '../model/coding';
import type { SampleRequest } from './sampling';
import type { SampleableRecord } from './strata';

/** Largest seed: the generator takes 32-bit seeds. */
export const MAX_SAMPLE_SEED = 0xffff_ffff;

/**
 * Checks a sample request against the records it draws from; gives the
 * number of records to draw, or the first problem found.
 */
export function checkSampleRequest(
  request: SampleRequest,
  records: readonly SampleableRecord[],
): Result<number, Problem> {
  const problem =
    checkName(request) ??
    checkSeed(request) ??
    checkCoders(request) ??
    checkStratifyBy(request, records);
  if (problem !== null) return fail(problem);

  return checkSize(request, records.length);
}

/**
 * How many records a size asks for out of `total`: a count as is; a
 * percentage rounded half up, and at least one record of a non-empty set.
 */
export function computeSampleCount(total: number, size: SampleSize): number {
  if (size.kind === 'count') return size.value;
  if (total === 0) return 0;

  return Math.max(1, Math.round((total * size.value) / 100));
}

function checkName(request: SampleRequest): Problem | null {
  if (request.name.trim() !== '') return null;

  return sampleProblem(
    'SAMPLE_NAME_MISSING',
    'A sample needs a name, such as "Reliability round 1"; type one.',
  );
}

function checkSeed({ seed }: SampleRequest): Problem | null {
  if (Number.isInteger(seed) && seed >= 0 && seed <= MAX_SAMPLE_SEED) {
    return null;
  }

  return sampleProblem(
    'SAMPLE_SEED_INVALID',
    `Seed ${seed} is not a whole number from 0 to ${MAX_SAMPLE_SEED}; ` +
      'type such a number or draw a new seed.',
  );
}

function checkCoders({ coderIds }: SampleRequest): Problem | null {
  if (new Set(coderIds).size >= 2) return null;

  return sampleProblem(
    'SAMPLE_TOO_FEW_CODERS',
    'A reliability sample is coded by two or more coders; assign at ' +
      'least two different coders.',
  );
}

function checkStratifyBy(
  request: SampleRequest,
  records: readonly SampleableRecord[],
): Problem | null {
  const column = request.stratifyBy;
  if (request.method === 'simple') return null;
  if (request.method !== 'stratified') {
    return sampleProblem(
      'SAMPLE_METHOD_UNKNOWN',
      `"${String(request.method)}" is not a sampling method; use simple ` +
        'or stratified.',
    );
  }
  if (column === null || column === '') {
    return sampleProblem(
      'SAMPLE_STRATUM_COLUMN_MISSING',
      'A stratified sample needs a column to stratify by, such as the ' +
        'operator type; choose one.',
    );
  }
  if (records.some((record) => Object.hasOwn(record.fields, column))) {
    return null;
  }

  return {
    ...sampleProblem(
      'SAMPLE_STRATUM_COLUMN_UNKNOWN',
      `No record has a column "${column}" to stratify by; choose a ` +
        'column of this project.',
    ),
    column,
  };
}

function checkSize(
  { size }: SampleRequest,
  total: number,
): Result<number, Problem> {
  if (total === 0) {
    return fail(
      sampleProblem(
        'SAMPLE_NO_RECORDS',
        'The project has no records to sample; import a scan first.',
      ),
    );
  }
  const valid =
    size.kind === 'percent'
      ? Number.isFinite(size.value) && size.value > 0 && size.value <= 100
      : Number.isInteger(size.value) && size.value >= 1;
  if (!valid) {
    return fail(
      sampleProblem(
        'SAMPLE_SIZE_INVALID',
        size.kind === 'percent'
          ? `${size.value}% is not a sample size; type a percentage ` +
              'above 0 and at most 100.'
          : `${size.value} is not a sample size; type a whole number of ` +
              'records, at least 1.',
      ),
    );
  }

  const count = computeSampleCount(total, size);
  if (count <= total) return ok(count);

  return fail(
    sampleProblem(
      'SAMPLE_SIZE_TOO_LARGE',
      `The sample asks for ${count} records but the project has ${total}; ` +
        `ask for ${total} or fewer.`,
    ),
  );
}

function sampleProblem(code: string, message: string): Problem {
  return { row: null, column: null, code, message, severity: 'error' };
}
