import type { Coder } from '../model/coding';
import type { CoderId, IdGenerator } from '../model/ids';
import { asCoderId } from '../model/ids';
import type { Problem, Result } from '../model/problem';
import { fail, ok } from '../model/problem';
import { codingProblem } from './operations';

/** What a person types to become a coder. */
export type CoderInput = {
  readonly name: string;
  /** Derived from the name when absent or blank. */
  readonly initials?: string;
};

/** Longest display name kept; longer names are refused, not cut. */
export const MAX_CODER_NAME_LENGTH = 80;

/** Initials show on chips, so they stay short. */
export const MAX_INITIALS_LENGTH = 4;

/**
 * A new coder identity with a fresh GUID. The name is trimmed and inner
 * runs of spaces collapsed; initials are upper-cased.
 */
export function createCoder(
  input: CoderInput,
  newId: IdGenerator,
): Result<Coder, Problem> {
  const checked = checkCoderInput(input);
  if (!checked.ok) return checked;

  return ok({ id: asCoderId(newId()), ...checked.value });
}

/** The coder with a new name or initials; the GUID never changes. */
export function updateCoder(
  coder: Coder,
  input: CoderInput,
): Result<Coder, Problem> {
  const checked = checkCoderInput(input);
  if (!checked.ok) return checked;

  return ok({ id: coder.id, ...checked.value });
}

/**
 * Up to three initials: the first letter of each of the first three words
 * ("Rosa María Coder" → "RMC"), or the first two letters of a single word.
 */
export function deriveInitials(name: string): string {
  const words = name.split(/[\s\-_.]+/u).filter((word) => word !== '');
  const letters =
    words.length === 1
      ? [...(words[0] ?? '')].slice(0, 2)
      : words.slice(0, 3).map((word) => [...word][0] ?? '');
  return letters.join('').toLocaleUpperCase();
}

/** The roster with `coder` added, or replacing the coder with its GUID. */
export function upsertCoder(coders: readonly Coder[], coder: Coder): Coder[] {
  const index = coders.findIndex((each) => each.id === coder.id);
  if (index === -1) return [...coders, coder];

  return coders.map((each, at) => (at === index ? coder : each));
}

/** The coder with this GUID, or undefined. */
export function findCoder(
  coders: readonly Coder[],
  id: CoderId,
): Coder | undefined {
  return coders.find((coder) => coder.id === id);
}

/** True when `value` has the shape of a Coder (e.g. read from storage). */
export function isCoder(value: unknown): value is Coder {
  if (typeof value !== 'object' || value === null) return false;

  const { id, name, initials } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    id !== '' &&
    typeof name === 'string' &&
    typeof initials === 'string'
  );
}

function checkCoderInput(
  input: CoderInput,
): Result<{ name: string; initials: string }, Problem> {
  const name = input.name.trim().replace(/\s+/gu, ' ');
  if (name === '') {
    return fail(
      codingProblem(
        'CODER_NAME_MISSING',
        'A coder needs a name; type the name to show on your codings.',
      ),
    );
  }
  if (name.length > MAX_CODER_NAME_LENGTH) {
    return fail(
      codingProblem(
        'CODER_NAME_TOO_LONG',
        `A coder name has at most ${MAX_CODER_NAME_LENGTH} characters; ` +
          `this one has ${name.length}. Shorten it.`,
      ),
    );
  }

  const typed = input.initials?.trim() ?? '';
  const initials = (
    typed === '' ? deriveInitials(name) : typed
  ).toLocaleUpperCase();
  if (
    !/^[\p{L}\p{N}]+$/u.test(initials) ||
    [...initials].length > MAX_INITIALS_LENGTH
  ) {
    return fail(
      codingProblem(
        'CODER_INITIALS_INVALID',
        `Initials "${initials}" must be 1 to ${MAX_INITIALS_LENGTH} letters ` +
          'or digits without spaces; type other initials.',
      ),
    );
  }
  return ok({ name, initials });
}
