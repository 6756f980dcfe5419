import { describe, expect, it } from 'vitest';
import type { CodingChange } from '../../../../src/core/model/coding';
import {
  asCodeId,
  asCoderId,
  asColumnKey,
  asRecordKey,
} from '../../../../src/core/model/ids';
import type { SettingValue } from '../../../../src/core/repository/types';
import {
  fromSettingValue,
  toSettingValue,
  type WorkspaceAction,
  type WorkspaceStack,
} from '../../../../src/renderer/features/workspace/undo-storage';

const EDIT = {
  recordKey: asRecordKey('P-2'),
  changes: [
    { column: asColumnKey('city'), oldValue: 'Austin', newValue: 'Austin, TX' },
  ],
};

const CODER = asCoderId('c0000000-0000-4000-8000-00000000000a');
const CHANGE: CodingChange = {
  kind: 'code',
  recordKey: asRecordKey('P-1'),
  coderId: CODER,
  before: null,
  after: {
    recordKey: asRecordKey('P-1'),
    coderId: CODER,
    codes: [asCodeId('965c3949-0000-4000-8000-000000000001')],
    memo: '',
    status: 'in_progress',
    createdAt: '2021-03-01T09:00:00.000Z',
    updatedAt: '2021-03-01T09:00:00.000Z',
    codebookVersion: 3,
  },
};

const STACK: WorkspaceStack = {
  limit: 500,
  done: [
    { kind: 'edit', edit: EDIT },
    { kind: 'coding', change: CHANGE },
  ],
  undone: [{ kind: 'coding', change: { ...CHANGE, kind: 'status' } }],
};

describe('the stored undo history', () => {
  it('reads back edits and coding actions in order', () => {
    const stored = JSON.parse(
      JSON.stringify(toSettingValue(STACK)),
    ) as SettingValue;

    expect(fromSettingValue(stored)).toStrictEqual(STACK);
  });

  it('reads a history stored before coding actions as edit actions', () => {
    const legacy = { limit: 500, done: [EDIT], undone: [] };

    expect(fromSettingValue(legacy)).toStrictEqual({
      limit: 500,
      done: [{ kind: 'edit', edit: EDIT }] satisfies WorkspaceAction[],
      undone: [],
    });
  });

  it('refuses a history with any malformed action', () => {
    const plain = toSettingValue(STACK) as Record<string, SettingValue>;
    const broken: SettingValue[] = [
      null,
      'undo',
      { ...plain, limit: '500' },
      { ...plain, done: 'none' },
      {
        ...plain,
        done: [{ kind: 'coding', change: { ...CHANGE, kind: 'x' } }],
      },
      { ...plain, undone: [{ kind: 'merge' }] },
      { ...plain, done: [{ kind: 'edit', edit: { recordKey: 'P-1' } }] },
    ];

    expect(broken.map(fromSettingValue)).toStrictEqual(broken.map(() => null));
    expect(fromSettingValue(undefined)).toBe(null);
  });
});
