import { describe, expect, it } from 'vitest';
import type { ScanRecord } from '../../../src/core/model/scan';
import tricky from '../../fixtures/persistence/tricky-cells.json';
import type { CurrentSubject } from './contract';
import { buildRecords, recordKey } from './fixtures';
import { seedProject } from './seed';

export function describeRecordContract(current: CurrentSubject): void {
  describe('records', () => {
    it('round-trips long, empty, unicode and formula-like cells exactly', async () => {
      const { repository } = current();
      const records = trickyRecords();

      const { meta } = await seedProject(repository, 'p1', { records });

      const loaded = await repository.loadRecords(meta.id);
      expect(loaded).toStrictEqual(records);
      expect(loaded[0]?.fields.description).toHaveLength(140_000);
    });

    it('keeps fields only some records have, such as overflow cells', async () => {
      const { repository } = current();
      const [first, second] = buildRecords(2);
      if (!first || !second) throw new Error('fixture too short');
      const ragged: ScanRecord = {
        ...second,
        fields: { ...second.fields, _overflow: 'extra;cells' },
      };

      const { meta } = await seedProject(repository, 'p1', {
        records: [first, ragged],
      });

      expect(await repository.loadRecords(meta.id)).toStrictEqual([
        first,
        ragged,
      ]);
    });

    it('keeps the order of 2,500 records across storage chunks', async () => {
      const { repository } = current();
      const records = buildRecords(2500).reverse();
      const progress: number[] = [];

      const { meta } = await seedProject(repository, 'p1', {
        records,
        onProgress: (fraction) => progress.push(fraction),
      });
      const loadProgress: number[] = [];
      const loaded = await repository.loadRecords(meta.id, (fraction) =>
        loadProgress.push(fraction),
      );

      expect(loaded).toStrictEqual(records);
      expect(loaded[0]?.key).toBe(recordKey(2500));
      expect(loaded[2499]?.key).toBe(recordKey(1));
      for (const fractions of [progress, loadProgress]) {
        expect(fractions.at(-1)).toBe(1);
        expect([...fractions].sort((a, b) => a - b)).toStrictEqual(fractions);
        expect(fractions.every((f) => f > 0 && f <= 1)).toBe(true);
      }
    });

    it('hands out the same records batch by batch as it reads them', async () => {
      const { repository } = current();
      const records = buildRecords(2500);
      const { meta } = await seedProject(repository, 'p1', { records });
      const batches: (readonly ScanRecord[])[] = [];

      const loaded = await repository.loadRecords(meta.id, undefined, (batch) =>
        batches.push(batch),
      );

      expect(batches.flat()).toStrictEqual(loaded);
      expect(loaded).toStrictEqual(records);
      expect(batches.every((batch) => batch.length > 0)).toBe(true);
    });

    it('stores a project without records', async () => {
      const { repository } = current();
      const progress: number[] = [];

      const { meta } = await seedProject(repository, 'empty', {
        records: [],
        onProgress: (fraction) => progress.push(fraction),
      });

      expect(await repository.loadRecords(meta.id)).toStrictEqual([]);
      expect(progress).toStrictEqual([1]);
    });

    it('hands out copies that callers cannot change in storage', async () => {
      const { repository } = current();
      const { meta, records } = await seedProject(repository, 'p1');
      const loaded = await repository.loadRecords(meta.id);
      const fields = loaded[0]?.fields as Record<string, string>;

      fields.city = 'changed in memory only';

      expect(await repository.loadRecords(meta.id)).toStrictEqual(records);
    });
  });
}

/** Records whose cells stress storage: see the fixture for each case. */
function trickyRecords(): ScanRecord[] {
  const sentence = 'Pods meet in the rec centre — café «ñ» 学习. ';
  const long = sentence.repeat(Math.ceil(140_000 / sentence.length));
  const cells: Record<string, string> = tricky;

  return Object.entries(cells).map(([name, value], index) => {
    const key = recordKey(index + 1);
    const fields = {
      key,
      name: `${name} case`,
      description: index === 0 ? long.slice(0, 140_000) : value,
      notes: value,
    };
    Object.defineProperty(fields, '__proto__', {
      value: `proto ${name}`,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return { key, fields, batchId: 'batch-1', sourceRow: index + 1 };
  });
}
