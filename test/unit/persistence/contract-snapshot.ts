import { describe, expect, it } from 'vitest';
import type { NewAuditEvent } from '../../../src/core/model/audit';
import type { ProjectId } from '../../../src/core/model/ids';
import { asColumnKey } from '../../../src/core/model/ids';
import type { ScanRecord } from '../../../src/core/model/scan';
import { isRepositoryError } from '../../../src/core/repository/errors';
import type { ProjectRepository } from '../../../src/core/repository/types';
import type { CurrentSubject } from './contract';
import {
  ADA,
  BEA,
  T,
  addCoders,
  changeOf,
  codebookAt,
  codingOf,
  decisionOf,
  info,
  sampleOf,
} from './coding-fixtures';
import { ACTOR, buildRecords, projectId, recordKey } from './fixtures';
import { seedProject } from './seed';

export function describeSnapshotContract(current: CurrentSubject): void {
  describe('snapshots and merges', () => {
    it('loads everything a project holds in one snapshot', async () => {
      const { repository } = current();
      const { meta } = await seedCodedProject(repository);

      const snapshot = await repository.loadSnapshot(meta.id);

      expect(snapshot).toStrictEqual({
        meta: await repository.getProject(meta.id),
        records: await repository.loadRecords(meta.id),
        codebook: codebookAt(1),
        coders: [ADA, BEA],
        layers: [codingOf(ADA.id, 1, [1]), codingOf(BEA.id, 2, [2])],
        consensus: [decisionOf(1, 1)],
      });
      expect(snapshot.records[0]?.fields.city).toBe('Tulsa, OK');
    });

    it('replaces parts in one go and reverts the whole replacement', async () => {
      const { repository } = current();
      const { meta } = await seedCodedProject(repository);
      const original = await readAll(repository, meta.id);
      const [p1, p2, p3] = original.snapshot.records as ScanRecord[];
      const p4 = buildRecords(4)[3] as ScanRecord;
      const records = [
        withField(p1 as ScanRecord, 'name', 'Learning Hub One'),
        withField(p2 as ScanRecord, 'name', 'Learning hub 2'),
        p3 as ScanRecord,
        p4,
      ];
      const renamed = { ...BEA, name: 'Bea M. Coder' };
      const layers = [
        codingOf(ADA.id, 1, [1, 3], { status: 'done' }),
        codingOf(BEA.id, 2, [2]),
        codingOf(BEA.id, 4, [3]),
      ];

      const merged = await repository.replaceSnapshotParts(
        meta.id,
        {
          meta: { ...original.snapshot.meta, name: 'Merged pods' },
          records,
          codebook: codebookAt(2),
          coders: [ADA, renamed],
          layers,
          consensus: [],
        },
        mergeEvent(30),
      );

      expect(await repository.loadSnapshot(meta.id)).toStrictEqual({
        meta: {
          ...original.snapshot.meta,
          name: 'Merged pods',
          recordCount: 4,
          updatedAt: T(30),
        },
        records,
        codebook: codebookAt(2),
        coders: [ADA, renamed],
        layers,
        consensus: [],
      });
      // The edit of P1's city still shows, so it stays an edit; the merge
      // overrode P2's edited name, so that edit is gone.
      expect(await repository.loadEditedBase(meta.id)).toStrictEqual(
        new Map([[recordKey(1), { city: 'Tulsa' }]]),
      );
      expect(merged).toStrictEqual({
        ...mergeEvent(30),
        seq: 11,
        projectId: meta.id,
      });

      const before = await repository.loadReplacedParts(meta.id, merged.seq);
      expect(before).toStrictEqual({
        meta: original.snapshot.meta,
        records: original.snapshot.records,
        editedBase: original.editedBase,
        codebook: original.snapshot.codebook,
        coders: original.snapshot.coders,
        layers: original.snapshot.layers,
        consensus: original.snapshot.consensus,
      });
      await repository.replaceSnapshotParts(
        meta.id,
        before ?? {},
        mergeEvent(31, { via: 'undo', reverts: merged.seq }),
      );

      const reverted = await readAll(repository, meta.id);
      expect(reverted).toStrictEqual({
        ...original,
        snapshot: {
          ...original.snapshot,
          meta: { ...original.snapshot.meta, updatedAt: T(31) },
        },
      });
    });

    it('replaces only the parts given', async () => {
      const { repository } = current();
      const { meta } = await seedCodedProject(repository);
      const original = await repository.loadSnapshot(meta.id);

      const event = await repository.replaceSnapshotParts(
        meta.id,
        { consensus: [decisionOf(2, 3, 'absent')] },
        mergeEvent(30),
      );

      expect(await repository.loadSnapshot(meta.id)).toStrictEqual({
        ...original,
        meta: { ...original.meta, updatedAt: T(30) },
        consensus: [decisionOf(2, 3, 'absent')],
      });
      expect(
        await repository.loadReplacedParts(meta.id, event.seq),
      ).toStrictEqual({ consensus: original.consensus });
      expect(await repository.listSamples(meta.id)).toStrictEqual([
        sampleOf('s-1', [1, 2]),
      ]);
    });

    it('refuses a merge prepared with another codebook version', async () => {
      const { repository } = current();
      const { meta } = await seedCodedProject(repository);
      const original = await repository.loadSnapshot(meta.id);

      const attempt = repository.replaceSnapshotParts(
        meta.id,
        { codebook: codebookAt(5), consensus: [] },
        mergeEvent(30),
        { expectedCodebookVersion: 4 },
      );

      await expect(attempt).rejects.toSatisfy((error) =>
        isRepositoryError(error, 'CODEBOOK_VERSION_CONFLICT'),
      );
      expect(await repository.loadSnapshot(meta.id)).toStrictEqual(original);
    });

    it('keeps what the latest five replacements replaced', async () => {
      const { repository } = current();
      const { meta } = await seedCodedProject(repository);
      const seqs: number[] = [];
      for (let round = 1; round <= 6; round += 1) {
        const parts = { consensus: [decisionOf(round, 1)] };
        const event = mergeEvent(30 + round);
        seqs.push(
          (await repository.replaceSnapshotParts(meta.id, parts, event)).seq,
        );
      }

      const kept = await Promise.all(
        seqs.map((seq) => repository.loadReplacedParts(meta.id, seq)),
      );

      expect(kept[0]).toBeUndefined();
      expect(kept.slice(1)).toStrictEqual(
        [1, 2, 3, 4, 5].map((round) => ({
          consensus: [decisionOf(round, 1)],
        })),
      );
    });

    it('deletes coding data with its project', async () => {
      const { repository } = current();
      const { meta } = await seedCodedProject(repository);
      const event = await repository.replaceSnapshotParts(
        meta.id,
        { consensus: [] },
        mergeEvent(30),
      );

      await repository.deleteProject(meta.id);
      await seedProject(repository, 'p1');

      expect((await repository.loadCodebook(meta.id)).version).toBe(0);
      expect(await repository.listCoders(meta.id)).toStrictEqual([]);
      expect(await repository.loadLayers(meta.id)).toStrictEqual([]);
      expect(await repository.loadConsensus(meta.id)).toStrictEqual([]);
      expect(await repository.listSamples(meta.id)).toStrictEqual([]);
      expect(
        await repository.loadReplacedParts(meta.id, event.seq),
      ).toBeUndefined();
    });

    it('rejects coding calls on an unknown project', async () => {
      const { repository } = current();
      const missing = projectId('missing');
      const calls = [
        repository.listCoders(missing),
        repository.loadCodebook(missing),
        repository.loadLayers(missing),
        repository.loadLayer(missing, ADA.id),
        repository.loadConsensus(missing),
        repository.listSamples(missing),
        repository.loadSnapshot(missing),
        repository.saveCodings(missing, [], info(1)),
        repository.replaceSnapshotParts(missing, {}, mergeEvent(1)),
      ];

      for (const call of calls) {
        await expect(call).rejects.toSatisfy((error) =>
          isRepositoryError(error, 'PROJECT_NOT_FOUND'),
        );
      }
    });
  });
}

