import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMerge,
  planMerge,
  type MergeResolutions,
  type MergeSource,
} from '../../../../src/core/merge';
import type { ProjectSnapshot } from '../../../../src/core/model/snapshot';
import { arbSnapshot } from '../exchange/arbitraries';
import { normaliseSnapshot } from '../exchange/snapshot-builder';

// Property runs take seconds; on a busy two-core machine, more than 5.
const PROPERTY_TIMEOUT = 60_000;

const CONTEXT = { actor: 'Lead', clock: () => '2024-06-01T12:00:00.000Z' };
const TAKE_FILE: MergeResolutions = {
  fields: { all: 'incoming' },
  codebook: { all: 'incoming' },
  consensus: { all: 'incoming' },
  sameName: { all: 'map' },
};

function merge(
  base: ProjectSnapshot,
  ...files: ProjectSnapshot[]
): ProjectSnapshot {
  const sources: MergeSource[] = files.map((snapshot, index) => ({
    name: `file-${index}.podscan.json`,
    snapshot,
  }));
  const applied = applyMerge(
    base,
    planMerge(base, sources),
    TAKE_FILE,
    CONTEXT,
  );
  if (!applied.ok) throw new Error(applied.error[0]?.message);
  return applied.value.snapshot;
}

const layersOf = (snapshot: ProjectSnapshot) =>
  normaliseSnapshot(snapshot).layers;

describe('merge properties', () => {
  it(
    'is idempotent: merging the same file again changes nothing',
    () => {
      fc.assert(
        fc.property(arbSnapshot(), arbSnapshot(), (base, file) => {
          const once = merge(base, file);
          const report = planMerge(once, [{ name: 'again', snapshot: file }]);
          expect(report.unresolved).toEqual([]);
          const twice = applyMerge(once, report, {}, CONTEXT);
          expect(twice.ok && twice.value.changed).toBe(false);
          expect(twice.ok && twice.value.snapshot).toBe(once);
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'gives the same coder layers for A then B as for B then A',
    () => {
      fc.assert(
        fc.property(
          arbSnapshot(),
          arbSnapshot(),
          arbSnapshot(),
          (base, a, b) => {
            const ab = merge(merge(base, a), b);
            const ba = merge(merge(base, b), a);
            expect(layersOf(ab)).toEqual(layersOf(ba));
            expect(layersOf(merge(base, a, b))).toEqual(
              layersOf(merge(base, b, a)),
            );
            expect(layersOf(merge(base, a, b))).toEqual(layersOf(ab));
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never drops a coding: every coder × record of any side is kept',
    () => {
      fc.assert(
        fc.property(arbSnapshot(), arbSnapshot(), (base, file) => {
          const merged = merge(base, file);
          const slots = (s: ProjectSnapshot) =>
            s.layers.map((c) => `${c.coderId} ${c.recordKey}`);
          const kept = new Set(slots(merged));
          for (const slot of [...slots(base), ...slots(file)]) {
            expect(kept.has(slot)).toBe(true);
          }
          expect(kept.size).toBe(merged.layers.length);
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
