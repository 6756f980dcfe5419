import { describe, expect, it } from 'vitest';
import type {
  AuditDetail,
  AuditEvent,
} from '../../../../../src/core/model/audit';
import { asProjectId } from '../../../../../src/core/model/ids';
import { findMergeHistory } from '../../../../../src/renderer/features/exchange/merge-history';

function event(seq: number, detail: AuditDetail): AuditEvent {
  return {
    seq,
    projectId: asProjectId('p1'),
    at: `2024-06-0${seq}T09:00:00.000Z`,
    actor: 'Lead',
    recordKey: null,
    detail,
  };
}

function merge(seq: number, file: string): AuditEvent {
  return event(seq, {
    kind: 'merge',
    sources: [file],
    summary: `Merged ${file}`,
    parts: ['meta', 'layers'],
  });
}

function revert(seq: number, reverts: number): AuditEvent {
  return event(seq, {
    kind: 'merge',
    sources: [],
    summary: 'Undid',
    parts: ['meta', 'layers'],
    reverts,
    via: 'undo',
  });
}

const EDIT = {
  kind: 'rename',
  oldName: 'a',
  newName: 'b',
} as const satisfies AuditDetail;

describe('findMergeHistory', () => {
  it('offers the latest merge while nothing came after it', () => {
    expect(
      findMergeHistory([event(1, EDIT), merge(2, 'a.json')]),
    ).toStrictEqual({
      kind: 'undoable',
      merge: {
        seq: 2,
        at: '2024-06-02T09:00:00.000Z',
        actor: 'Lead',
        sources: ['a.json'],
        summary: 'Merged a.json',
      },
    });
  });

  it('offers the merge before once the latest is undone', () => {
    const history = findMergeHistory([
      merge(1, 'a.json'),
      merge(2, 'b.json'),
      revert(3, 2),
    ]);

    expect(history).toMatchObject({ kind: 'undoable', merge: { seq: 1 } });
  });

  it('blocks the undo of a merge other changes followed', () => {
    const history = findMergeHistory([
      merge(1, 'a.json'),
      event(2, EDIT),
      event(3, EDIT),
    ]);

    expect(history).toMatchObject({
      kind: 'blocked',
      merge: { seq: 1 },
      changesSince: 2,
    });
  });

  it('has nothing to undo once every merge is undone', () => {
    expect(
      findMergeHistory([event(1, EDIT), merge(2, 'a.json'), revert(3, 2)]),
    ).toStrictEqual({ kind: 'none' });
  });
});
