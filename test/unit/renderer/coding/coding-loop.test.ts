import { describe, expect, it } from 'vitest';
import type { CodingKeyAction, Layer } from '../../../../src/core/coding';
import type { RecordCoding } from '../../../../src/core/model/coding';
import {
  asCodeId,
  asCoderId,
  asRecordKey,
} from '../../../../src/core/model/ids';
import {
  runCodingKey,
  type LoopTools,
} from '../../../../src/renderer/features/coding/coding-loop';

/** Loop tools that record every call; actions answer `isTaken`. */
function recordingTools(
  patch: { selected?: string | null; isTaken?: boolean; atEnd?: boolean } = {},
  own: Layer = new Map(),
) {
  const calls: string[] = [];
  const isTaken = patch.isTaken ?? true;
  const tools: LoopTools = {
    actions: {
      toggle: (key, codeId) => (calls.push(`toggle ${key} ${codeId}`), isTaken),
      changeStatus: (key, status) => (
        calls.push(`status ${key} ${status}`),
        isTaken
      ),
      changeMemo: (key) => (calls.push(`memo ${key}`), isTaken),
    },
    own,
    selected: patch.selected === undefined ? 'LP-0002' : patch.selected,
    move: (step) => (calls.push(`move ${step}`), patch.atEnd !== true),
    notify: (_level, message) => calls.push(`notify ${message}`),
  };
  return { tools, calls };
}

const DONE: CodingKeyAction = { kind: 'done' };
const TOGGLE: CodingKeyAction = { kind: 'toggle', codeId: asCodeId('c-1') };

describe('runCodingKey', () => {
  it('marks the record done, then moves to the next one', () => {
    const { tools, calls } = recordingTools();
    runCodingKey(DONE, false, tools);
    expect(calls).toEqual(['status LP-0002 done', 'move 1']);
  });

  it('stays on the record when marking it done was refused', () => {
    const { tools, calls } = recordingTools({ isTaken: false });
    runCodingKey(DONE, false, tools);
    expect(calls).toEqual(['status LP-0002 done']);
  });

  it('says so when done was pressed on the last record in view', () => {
    const { tools, calls } = recordingTools({ atEnd: true });
    runCodingKey(DONE, false, tools);
    expect(calls).toEqual([
      'status LP-0002 done',
      'move 1',
      'notify Done. That was the last record in view.',
    ]);
  });

  it('toggles a code once, ignoring the key held down', () => {
    const { tools, calls } = recordingTools();
    runCodingKey(TOGGLE, false, tools);
    runCodingKey(TOGGLE, true, tools);
    expect(calls).toEqual(['toggle LP-0002 c-1']);
  });

  it('moves on with J and K, held down too', () => {
    const { tools, calls } = recordingTools({ selected: null });
    runCodingKey({ kind: 'next' }, true, tools);
    runCodingKey({ kind: 'previous' }, false, tools);
    expect(calls).toEqual(['move 1', 'move -1']);
  });

  it('asks for a record before coding when none is selected', () => {
    const { tools, calls } = recordingTools({ selected: null });
    runCodingKey(TOGGLE, false, tools);
    expect(calls).toEqual([
      'notify Select a record to code first; J selects the first.',
    ]);
  });

  it('flags a record, and takes the flag off a flagged one', () => {
    const flagged: RecordCoding = {
      recordKey: asRecordKey('LP-0003'),
      coderId: asCoderId('coder-1'),
      codes: [],
      memo: '',
      status: 'flagged',
      createdAt: '2021-03-01T09:00:00.000Z',
      updatedAt: '2021-03-01T09:00:00.000Z',
      codebookVersion: 1,
    };
    const own: Layer = new Map([[flagged.recordKey, flagged]]);
    const first = recordingTools({ selected: 'LP-0002' }, own);
    runCodingKey({ kind: 'flag' }, false, first.tools);
    const second = recordingTools({ selected: 'LP-0003' }, own);
    runCodingKey({ kind: 'flag' }, false, second.tools);

    expect([...first.calls, ...second.calls]).toEqual([
      'status LP-0002 flagged',
      'status LP-0003 in_progress',
    ]);
  });
});
