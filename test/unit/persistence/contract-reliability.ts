import { describe, expect, it } from 'vitest';
import { asSampleId } from '../../../src/core/model/coding';
import {
  LOCAL_CODER_SETTING,
  loadLocalCoder,
  saveLocalCoder,
} from '../../../src/core/repository/local-coder';
import type { CurrentSubject } from './contract';
import { ADA, BEA, T, decisionOf, info, sampleOf } from './coding-fixtures';
import { ACTOR, recordKey } from './fixtures';
import { seedProject } from './seed';

export function describeReliabilityContract(current: CurrentSubject): void {
  describe('consensus', () => {
    it('adds, replaces and removes decisions, logging before and after', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      const meals = decisionOf(2, 1);
      const devices = decisionOf(1, 2, 'absent');

      const added = await repository.saveConsensus(
        meta.id,
        [meals, devices],
        info(21),
      );
      const revised = { ...meals, value: 'needs_work' as const };
      const replaced = await repository.saveConsensus(
        meta.id,
        [revised],
        info(22),
      );
      const loaded = await repository.loadConsensus(meta.id);
      const removed = await repository.deleteConsensus(
        meta.id,
        [{ recordKey: devices.recordKey, codeId: devices.codeId }],
        info(23, 'undo'),
      );

      expect(loaded).toStrictEqual([devices, revised]);
      expect(await repository.loadConsensus(meta.id)).toStrictEqual([revised]);
      expect(added.recordKey).toBeNull();
      expect(added.detail).toStrictEqual({
        kind: 'adjudication',
        decisions: [
          { ...keyOf(meals), before: null, after: meals },
          { ...keyOf(devices), before: null, after: devices },
        ],
      });
      expect(replaced).toStrictEqual({
        seq: 3,
        projectId: meta.id,
        at: T(22),
        actor: ACTOR,
        recordKey: recordKey(2),
        detail: {
          kind: 'adjudication',
          decisions: [{ ...keyOf(meals), before: meals, after: revised }],
        },
      });
      expect(removed.detail).toStrictEqual({
        kind: 'adjudication',
        decisions: [{ ...keyOf(devices), before: devices, after: null }],
        via: 'undo',
      });
    });
  });

  describe('reliability samples', () => {
    it('saves, lists oldest first, updates and deletes samples', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1');
      const later = { ...sampleOf('s-2', [3]), createdAt: T(40) };
      const first = sampleOf('s-1', [1, 2]);

      const drawn = await repository.saveSample(meta.id, later, info(40));
      await repository.saveSample(meta.id, first, info(41));
      const reassigned = { ...first, coderIds: [BEA.id, ADA.id] };
      const updated = await repository.saveSample(
        meta.id,
        reassigned,
        info(42),
      );
      const listed = await repository.listSamples(meta.id);
      const deleted = await repository.deleteSample(
        meta.id,
        later.id,
        info(43),
      );
      const missing = await repository.deleteSample(
        meta.id,
        asSampleId('never'),
        info(44),
      );

      expect(listed).toStrictEqual([reassigned, later]);
      expect(await repository.listSamples(meta.id)).toStrictEqual([reassigned]);
      expect(drawn.detail).toStrictEqual({
        kind: 'sample',
        action: 'draw',
        before: null,
        after: later,
      });
      expect(updated.detail).toStrictEqual({
        kind: 'sample',
        action: 'update',
        before: first,
        after: reassigned,
      });
      expect(deleted?.detail).toStrictEqual({
        kind: 'sample',
        action: 'delete',
        before: later,
        after: null,
      });
      expect(missing).toBeNull();
    });
  });

  describe('project settings and coder identity', () => {
    it('merges a settings change, keeping the leads', async () => {
      const { repository } = current();
      const { meta } = await seedProject(repository, 'p1', {
        meta: { settings: { blindMode: false, leads: [ADA.id, BEA.id] } },
      });
      const event = {
        at: T(50),
        actor: ACTOR,
        recordKey: null,
        detail: {
          kind: 'settings' as const,
          before: meta.settings,
          after: { ...meta.settings, blindMode: true },
        },
      };

      const updated = await repository.updateProject(
        meta.id,
        { settings: { blindMode: true } },
        event,
      );

      expect(updated.settings).toStrictEqual({
        blindMode: true,
        leads: [ADA.id, BEA.id],
      });
      expect(
        (await repository.listAudit(meta.id, { limit: 1 }))[0]?.detail,
      ).toStrictEqual(event.detail);
    });

    it('keeps this machine’s coder and ignores a damaged one', async () => {
      const { settings } = current().repository;

      expect(await loadLocalCoder(settings)).toBeUndefined();
      await saveLocalCoder(settings, ADA);
      const saved = await loadLocalCoder(settings);
      await settings.set(LOCAL_CODER_SETTING, { id: 42, name: 'Ada' });

      expect(saved).toStrictEqual(ADA);
      expect(await loadLocalCoder(settings)).toBeUndefined();
    });
  });
}

function keyOf(decision: ReturnType<typeof decisionOf>) {
  return { recordKey: decision.recordKey, codeId: decision.codeId };
}
