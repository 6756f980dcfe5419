import { describe, expect, it } from 'vitest';
import {
  applyCodingChanges,
  invertCodingChange,
  isCodingChanged,
  setMemo,
  setStatus,
  toggleCode,
  type CodingContext,
} from '../../../../src/core/coding';
import type { CodingStatus } from '../../../../src/core/model/coding';
import {
  ADA,
  BEA,
  at,
  codeId,
  coding,
  key,
  must,
  mustFail,
  sampleCodebook,
  stepClock,
} from './support';

function context(coderId = ADA, start = 30): CodingContext {
  return { coderId, codebook: sampleCodebook(), clock: stepClock(start) };
}

describe('toggling a code', () => {
  it('applies a code to a record not started and starts it', () => {
    const change = must(
      toggleCode({ recordKey: key(1), current: null }, codeId(2), context()),
    );

    expect(change).toStrictEqual({
      kind: 'code',
      recordKey: key(1),
      coderId: ADA,
      before: null,
      after: {
        recordKey: key(1),
        coderId: ADA,
        codes: [codeId(2)],
        memo: '',
        status: 'in_progress',
        createdAt: at(30),
        updatedAt: at(30),
        codebookVersion: 7,
      },
    });
  });

  it('moves a not-started entry to in progress but keeps other statuses', () => {
    const notStarted = coding(ADA, 1, [], { status: 'not_started' });
    const flagged = coding(ADA, 2, [], { status: 'flagged' });

    const started = must(
      toggleCode(
        { recordKey: key(1), current: notStarted },
        codeId(3),
        context(),
      ),
    );
    const stillFlagged = must(
      toggleCode({ recordKey: key(2), current: flagged }, codeId(3), context()),
    );

    expect(started.after?.status).toBe('in_progress');
    expect(stillFlagged.after?.status).toBe('flagged');
  });

  it('removes an applied code, keeping createdAt and stamping the version', () => {
    const current = coding(ADA, 1, [2, 3], { status: 'done', memo: 'ok' });

    const change = must(
      toggleCode({ recordKey: key(1), current }, codeId(2), context()),
    );

    expect(change.before).toBe(current);
    expect(change.after).toStrictEqual({
      ...current,
      codes: [codeId(3)],
      updatedAt: at(30),
      codebookVersion: 7,
    });
  });

  it('keeps codes sorted and counts a merged-away GUID as its survivor', () => {
    const current = coding(ADA, 1, [6, 9]);

    const added = must(
      toggleCode({ recordKey: key(1), current }, codeId(3), context()),
    );
    const removedThroughAlias = must(
      toggleCode({ recordKey: key(1), current }, codeId(2), context()),
    );

    expect(added.after?.codes).toStrictEqual([codeId(2), codeId(3), codeId(6)]);
    expect(removedThroughAlias.after?.codes).toStrictEqual([codeId(6)]);
  });

  it('refuses grouping, retired, retired-branch and unknown codes', () => {
    const target = { recordKey: key(1), current: null };
    const codeOf = (n: number) =>
      mustFail(toggleCode(target, codeId(n), context())).code;

    expect(codeOf(1)).toBe('CODING_GROUPING_CODE');
    expect(codeOf(4)).toBe('CODING_RETIRED_CODE');
    expect(codeOf(5)).toBe('CODING_RETIRED_CODE');
    expect(codeOf(42)).toBe('CODING_UNKNOWN_CODE');
    expect(mustFail(toggleCode(target, codeId(1), context())).message).toBe(
      '"Supports" is a grouping node and cannot be applied; apply one of ' +
        'the codes under it.',
    );
  });

  it('refuses to change an entry of another coder', () => {
    const theirs = coding(BEA, 1, [2]);

    const problem = mustFail(
      toggleCode({ recordKey: key(1), current: theirs }, codeId(3), context()),
    );

    expect(problem.code).toBe('CODING_OTHER_CODER');
    expect(theirs.codes).toStrictEqual([codeId(2)]);
  });

  it('refuses an entry of another record', () => {
    const problem = mustFail(
      toggleCode(
        { recordKey: key(2), current: coding(ADA, 1, []) },
        codeId(3),
        context(),
      ),
    );

    expect(problem.code).toBe('CODING_WRONG_RECORD');
  });
});

describe('memo and status', () => {
  it('writes a memo without changing the status', () => {
    const current = coding(ADA, 1, [2], { status: 'done' });

    const change = must(
      setMemo(
        { recordKey: key(1), current },
        'Meals on Fridays only',
        context(),
      ),
    );

    expect(change.kind).toBe('memo');
    expect(change.after).toStrictEqual({
      ...current,
      memo: 'Meals on Fridays only',
      updatedAt: at(30),
      codebookVersion: 7,
    });
  });

  it('sets each status and leaves an unchanged one alone', () => {
    const current = coding(ADA, 1, [2]);
    const statuses: CodingStatus[] = ['done', 'flagged', 'not_started'];

    const after = statuses.map(
      (status) =>
        must(setStatus({ recordKey: key(1), current }, status, context())).after
          ?.status,
    );
    const same = must(
      setStatus({ recordKey: key(1), current }, 'in_progress', context()),
    );
    const sameMemo = must(
      setMemo({ recordKey: key(1), current }, '', context()),
    );

    expect(after).toStrictEqual(statuses);
    expect(isCodingChanged(same)).toBe(false);
    expect(same.after).toBe(current);
    expect(isCodingChanged(sameMemo)).toBe(false);
  });

  it('refuses a status that does not exist', () => {
    const problem = mustFail(
      setStatus(
        { recordKey: key(1), current: null },
        'finished' as CodingStatus,
        context(),
      ),
    );

    expect(problem.code).toBe('CODING_UNKNOWN_STATUS');
  });
});

describe('undo', () => {
  it('restores the layer exactly by applying the inverted changes', () => {
    const ctx = context();
    const original = new Map([
      [key(1), coding(ADA, 1, [2])],
      [key(2), coding(ADA, 2, [3], { status: 'done' })],
    ]);
    const first = must(
      toggleCode({ recordKey: key(3), current: null }, codeId(6), ctx),
    );
    const second = must(
      setStatus(
        { recordKey: key(1), current: original.get(key(1)) ?? null },
        'flagged',
        ctx,
      ),
    );
    const changed = applyCodingChanges(original, ADA, [first, second]);

    const undone = applyCodingChanges(
      changed,
      ADA,
      [second, first].map(invertCodingChange),
    );

    expect(changed.get(key(3))?.codes).toStrictEqual([codeId(6)]);
    expect(changed.get(key(1))?.status).toBe('flagged');
    expect(undone).toStrictEqual(original);
    expect(invertCodingChange(invertCodingChange(first))).toStrictEqual(first);
  });

  it('ignores changes of another coder when applying to a layer', () => {
    const layer = new Map([[key(1), coding(ADA, 1, [2])]]);
    const theirs = must(
      toggleCode({ recordKey: key(1), current: null }, codeId(3), context(BEA)),
    );

    expect(applyCodingChanges(layer, ADA, [theirs])).toStrictEqual(layer);
  });
});
