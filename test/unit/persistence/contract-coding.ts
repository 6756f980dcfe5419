import { describe, expect, it } from 'vitest';
import { isRepositoryError } from '../../../src/core/repository/errors';
import type { CurrentSubject } from './contract';
import {
  ADA,
  BEA,
  T,
  addCoders,
  changeOf,
  codeId,
  codebookAt,
  codingOf,
  info,
} from './coding-fixtures';
import { ACTOR, recordKey } from './fixtures';
import { seedProject } from './seed';

export function describeCodingContract(current: CurrentSubject): void {
  describe('coders', () => {
    it('adds coders in joining order and updates one by GUID', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');

      await repository.saveCoder(meta.id, BEA, info(1));
      await repository.saveCoder(meta.id, ADA, info(2));
      const renamed = { ...BEA, name: 'Bea M. Coder', initials: 'BMC' };
      const event = await repository.saveCoder(meta.id, renamed, info(3));
      const unchanged = await repository.saveCoder(meta.id, ADA, info(4));

      expect(await repository.listCoders(meta.id)).toStrictEqual([
        renamed,
        ADA,
      ]);
      expect(event).toStrictEqual({
        seq: 4,
        projectId: meta.id,
        at: T(3),
        actor: ACTOR,
        recordKey: null,
        detail: { kind: 'coder', before: BEA, after: renamed },
      });
      expect(unchanged).toBeNull();
      expect(await repository.listAudit(meta.id)).toHaveLength(4);
    });
  });

  describe('codebook', () => {
    it('gives an empty codebook at version 0 before one is saved', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');

      expect(await repository.loadCodebook(meta.id)).toStrictEqual({
        version: 0,
        codes: [],
        sets: [],
        aliases: {},
        history: [],
      });
    });

    it('saves each version over the one it was made from', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');

      await repository.saveCodebook(meta.id, codebookAt(1), {
        baseVersion: 0,
        event: codebookEvent(0, 1),
      });
      const event = await repository.saveCodebook(meta.id, codebookAt(3), {
        baseVersion: 1,
        event: codebookEvent(1, 3),
      });

      expect(await repository.loadCodebook(meta.id)).toStrictEqual(
        codebookAt(3),
      );
      expect(event.detail).toStrictEqual(codebookEvent(1, 3).detail);
      expect((await repository.getProject(meta.id))?.updatedAt).toBe(T(5));
    });

    it('refuses to save over a newer version and changes nothing', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      await repository.saveCodebook(meta.id, codebookAt(2), {
        baseVersion: 0,
        event: codebookEvent(0, 2),
      });

      // Another window saved version 2 while this one edited version 1.
      const stale = repository.saveCodebook(meta.id, codebookAt(2), {
        baseVersion: 1,
        event: codebookEvent(1, 2),
      });
      const backwards = repository.saveCodebook(meta.id, codebookAt(2), {
        baseVersion: 2,
        event: codebookEvent(2, 2),
      });

      await expect(stale).rejects.toSatisfy(
        (error) =>
          isRepositoryError(error, 'CODEBOOK_VERSION_CONFLICT') &&
          error.message.startsWith(
            'The codebook was not saved: it was made from version 1, but ' +
              'version 2 is stored.',
          ) &&
          /Reload the codebook/.test(error.message),
      );
      await expect(backwards).rejects.toSatisfy((error) =>
        isRepositoryError(error, 'INVALID_ARGUMENT'),
      );
      expect(await repository.loadCodebook(meta.id)).toStrictEqual(
        codebookAt(2),
      );
      expect(await repository.listAudit(meta.id)).toHaveLength(2);
    });

    it('saves a merged codebook with the remapped codings in one go', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      await addCoders(repository, meta.id);
      const both = codingOf(ADA.id, 1, [1, 2]);
      const mergedAway = codingOf(BEA.id, 2, [2]);
      await repository.saveCodings(
        meta.id,
        [changeOf(null, both), changeOf(null, mergedAway)],
        info(2),
      );
      const merged = codebookAt(2, { [codeId(2)]: codeId(1) });

      await repository.saveCodebook(meta.id, merged, {
        baseVersion: 0,
        event: codebookEvent(0, 2, 2),
        codings: [
          changeOf(both, { ...both, codes: [codeId(1)] }),
          changeOf(mergedAway, { ...mergedAway, codes: [codeId(1)] }),
        ],
      });

      expect(await repository.loadLayers(meta.id)).toStrictEqual([
        { ...both, codes: [codeId(1)] },
        { ...mergedAway, codes: [codeId(1)] },
      ]);
      const audit = await repository.listAudit(meta.id);
      expect(audit.map((event) => event.detail.kind)).toStrictEqual([
        'import',
        'coder',
        'coder',
        'code',
        'code',
        'codebook',
      ]);
    });
  });

  describe('layers', () => {
    it('saves changes with one event each and loads layers sorted', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      await addCoders(repository, meta.id);
      const ada3 = codingOf(ADA.id, 3, [1]);
      const ada1 = codingOf(ADA.id, 1, [2, 3], { status: 'done' });
      const bea1 = codingOf(BEA.id, 1, [], { memo: 'Unclear source page.' });

      const events = await repository.saveCodings(
        meta.id,
        [
          changeOf(null, ada3),
          changeOf(null, ada1),
          changeOf(null, bea1, 'memo'),
        ],
        info(9),
      );

      expect(await repository.loadLayer(meta.id, ADA.id)).toStrictEqual([
        ada1,
        ada3,
      ]);
      expect(await repository.loadLayer(meta.id, BEA.id)).toStrictEqual([bea1]);
      expect(await repository.loadLayers(meta.id)).toStrictEqual([
        ada1,
        ada3,
        bea1,
      ]);
      expect(events).toStrictEqual([
        codingEvent(4, meta.id, 'code', null, ada3),
        codingEvent(5, meta.id, 'code', null, ada1),
        codingEvent(6, meta.id, 'memo', null, bea1),
      ]);
      expect((await repository.getProject(meta.id))?.updatedAt).toBe(T(9));
    });

    it('logs the stored entry as before when another window wrote first', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      await addCoders(repository, meta.id);
      const first = codingOf(ADA.id, 1, [1]);
      await repository.saveCodings(meta.id, [changeOf(null, first)], info(2));

      // A stale window still believes the record was not started.
      const stale = codingOf(ADA.id, 1, [2], { updatedAt: T(3) });
      const [event] = await repository.saveCodings(
        meta.id,
        [changeOf(null, stale)],
        info(3),
      );

      expect(event?.detail).toStrictEqual({
        kind: 'code',
        coderId: ADA.id,
        before: first,
        after: stale,
      });
      expect(await repository.loadLayer(meta.id, ADA.id)).toStrictEqual([
        stale,
      ]);
    });

    it('removes an entry on undo of a first coding, marking the event', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      await addCoders(repository, meta.id);
      const entry = codingOf(ADA.id, 2, [3]);
      await repository.saveCodings(meta.id, [changeOf(null, entry)], info(2));

      const [undo] = await repository.saveCodings(
        meta.id,
        [changeOf(entry, null)],
        info(3, 'undo'),
      );

      expect(await repository.loadLayers(meta.id)).toStrictEqual([]);
      expect(undo?.detail).toStrictEqual({
        kind: 'code',
        coderId: ADA.id,
        before: entry,
        after: null,
        via: 'undo',
      });
    });

    it('never changes another coder’s entry of the same record', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      await addCoders(repository, meta.id);
      const theirs = codingOf(BEA.id, 1, [2], { status: 'done' });
      const mine = codingOf(ADA.id, 1, [1]);
      await repository.saveCodings(meta.id, [changeOf(null, theirs)], info(2));

      await repository.saveCodings(meta.id, [changeOf(null, mine)], info(3));
      await repository.saveCodings(meta.id, [changeOf(mine, null)], info(4));

      expect(await repository.loadLayers(meta.id)).toStrictEqual([theirs]);
    });

    it('keeps 1,500 codings of two coders across storage buckets', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1', { count: 1500 });
      await addCoders(repository, meta.id);
      const layer = (coder: typeof ADA) =>
        Array.from({ length: 1500 }, (_, index) =>
          codingOf(coder.id, index + 1, [(index % 3) + 1], {
            status: index % 4 === 0 ? 'done' : 'in_progress',
            memo: index % 7 === 0 ? `Memo ${index}` : '',
          }),
        );
      const changes = [...layer(BEA), ...layer(ADA)]
        .reverse()
        .map((entry) => changeOf(null, entry));

      await repository.saveCodings(meta.id, changes, info(5));

      expect(await repository.loadLayer(meta.id, BEA.id)).toStrictEqual(
        layer(BEA),
      );
      expect(await repository.loadLayers(meta.id)).toStrictEqual([
        ...layer(ADA),
        ...layer(BEA),
      ]);
    });

    it('refuses codings of a coder who is not in the project', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      await repository.saveCoder(meta.id, ADA, info(0));

      const attempt = repository.saveCodings(
        meta.id,
        [
          changeOf(null, codingOf(ADA.id, 1, [1])),
          changeOf(null, codingOf(BEA.id, 1, [1])),
        ],
        info(2),
      );

      await expect(attempt).rejects.toSatisfy(
        (error) =>
          isRepositoryError(error, 'INVALID_ARGUMENT') &&
          error.message.includes(`coder ${BEA.id} is not a coder`),
      );
      expect(await repository.loadLayers(meta.id)).toStrictEqual([]);
    });

    it('refuses a change carrying another record’s entry', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      await addCoders(repository, meta.id);
      const change = {
        ...changeOf(null, codingOf(ADA.id, 1, [1])),
        recordKey: recordKey(2),
      };

      await expect(
        repository.saveCodings(meta.id, [change], info(2)),
      ).rejects.toSatisfy((error) =>
        isRepositoryError(error, 'INVALID_ARGUMENT'),
      );
    });
  });
}

function codebookEvent(from: number, to: number, remapped = 0) {
  return {
    at: T(5),
    actor: ACTOR,
    recordKey: null,
    detail: {
      kind: 'codebook' as const,
      fromVersion: from,
      toVersion: to,
      remappedCodings: remapped,
    },
  };
}

function codingEvent(
  seq: number,
  projectId: string,
  kind: 'code' | 'memo' | 'status',
  before: ReturnType<typeof codingOf> | null,
  after: ReturnType<typeof codingOf> | null,
) {
  const entry = after ?? before;
  return {
    seq,
    projectId,
    at: T(9),
    actor: ACTOR,
    recordKey: entry?.recordKey,
    detail: { kind, coderId: entry?.coderId, before, after },
  };
}
