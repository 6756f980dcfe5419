import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../../../src/core/model/audit';
import type { RecordKey } from '../../../src/core/model/ids';
import { asColumnKey } from '../../../src/core/model/ids';
import type { CurrentSubject } from './contract';
import { ACTOR, recordKey } from './fixtures';
import { seedProject } from './seed';

const P1 = recordKey(1);
const P2 = recordKey(2);
const T1 = '2021-03-02T10:00:00.000Z';
const T2 = '2021-03-02T10:05:00.000Z';
const T3 = '2021-03-02T10:09:00.000Z';

export function describeEditContract(current: CurrentSubject): void {
  describe('edits', () => {
    it('overlays saved edits on the loaded records', async () => {
      const { repository } = current();
      const { meta, records } = await seedProject(repository, 'p1');

      await repository.saveEdits(
        meta.id,
        [edit(P1, change('city', 'Tulsa', 'Tulsa, OK'))],
        { at: T1, actor: ACTOR },
      );

      const [first, ...rest] = await repository.loadRecords(meta.id);
      expect(first).toStrictEqual({
        ...records[0],
        fields: { ...records[0]?.fields, city: 'Tulsa, OK' },
      });
      expect(rest).toStrictEqual(records.slice(1));
      expect((await repository.getProject(meta.id))?.updatedAt).toBe(T1);
    });

    it('logs who changed what, when, per record and in order', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      const saved = [
        ...(await repository.saveEdits(
          meta.id,
          [edit(P1, change('city', 'Tulsa', 'Tulsa, OK'))],
          { at: T1, actor: ACTOR },
        )),
        ...(await repository.saveEdits(
          meta.id,
          [edit(P2, change('name', 'Learning hub 2', 'Hub Two'))],
          { at: T2, actor: 'Lee Lead' },
        )),
        ...(await repository.saveEdits(
          meta.id,
          [
            edit(
              P1,
              change('cost_type', 'free', 'sliding scale'),
              change('name', 'Learning hub 1', 'Hub One'),
            ),
          ],
          { at: T3, actor: ACTOR },
        )),
      ];

      const history = await repository.listAudit(meta.id, { recordKey: P1 });

      expect(history).toStrictEqual([
        auditEdit(2, meta.id, P1, T1, ACTOR, [
          change('city', 'Tulsa', 'Tulsa, OK'),
        ]),
        auditEdit(4, meta.id, P1, T3, ACTOR, [
          change('cost_type', 'free', 'sliding scale'),
          change('name', 'Learning hub 1', 'Hub One'),
        ]),
      ]);
      expect(saved.map((event) => event.seq)).toStrictEqual([2, 3, 4]);
      expect(await repository.listAudit(meta.id, { limit: 2 })).toStrictEqual([
        saved[1],
        saved[2],
      ]);
      expect(await repository.listAudit(meta.id, { limit: 0 })).toEqual([]);
    });

    it('keeps the first base value when a field is edited again', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      const info = { at: T1, actor: ACTOR };
      await repository.saveEdits(
        meta.id,
        [edit(P1, change('city', 'Tulsa', 'Tulsa, OK'))],
        info,
      );

      // A stale view still believes the field holds its imported value.
      const [event] = await repository.saveEdits(
        meta.id,
        [edit(P1, change('city', 'Tulsa', 'Broken Arrow'))],
        info,
      );

      expect(event?.detail).toStrictEqual({
        kind: 'edit',
        changes: [change('city', 'Tulsa, OK', 'Broken Arrow')],
      });
      expect(await repository.loadEditedBase(meta.id)).toStrictEqual(
        new Map([[P1, { city: 'Tulsa' }]]),
      );
      const [first] = await repository.loadRecords(meta.id);
      expect(first?.fields.city).toBe('Broken Arrow');
    });

    it('returns the imported values of edited fields only', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');

      await repository.saveEdits(
        meta.id,
        [
          edit(P1, change('city', 'Tulsa', 'Tulsa, OK')),
          edit(P2, change('name', 'Learning hub 2', 'Hub Two')),
          edit(P2, change('cost_type', 'fee', 'free')),
        ],
        { at: T1, actor: ACTOR },
      );

      expect(await repository.loadEditedBase(meta.id)).toStrictEqual(
        new Map([
          [P1, { city: 'Tulsa' }],
          [P2, { name: 'Learning hub 2', cost_type: 'fee' }],
        ]),
      );
    });

    it('records undo and redo, and an undone edit is no edit', async () => {
      const { repository } = current();
      const { meta, records } = await seedProject(repository, 'p1');
      const forward = change('city', 'Tulsa', 'Tulsa, OK');
      const backward = change('city', 'Tulsa, OK', 'Tulsa');
      await repository.saveEdits(meta.id, [edit(P1, forward)], {
        at: T1,
        actor: ACTOR,
      });

      const [undo] = await repository.saveEdits(meta.id, [edit(P1, backward)], {
        at: T2,
        actor: ACTOR,
        via: 'undo',
      });
      const afterUndo = await repository.loadRecords(meta.id);
      const baseAfterUndo = await repository.loadEditedBase(meta.id);
      const [redo] = await repository.saveEdits(meta.id, [edit(P1, forward)], {
        at: T3,
        actor: ACTOR,
        via: 'redo',
      });

      expect(undo?.detail).toStrictEqual({
        kind: 'edit',
        changes: [backward],
        via: 'undo',
      });
      expect(redo?.detail).toStrictEqual({
        kind: 'edit',
        changes: [forward],
        via: 'redo',
      });
      expect(afterUndo).toStrictEqual(records);
      expect(baseAfterUndo).toStrictEqual(new Map());
      expect((await repository.loadRecords(meta.id))[0]?.fields.city).toBe(
        'Tulsa, OK',
      );
    });
  });
}

function edit(key: RecordKey, ...changes: FieldChange[]) {
  return { recordKey: key, changes };
}

function change(column: string, oldValue: string, newValue: string) {
  return { column: asColumnKey(column), oldValue, newValue };
}

function auditEdit(
  seq: number,
  projectId: string,
  key: RecordKey,
  at: string,
  actor: string,
  changes: FieldChange[],
) {
  return {
    seq,
    projectId,
    at,
    actor,
    recordKey: key,
    detail: { kind: 'edit', changes },
  };
}
