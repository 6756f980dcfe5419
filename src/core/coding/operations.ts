import {
  findCode,
  isCodeHidden,
  remapCodeIds,
  resolveCodeId,
} from '../codebook';
import type { Codebook } from '../codebook';
import type {
  CodingChange,
  CodingChangeKind,
  CodingStatus,
  RecordCoding,
} from '../model/coding';
import { CODING_STATUSES } from '../model/coding';
import type { Clock, CodeId, CoderId, RecordKey } from '../model/ids';
import type { Problem, Result } from '../model/problem';
import { fail, ok } from '../model/problem';

/** Who codes, under which codebook, and the time source. */
export type CodingContext = {
  readonly coderId: CoderId;
  readonly codebook: Codebook;
  readonly clock: Clock;
};

/** A record and the coding coder's own entry for it (null = none yet). */
export type CodingTarget = {
  readonly recordKey: RecordKey;
  readonly current: RecordCoding | null;
};

/**
 * A change to apply and remember for undo, or why it was refused. A change
 * that changes nothing has `after === before` (see `isCodingChanged`).
 */
export type CodingResult = Result<CodingChange, Problem>;

/**
 * Applies or removes `codeId` on the record for the context's coder. A
 * merged-away GUID counts as the code it was merged into, and the entry's
 * codes are stored through the aliases too. Toggling on a not-started
 * record starts it (in progress). Refuses unknown, grouping and retired
 * codes (retired includes codes under a retired parent): a retired code
 * stays on the records coded with it until a lead restores it.
 */
export function toggleCode(
  target: CodingTarget,
  codeId: CodeId,
  context: CodingContext,
): CodingResult {
  const refusal = checkTarget(target, context);
  if (refusal !== null) return fail(refusal);

  const { aliases } = context.codebook;
  const resolved = resolveCodeId(codeId, aliases);
  const problem = checkApplicable(context.codebook, resolved);
  if (problem !== null) return fail(problem);

  const codes = remapCodeIds(target.current?.codes ?? [], aliases);
  const next = codes.includes(resolved)
    ? codes.filter((id) => id !== resolved)
    : [...codes, resolved].sort();
  const status = target.current?.status ?? 'not_started';
  return ok(
    buildChange('code', target, context, {
      codes: next,
      status: status === 'not_started' ? 'in_progress' : status,
    }),
  );
}

/** Sets the record's memo for the context's coder. */
export function setMemo(
  target: CodingTarget,
  memo: string,
  context: CodingContext,
): CodingResult {
  const refusal = checkTarget(target, context);
  if (refusal !== null) return fail(refusal);
  if ((target.current?.memo ?? '') === memo)
    return ok(unchanged('memo', target, context));

  return ok(buildChange('memo', target, context, { memo }));
}

/**
 * Sets the record's status for the context's coder. Only `done` records
 * are agreement units; `flagged` asks for a second look.
 */
export function setStatus(
  target: CodingTarget,
  status: CodingStatus,
  context: CodingContext,
): CodingResult {
  const refusal = checkTarget(target, context);
  if (refusal !== null) return fail(refusal);
  if (!CODING_STATUSES.includes(status)) {
    return fail(
      codingProblem(
        'CODING_UNKNOWN_STATUS',
        `"${String(status)}" is not a coding status; use one of ` +
          `${CODING_STATUSES.join(', ')}.`,
      ),
    );
  }
  if ((target.current?.status ?? 'not_started') === status) {
    return ok(unchanged('status', target, context));
  }

  return ok(buildChange('status', target, context, { status }));
}

/** The change that undoes `change` (and, inverted again, redoes it). */
export function invertCodingChange(change: CodingChange): CodingChange {
  return { ...change, before: change.after, after: change.before };
}

/** False for the result of setting a memo or status to what it was. */
export function isCodingChanged(change: CodingChange): boolean {
  return change.before !== change.after;
}

/**
 * Why `codeId` (already resolved through aliases) cannot be applied now,
 * or null when it can.
 */
export function checkApplicable(
  codebook: Codebook,
  codeId: CodeId,
): Problem | null {
  const code = findCode(codebook, codeId);
  if (code === undefined) {
    return codingProblem(
      'CODING_UNKNOWN_CODE',
      `No code has the GUID ${codeId} in codebook version ` +
        `${codebook.version}; reload the codebook and try again.`,
    );
  }
  if (!code.isCodable) {
    return codingProblem(
      'CODING_GROUPING_CODE',
      `"${code.name}" is a grouping node and cannot be applied; apply one ` +
        'of the codes under it.',
    );
  }
  if (isCodeHidden(codebook, codeId)) {
    return codingProblem(
      'CODING_RETIRED_CODE',
      `"${code.name}" is retired, so it can no longer be applied or ` +
        'removed; records coded with it keep it. Ask a lead to restore it.',
    );
  }
  return null;
}

/** A blocking problem of a coding operation. */
export function codingProblem(code: string, message: string): Problem {
  return { row: null, column: null, code, message, severity: 'error' };
}

function checkTarget(
  target: CodingTarget,
  context: CodingContext,
): Problem | null {
  const { current } = target;
  if (current === null) return null;

  if (current.coderId !== context.coderId) {
    // Each coder's layer is theirs alone: an entry of another coder must
    // never be rewritten under this coder's name.
    return codingProblem(
      'CODING_OTHER_CODER',
      `The entry for record ${target.recordKey} belongs to coder ` +
        `${current.coderId}, not ${context.coderId}; switch coder to change it.`,
    );
  }
  if (current.recordKey !== target.recordKey) {
    return codingProblem(
      'CODING_WRONG_RECORD',
      `The entry passed for record ${target.recordKey} is for record ` +
        `${current.recordKey}; reload the record and try again.`,
    );
  }
  return null;
}

type CodingPatch = Partial<Pick<RecordCoding, 'codes' | 'memo' | 'status'>>;

function buildChange(
  kind: CodingChangeKind,
  target: CodingTarget,
  context: CodingContext,
  patch: CodingPatch,
): CodingChange {
  const at = context.clock();
  const before = target.current;
  const after: RecordCoding = {
    recordKey: target.recordKey,
    coderId: context.coderId,
    codes: remapCodeIds(before?.codes ?? [], context.codebook.aliases),
    memo: before?.memo ?? '',
    status: before?.status ?? 'not_started',
    createdAt: before?.createdAt ?? at,
    ...patch,
    updatedAt: at,
    codebookVersion: context.codebook.version,
  };
  return {
    kind,
    recordKey: target.recordKey,
    coderId: after.coderId,
    before,
    after,
  };
}

function unchanged(
  kind: CodingChangeKind,
  target: CodingTarget,
  context: CodingContext,
): CodingChange {
  const { recordKey, current } = target;
  const { coderId } = context;
  return { kind, recordKey, coderId, before: current, after: current };
}
