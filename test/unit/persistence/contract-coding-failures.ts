import { describe, expect, it } from 'vitest';
import type { ProjectId } from '../../../src/core/model/ids';
import { isRepositoryError } from '../../../src/core/repository/errors';
import type { ProjectRepository } from '../../../src/core/repository/types';
import type { CurrentSubject } from './contract';
import {
  ADA,
  BEA,
  T,
  changeOf,
  codeId,
  codebookAt,
  codingOf,
  decisionOf,
  info,
} from './coding-fixtures';
import { seedCodedProject } from './contract-snapshot';
import { ACTOR, buildRecords } from './fixtures';

const DISK = () => new Error('simulated disk failure');

export function describeCodingFailureContract(current: CurrentSubject): void {
  describe('failed coding writes', () => {
    it('leaves nothing of a batch of codings that fails midway', async () => {
      const { repository, failWrite } = current();
      const { meta } = await seedCodedProject(repository);
      const before = await everything(repository, meta.id);
      failWrite(3, DISK());

      await expectFailure(
        repository.saveCodings(
          meta.id,
          [
            changeOf(null, codingOf(ADA.id, 2, [2])),
            changeOf(null, codingOf(ADA.id, 3, [3])),
            changeOf(codingOf(BEA.id, 2, [2]), null),
          ],
          info(9),
        ),
      );

      expect(await everything(repository, meta.id)).toStrictEqual(before);
    });

    it('keeps codebook and layers when a merged codebook fails to save', async () => {
      const { repository, failWrite } = current();
      const { meta } = await seedCodedProject(repository);
      const before = await everything(repository, meta.id);
      const coded = codingOf(BEA.id, 2, [2]);
      failWrite(2, DISK());

      await expectFailure(
        repository.saveCodebook(
          meta.id,
          codebookAt(2, { [codeId(2)]: codeId(1) }),
          {
            baseVersion: 1,
            event: {
              at: T(9),
              actor: ACTOR,
              recordKey: null,
              detail: {
                kind: 'codebook',
                fromVersion: 1,
                toVersion: 2,
                remappedCodings: 1,
              },
            },
            codings: [changeOf(coded, { ...coded, codes: [codeId(1)] })],
          },
        ),
      );

      expect(await everything(repository, meta.id)).toStrictEqual(before);
    });

    it('leaves the project as it was when a merge fails midway', async () => {
      const { repository, failWrite } = current();
      const { meta } = await seedCodedProject(repository);
      const before = await everything(repository, meta.id);
      failWrite(3, DISK());

      await expectFailure(
        repository.replaceSnapshotParts(
          meta.id,
          {
            records: buildRecords(1200),
            codebook: codebookAt(3),
            coders: [ADA],
            layers: [codingOf(ADA.id, 1200, [3])],
            consensus: [],
          },
          {
            at: T(9),
            actor: ACTOR,
            recordKey: null,
            detail: {
              kind: 'merge',
              sources: ['site-b.podscan.json'],
              summary: 'Merged 1 coded file.',
              parts: ['records', 'codebook', 'coders', 'layers', 'consensus'],
            },
          },
        ),
      );

      expect(await everything(repository, meta.id)).toStrictEqual(before);
    });

    it('keeps the consensus layer when an adjudication fails', async () => {
      const { repository, failWrite } = current();
      const { meta } = await seedCodedProject(repository);
      const before = await everything(repository, meta.id);
      failWrite(2, DISK());

      await expectFailure(
        repository.saveConsensus(
          meta.id,
          [decisionOf(1, 1, 'absent'), decisionOf(2, 2)],
          info(9),
        ),
      );

      expect(await everything(repository, meta.id)).toStrictEqual(before);
    });
  });
}

/** Everything a reader can see of one project. */
async function everything(repository: ProjectRepository, id: ProjectId) {
  return {
    snapshot: await repository.loadSnapshot(id),
    editedBase: await repository.loadEditedBase(id),
    audit: await repository.listAudit(id),
    samples: await repository.listSamples(id),
  };
}

async function expectFailure(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toSatisfy((error) =>
    isRepositoryError(error, 'STORAGE_FAILED'),
  );
}
