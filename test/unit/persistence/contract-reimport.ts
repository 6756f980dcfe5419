import { describe, expect, it } from 'vitest';
import { asColumnKey } from '../../../src/core/model/ids';
import type { ProjectMeta } from '../../../src/core/model/project';
import type { ScanRecord } from '../../../src/core/model/scan';
import { isRepositoryError } from '../../../src/core/repository/errors';
import type { ReimportCommit } from '../../../src/core/repository/types';
import type { CurrentSubject } from './contract';
import { ACTOR, buildRecords, projectId } from './fixtures';
import { seedProject } from './seed';

const AT = '2021-08-20T15:00:00.000Z';

export function describeReimportContract(current: CurrentSubject): void {
  describe('re-import', () => {
    it('replaces records, keeps kept edits and drops dropped ones', async () => {
      const { repository } = current();
      const { meta, records } = await seedProject(repository, 'p1', {
        count: 4,
      });
      const [p1, p2, p3, p4] = records as [
        ScanRecord,
        ScanRecord,
        ScanRecord,
        ScanRecord,
      ];
      await repository.saveEdits(
        meta.id,
        [
          editOf(p1, 'city', 'Tulsa (north side)'),
          editOf(p2, 'name', 'Hub Two'),
          editOf(p3, 'cost_type', 'sliding scale'),
          editOf(p4, 'city', 'Tulsa'),
        ],
        { at: '2021-03-05T09:00:00.000Z', actor: ACTOR },
      );
      const [n5] = buildRecords(5, 'batch-2').slice(4);
      const incoming = [
        // Source changed under a user edit the user keeps.
        sourced(p1, { city: 'Tulsa, OK' }),
        // Source changed under a user edit the user gives up.
        sourced(p2, { name: 'Learning Hub #2' }),
        // Source now says what the user typed: no longer an edit.
        sourced(p3, { cost_type: 'sliding scale' }),
        // Missing from the new file, kept as it was.
        p4,
        { ...(n5 as ScanRecord), sourceRow: 4 },
      ];
      const commit = reimportCommit(meta, incoming, [
        { recordKey: p2.key, column: 'name' },
      ]);

      await repository.applyReimport(meta.id, commit);

      const loaded = await repository.loadRecords(meta.id);
      expect(loaded).toStrictEqual([
        withField(incoming[0], 'city', 'Tulsa (north side)'),
        incoming[1],
        incoming[2],
        withField(p4, 'city', 'Tulsa'),
        incoming[4],
      ]);
      expect(await repository.loadEditedBase(meta.id)).toStrictEqual(
        new Map([
          [p1.key, { city: 'Tulsa, OK' }],
          [p4.key, { city: 'El Paso' }],
        ]),
      );
      expect(await repository.getProject(meta.id)).toStrictEqual(commit.meta);
      expect(await repository.listAudit(meta.id, { limit: 1 })).toStrictEqual([
        { ...commit.event, seq: 6, projectId: meta.id },
      ]);
    });

    it('drops the edits of records the commit leaves out', async () => {
      const { repository } = current();
      const { meta, records } = await seedProject(repository, 'p1');
      const [p1, p2] = records as [ScanRecord, ScanRecord];
      await repository.saveEdits(meta.id, [editOf(p2, 'city', 'Reno')], {
        at: '2021-03-05T09:00:00.000Z',
        actor: ACTOR,
      });

      await repository.applyReimport(meta.id, reimportCommit(meta, [p1], []));

      expect(await repository.loadRecords(meta.id)).toStrictEqual([p1]);
      expect(await repository.loadEditedBase(meta.id)).toStrictEqual(new Map());
    });

    it('rejects a commit made for another project', async () => {
      const { repository } = current();
      const { meta, records } = await seedProject(repository, 'p1');
      const other = { ...meta, id: projectId('p2') };

      const attempt = repository.applyReimport(
        meta.id,
        reimportCommit(other, [], []),
      );

      await expect(attempt).rejects.toSatisfy((error) =>
        isRepositoryError(error, 'INVALID_ARGUMENT'),
      );
      expect(await repository.loadRecords(meta.id)).toStrictEqual(records);
    });
  });
}

export function reimportCommit(
  meta: ProjectMeta,
  records: ScanRecord[],
  dropEdits: ReimportCommit['dropEdits'],
): ReimportCommit {
  return {
    meta: { ...meta, recordCount: records.length, updatedAt: AT },
    records,
    dropEdits,
    event: {
      at: AT,
      actor: ACTOR,
      recordKey: null,
      detail: {
        kind: 'reimport',
        batchId: 'batch-2',
        fileName: 'pods-2021-08.csv',
        added: 1,
        changed: 3,
        unchanged: 0,
        missing: 1,
        conflictsKept: 1,
        conflictsReplaced: 1,
      },
    },
  };
}

function editOf(record: ScanRecord, column: string, newValue: string) {
  const oldValue = record.fields[column] ?? '';
  const changes = [{ column: asColumnKey(column), oldValue, newValue }];
  return { recordKey: record.key, changes };
}

function sourced(
  record: ScanRecord,
  fields: Record<string, string>,
): ScanRecord {
  return {
    ...record,
    fields: { ...record.fields, ...fields },
    batchId: 'batch-2',
  };
}

function withField(
  record: ScanRecord | undefined,
  column: string,
  value: string,
): ScanRecord {
  if (!record) throw new Error('fixture too short');

  return { ...record, fields: { ...record.fields, [column]: value } };
}
