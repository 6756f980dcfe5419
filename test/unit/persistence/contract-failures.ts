import { describe, expect, it } from 'vitest';
import { asColumnKey } from '../../../src/core/model/ids';
import type { ProjectId } from '../../../src/core/model/ids';
import type { RepositoryError } from '../../../src/core/repository/errors';
import { isRepositoryError } from '../../../src/core/repository/errors';
import type { ProjectRepository } from '../../../src/core/repository/types';
import type { CurrentSubject } from './contract';
import { reimportCommit } from './contract-reimport';
import { ACTOR, buildRecords, projectId, recordKey } from './fixtures';
import { causeChain, seedProject } from './seed';

export function describeFailureContract(current: CurrentSubject): void {
  describe('failed writes', () => {
    it('leaves nothing of an import that fails midway', async () => {
      const { repository, failWrite } = current();
      const diskError = new Error('simulated disk failure');
      failWrite(3, diskError);

      const error = await rejection(
        seedProject(repository, 'p1', { count: 2500 }),
      );

      expect(error.code).toBe('STORAGE_FAILED');
      expect(causeChain(error)).toContain(diskError);
      expect(await repository.listProjects()).toStrictEqual([]);
      expect(await repository.getProject(projectId('p1'))).toBeUndefined();
      const retry = await seedProject(repository, 'p1', { count: 2500 });
      expect(await repository.loadRecords(retry.meta.id)).toStrictEqual(
        retry.records,
      );
    });

    it('explains a full quota and writes nothing', async () => {
      const { repository, failWrite } = current();
      const full = new DOMException('Quota exceeded', 'QuotaExceededError');
      failWrite(2, full);

      const error = await rejection(
        seedProject(repository, 'p1', { count: 2500 }),
      );

      expect(error.code).toBe('STORAGE_QUOTA_EXCEEDED');
      expect(error.message).toMatch(/free disk space/i);
      expect(error.message).toMatch(/export/i);
      expect(error.message).toMatch(/delete old projects/i);
      expect(causeChain(error)).toContain(full);
      expect(await repository.listProjects()).toStrictEqual([]);
    });

    it('leaves records, edits and history as they were when an edit fails', async () => {
      const { repository, failWrite } = current();
      const { meta } = await seedProject(repository, 'p1');
      await saveCityEdit(repository, meta.id, 'Tulsa', 'Tulsa, OK');
      const before = await snapshot(repository, meta.id);
      failWrite(2, new Error('simulated disk failure'));

      const error = await rejection(
        saveCityEdit(repository, meta.id, 'Tulsa, OK', 'Broken Arrow'),
      );

      expect(error.code).toBe('STORAGE_FAILED');
      expect(await snapshot(repository, meta.id)).toStrictEqual(before);
    });

    it('keeps the previous records and edits when a re-import fails', async () => {
      const { repository, failWrite } = current();
      const { meta } = await seedProject(repository, 'p1', { count: 2500 });
      await saveCityEdit(repository, meta.id, 'Tulsa', 'Tulsa, OK');
      const before = await snapshot(repository, meta.id);
      const incoming = buildRecords(2600, 'batch-2');
      failWrite(3, new Error('simulated disk failure'));

      const error = await rejection(
        repository.applyReimport(
          meta.id,
          reimportCommit(meta, incoming, [
            { recordKey: recordKey(1), column: 'city' },
          ]),
        ),
      );

      expect(error.code).toBe('STORAGE_FAILED');
      expect(await snapshot(repository, meta.id)).toStrictEqual(before);
    });

    it('keeps the whole project when a delete fails', async () => {
      const { repository, failWrite } = current();
      const { meta } = await seedProject(repository, 'p1', { count: 1200 });
      await saveCityEdit(repository, meta.id, 'Tulsa', 'Tulsa, OK');
      const before = await snapshot(repository, meta.id);
      failWrite(2, new Error('simulated disk failure'));

      await rejection(repository.deleteProject(meta.id));

      expect(await snapshot(repository, meta.id)).toStrictEqual(before);
    });

    it('keeps the previous setting when saving one fails', async () => {
      const { repository, failWrite } = current();
      await repository.settings.set('userName', 'Rosa Coder');
      failWrite(1, new Error('simulated disk failure'));

      await rejection(repository.settings.set('userName', 'Someone Else'));

      expect(await repository.settings.get('userName')).toBe('Rosa Coder');
    });
  });
}

/** Everything a reader can see of one project. */
async function snapshot(repository: ProjectRepository, id: ProjectId) {
  return {
    meta: await repository.getProject(id),
    records: await repository.loadRecords(id),
    base: await repository.loadEditedBase(id),
    audit: await repository.listAudit(id),
  };
}

function saveCityEdit(
  repository: ProjectRepository,
  id: ProjectId,
  oldValue: string,
  newValue: string,
) {
  const changes = [{ column: asColumnKey('city'), oldValue, newValue }];
  return repository.saveEdits(id, [{ recordKey: recordKey(1), changes }], {
    at: '2021-03-02T10:00:00.000Z',
    actor: ACTOR,
  });
}

/** The RepositoryError `promise` rejects with; fails the test otherwise. */
async function rejection(promise: Promise<unknown>): Promise<RepositoryError> {
  try {
    await promise;
  } catch (error) {
    if (isRepositoryError(error)) return error;

    throw new Error('expected a RepositoryError', { cause: error });
  }
  throw new Error('expected the call to fail');
}
