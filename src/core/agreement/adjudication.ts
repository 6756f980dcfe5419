import type { ConsensusDecision, ConsensusValue } from '../model/coding';
import type { CodeId, CoderId, RecordKey } from '../model/ids';
import { fail, ok, type Problem, type Result } from '../model/problem';

/** A rationale needs this many characters (spaces at the ends aside). */
export const MIN_RATIONALE_LENGTH = 3;
export const MAX_RATIONALE_LENGTH = 2000;

export type DecisionInput = {
  readonly recordKey: RecordKey;
  readonly codeId: CodeId;
  readonly value: ConsensusValue;
  readonly rationale: string;
  readonly decidedBy: CoderId;
  readonly decidedAt: string;
};

/**
 * The lead's decision on one record × code, with its rationale trimmed.
 * Refuses (RATIONALE_MISSING, RATIONALE_TOO_LONG) a rationale that is
 * shorter than MIN_RATIONALE_LENGTH or longer than MAX_RATIONALE_LENGTH:
 * the consensus layer must say why.
 */
export function createConsensusDecision(
  input: DecisionInput,
): Result<ConsensusDecision, Problem> {
  const rationale = input.rationale.trim();
  if (rationale.length < MIN_RATIONALE_LENGTH) {
    return fail(
      problem(
        'RATIONALE_MISSING',
        'Write a short rationale (at least ' +
          `${MIN_RATIONALE_LENGTH} characters) saying why, then save.`,
      ),
    );
  }
  if (rationale.length > MAX_RATIONALE_LENGTH) {
    return fail(
      problem(
        'RATIONALE_TOO_LONG',
        `The rationale has ${rationale.length} characters; keep it to ` +
          `${MAX_RATIONALE_LENGTH} and put longer notes in a memo.`,
      ),
    );
  }

  return ok({ ...input, rationale });
}

/**
 * The order in which to show an item's coders when their names are
 * hidden: a permutation of 0..count−1 that depends on the item only, so
 * "Coder A" is not always the same person and position gives nothing
 * away, while each item keeps its order between visits.
 */
export function orderCodersForBlindReview(
  itemKey: string,
  count: number,
): number[] {
  const order = Array.from({ length: count }, (_, index) => index);
  let state = hashKey(itemKey);
  for (let index = count - 1; index > 0; index -= 1) {
    state = nextState(state);
    const pick = state % (index + 1);
    [order[index], order[pick]] = [order[pick]!, order[index]!];
  }
  return order;
}

/** "Coder A", "Coder B", … "Coder Z", "Coder AA", … */
export function labelBlindCoder(position: number): string {
  let label = '';
  let rest = position;
  do {
    label = String.fromCharCode(65 + (rest % 26)) + label;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return `Coder ${label}`;
}

/** 32-bit FNV-1a of the key's UTF-16 code units. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One step of a 32-bit xorshift (Marsaglia 2003). */
function nextState(state: number): number {
  let x = state || 0x9e3779b9;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return x >>> 0;
}

function problem(code: string, message: string): Problem {
  return { row: null, column: null, code, message, severity: 'error' };
}
