import { describe, expect, it } from 'vitest';
import { asColumnKey } from '../../../src/core/model/ids';
import { isRepositoryError } from '../../../src/core/repository/errors';
import type { CurrentSubject } from './contract';
import { ACTOR, importEvent, projectId, recordKey } from './fixtures';
import { seedProject } from './seed';

export function describeProjectContract(current: CurrentSubject): void {
  describe('projects', () => {
    it('lists projects oldest first with their metadata', async () => {
      const { repository } = current();
      const later = await seedProject(repository, 'later', {
        meta: { createdAt: '2021-08-02T08:00:00.000Z' },
      });
      const earlier = await seedProject(repository, 'earlier', {
        meta: { createdAt: '2020-11-15T08:00:00.000Z' },
      });

      expect(await repository.listProjects()).toStrictEqual([
        earlier.meta,
        later.meta,
      ]);
    });

    it('gets a project by id, and undefined for an unknown id', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');

      expect(await repository.getProject(projectId('p1'))).toStrictEqual(meta);
      expect(await repository.getProject(projectId('nope'))).toBeUndefined();
    });

    it('refuses to create a project over an existing id', async () => {
      const { repository } = current();
      const { meta, records } = await seedProject(repository, 'p1');
      const attempt = seedProject(repository, 'p1', { count: 5 });

      await expect(attempt).rejects.toSatisfy((error) =>
        isRepositoryError(error, 'PROJECT_EXISTS'),
      );
      expect(await repository.getProject(meta.id)).toStrictEqual(meta);
      expect(await repository.loadRecords(meta.id)).toStrictEqual(records);
    });

    it('renames a project, logging the rename at its time', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      const event = {
        at: '2021-04-01T12:00:00.000Z',
        actor: ACTOR,
        recordKey: null,
        detail: {
          kind: 'rename' as const,
          oldName: meta.name,
          newName: 'Spring pods',
        },
      };

      const renamed = await repository.updateProject(
        meta.id,
        { name: 'Spring pods' },
        event,
      );

      const expected = { ...meta, name: 'Spring pods', updatedAt: event.at };
      expect(renamed).toStrictEqual(expected);
      expect(await repository.getProject(meta.id)).toStrictEqual(expected);
      expect(await repository.listAudit(meta.id)).toStrictEqual([
        { ...importEvent(3), seq: 1, projectId: meta.id },
        { ...event, seq: 2, projectId: meta.id },
      ]);
    });

    it('persists layout and settings without moving updatedAt', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      const layout = {
        columns: [
          { colId: 'name', width: 320, pinned: 'left' as const },
          { colId: 'city', hide: true, sort: 'asc' as const, sortIndex: 0 },
        ],
      };

      await repository.updateProject(meta.id, { layout });
      await repository.updateProject(meta.id, {
        settings: { blindMode: true },
      });

      expect(await repository.getProject(meta.id)).toStrictEqual({
        ...meta,
        layout,
        settings: { blindMode: true },
      });
      await repository.updateProject(meta.id, { layout: null });
      expect((await repository.getProject(meta.id))?.layout).toBeNull();
    });

    it('rejects reads and writes of an unknown project', async () => {
      const { repository } = current();
      const missing = projectId('missing');
      const calls = [
        repository.updateProject(missing, { name: 'x' }),
        repository.loadRecords(missing),
        repository.loadEditedBase(missing),
        repository.listAudit(missing),
        repository.saveEdits(missing, [], { at: '', actor: ACTOR }),
      ];

      for (const call of calls) {
        await expect(call).rejects.toSatisfy((error) =>
          isRepositoryError(error, 'PROJECT_NOT_FOUND'),
        );
      }
    });

    it('deletes everything of a project and nothing of others', async () => {
      const { repository } = current();
      const doomed = await seedProject(repository, 'doomed', { count: 1500 });
      const kept = await seedProject(repository, 'kept');
      const edit = {
        recordKey: recordKey(1),
        changes: [
          {
            column: asColumnKey('city'),
            oldValue: 'Tulsa',
            newValue: 'Tulsa, OK',
          },
        ],
      };
      const info = { at: '2021-03-02T10:00:00.000Z', actor: ACTOR };
      await repository.saveEdits(doomed.meta.id, [edit], info);
      const [keptEdit] = await repository.saveEdits(kept.meta.id, [edit], info);

      await repository.deleteProject(doomed.meta.id);
      await repository.deleteProject(projectId('never-existed'));

      expect(await repository.listProjects()).toStrictEqual([
        { ...kept.meta, updatedAt: info.at },
      ]);
      await expect(repository.loadRecords(doomed.meta.id)).rejects.toSatisfy(
        (error) => isRepositoryError(error, 'PROJECT_NOT_FOUND'),
      );
      const again = await seedProject(repository, 'doomed', { count: 2 });
      expect(await repository.loadRecords(again.meta.id)).toStrictEqual(
        again.records,
      );
      expect(await repository.loadEditedBase(again.meta.id)).toStrictEqual(
        new Map(),
      );
      expect(await repository.listAudit(again.meta.id)).toHaveLength(1);
      expect(await repository.listAudit(kept.meta.id, { limit: 1 })).toEqual([
        keptEdit,
      ]);
      expect((await repository.loadRecords(kept.meta.id))[0]?.fields.city).toBe(
        'Tulsa, OK',
      );
    });

    it('stores machine settings of any JSON shape', async () => {
      const { settings } = current().repository;

      expect(await settings.get('userName')).toBeUndefined();
      await settings.set('userName', 'Rosa Coder');
      await settings.set('userName', 'Rosa M. Coder');
      await settings.set('recent', { files: ['a.csv', 'b.tsv'], count: 2 });

      expect(await settings.get('userName')).toBe('Rosa M. Coder');
      expect(await settings.get('recent')).toStrictEqual({
        files: ['a.csv', 'b.tsv'],
        count: 2,
      });
    });
  });
}
