import type { Code, Codebook } from '../../../../src/core/codebook';
import type { RecordCoding } from '../../../../src/core/model/coding';
import type {
  Clock,
  CodeId,
  CoderId,
  RecordKey,
} from '../../../../src/core/model/ids';
import {
  asCodeId,
  asCoderId,
  asRecordKey,
} from '../../../../src/core/model/ids';

export const ADA = asCoderId('c0000000-0000-4000-8000-00000000000a');
export const BEA = asCoderId('c0000000-0000-4000-8000-00000000000b');
export const CAL = asCoderId('c0000000-0000-4000-8000-00000000000c');

export function codeId(n: number): CodeId {
  return asCodeId(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`);
}

export function key(n: number): RecordKey {
  return asRecordKey(`P${String(n).padStart(3, '0')}`);
}

/** 2021-03-01T09:00Z plus `minutes`. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2021, 2, 1, 9, minutes)).toISOString();
}

/** A clock that starts at `at(start)` and moves one minute per call. */
export function stepClock(start = 0): Clock {
  let minutes = start;
  return () => at(minutes++);
}

/**
 * Version 7 of a small codebook: Supports (1, grouping) > Meals (2),
 * Devices (3); Transport (4, retired) > Bus passes (5); Tutoring (6).
 * GUID 9 was merged into Meals.
 */
export function sampleCodebook(): Codebook {
  return {
    version: 7,
    codes: [
      code(1, 'Supports', null, 0, { isCodable: false }),
      code(2, 'Meals', 1, 0),
      code(3, 'Devices', 1, 1),
      code(4, 'Transport', null, 1, { retired: true }),
      code(5, 'Bus passes', 4, 0),
      code(6, 'Tutoring', null, 2),
    ],
    sets: [],
    aliases: { [codeId(9)]: codeId(2) },
    history: [],
  };
}

/** A coding of `coderId` on record `n` with the given codes. */
export function coding(
  coderId: CoderId,
  n: number,
  codes: readonly number[],
  overrides: Partial<RecordCoding> = {},
): RecordCoding {
  return {
    recordKey: key(n),
    coderId,
    codes: codes.map(codeId),
    memo: '',
    status: 'in_progress',
    createdAt: at(0),
    updatedAt: at(0),
    codebookVersion: 5,
    ...overrides,
  };
}

function code(
  n: number,
  name: string,
  parent: number | null,
  order: number,
  overrides: Partial<Code> = {},
): Code {
  return {
    id: codeId(n),
    name,
    parentId: parent === null ? null : codeId(parent),
    definition: '',
    include: '',
    exclude: '',
    example: '',
    color: '#1F77B4',
    shortcut: null,
    isCodable: true,
    retired: false,
    order,
    ...overrides,
  };
}

/** The value of a successful result; fails the test otherwise. */
export function must<T, E>(
  result: { ok: true; value: T } | { ok: false; error: E },
): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

/** The error of a failed result; fails the test otherwise. */
export function mustFail<T, E>(
  result: { ok: true; value: T } | { ok: false; error: E },
): E {
  if (result.ok) throw new Error('expected a failure, got success');

  return result.error;
}