/**
 * Project p1 with three records, two edits (P1 city, P2 name), coders Ada
 * and Bea, codebook version 1, one coding each, one decision, one sample.
 */
export async function seedCodedProject(repository: ProjectRepository) {
  const seeded = await seedProject(repository, 'p1');
  const id = seeded.meta.id;
  await repository.saveEdits(
    id,
    [
      cityEdit(1, 'Tulsa', 'Tulsa, OK'),
      {
        recordKey: recordKey(2),
        changes: [
          {
            column: asColumnKey('name'),
            oldValue: 'Learning hub 2',
            newValue: 'Hub Two',
          },
        ],
      },
    ],
    info(1),
  );
  await addCoders(repository, id);
  await repository.saveCodebook(id, codebookAt(1), {
    baseVersion: 0,
    event: { at: T(2), actor: ACTOR, recordKey: null, detail: codebookDetail },
  });
  await repository.saveCodings(
    id,
    [
      changeOf(null, codingOf(ADA.id, 1, [1])),
      changeOf(null, codingOf(BEA.id, 2, [2])),
    ],
    info(3),
  );
  await repository.saveConsensus(id, [decisionOf(1, 1)], info(4));
  await repository.saveSample(id, sampleOf('s-1', [1, 2]), info(5));
  return seeded;
}

async function readAll(repository: ProjectRepository, id: ProjectId) {
  return {
    snapshot: await repository.loadSnapshot(id),
    editedBase: await repository.loadEditedBase(id),
  };
}

const codebookDetail = {
  kind: 'codebook' as const,
  fromVersion: 0,
  toVersion: 1,
  remappedCodings: 0,
};

function mergeEvent(
  minute: number,
  revert: { via: 'undo'; reverts: number } | object = {},
): NewAuditEvent {
  return {
    at: T(minute),
    actor: ACTOR,
    recordKey: null,
    detail: {
      kind: 'merge',
      sources: ['bea.podscan.json'],
      summary: 'Merged 1 coded file: 1 record added, 1 changed.',
      parts: ['meta', 'records', 'codebook', 'coders', 'layers', 'consensus'],
      ...revert,
    },
  };
}

function withField(record: ScanRecord, column: string, value: string) {
  return { ...record, fields: { ...record.fields, [column]: value } };
}

function cityEdit(n: number, oldValue: string, newValue: string) {
  const changes = [{ column: asColumnKey('city'), oldValue, newValue }];
  return { recordKey: recordKey(n), changes };
}
