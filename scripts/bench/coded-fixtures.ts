import type { Code, Codebook } from '../../src/core/codebook';
import type { Coder, RecordCoding } from '../../src/core/model/coding';
import {
  asCodeId,
  asCoderId,
  asColumnKey,
  asProjectId,
  asRecordKey,
  type CodeId,
  type RecordKey,
} from '../../src/core/model/ids';
import type { Column, ScanRecord } from '../../src/core/model/scan';
import type { ProjectSnapshot } from '../../src/core/model/snapshot';
import { createRandom, type Random } from '../../src/core/sample/random';

/** When every fixture says it was made; fixed so runs are identical. */
const STAMP = '2021-03-01T09:00:00.000Z';
const BATCH_ID = 'bench-batch';

/** A GUID from a kind digit and an index; sorts in index order. */
function fixtureGuid(kind: number, index: number): string {
  const tail = String(index).padStart(12, '0');
  return `0000000${kind}-0000-4000-8000-${tail}`;
}

/** `count` top-level codable codes, named "Code 01", "Code 02", … */
export function makeBenchCodebook(count: number): Codebook {
  const codes = Array.from({ length: count }, (_, index): Code => ({
    id: asCodeId(fixtureGuid(1, index)),
    name: `Code ${String(index + 1).padStart(2, '0')}`,
    parentId: null,
    definition: '',
    include: '',
    exclude: '',
    example: '',
    color: '#1F77B4',
    shortcut: null,
    isCodable: true,
    retired: false,
    order: index,
  }));
  return {
    version: 1,
    codes,
    sets: [],
    aliases: {},
    history: [
      { version: 1, at: STAMP, actor: 'Bench', detail: { kind: 'create' } },
    ],
  };
}

export function makeBenchCoders(count: number, first = 0): Coder[] {
  return Array.from({ length: count }, (_, index) => ({
    id: asCoderId(fixtureGuid(2, first + index)),
    name: `Coder ${first + index + 1}`,
    initials: `C${first + index + 1}`,
  }));
}

/** Record keys LP-000001 … for fixtures that need no fields. */
export function makeRecordKeys(count: number): RecordKey[] {
  return Array.from({ length: count }, (_, index) =>
    asRecordKey(`LP-${String(index + 1).padStart(6, '0')}`),
  );
}

/**
 * Codings of every coder on every record, with realistic agreement: each
 * record × code has a hidden truth (prevalence 2–40% by code); a coder
 * applies a true code with probability 0.9 and a false one with 0.04.
 * 95% of entries are `done`, the rest `in_progress`. Seeded.
 */
export function makeBenchLayers(
  coders: readonly Coder[],
  keys: readonly RecordKey[],
  codebook: Codebook,
  seed: number,
): RecordCoding[] {
  const random = createRandom(seed);
  const codes = codebook.codes.map((code) => code.id);
  const prevalence = codes.map((_, index) => 0.02 + (index % 20) * 0.02);
  const layers: RecordCoding[] = [];
  for (const key of keys) {
    const truth = codes.map((_, c) => random.chance(prevalence[c]!));
    for (const coder of coders) {
      layers.push({
        recordKey: key,
        coderId: coder.id,
        codes: drawApplied(random, codes, truth),
        memo: '',
        status: random.chance(0.95) ? 'done' : 'in_progress',
        createdAt: STAMP,
        updatedAt: STAMP,
        codebookVersion: codebook.version,
      });
    }
  }
  return layers;
}

/** A project holding `records` (as buildRecords made them) and codings. */
export function makeBenchSnapshot(parts: {
  readonly columns: readonly Column[];
  readonly records: readonly ScanRecord[];
  readonly codebook: Codebook;
  readonly coders: readonly Coder[];
  readonly layers: readonly RecordCoding[];
}): ProjectSnapshot {
  return {
    meta: {
      id: asProjectId(fixtureGuid(3, 0)),
      name: 'Benchmark scan',
      createdAt: STAMP,
      updatedAt: STAMP,
      columns: parts.columns,
      keyColumn: asColumnKey('record_id'),
      recordCount: parts.records.length,
      batches: [
        {
          id: BATCH_ID,
          kind: 'import',
          fileName: 'bench.csv',
          importedAt: STAMP,
          importedBy: 'Bench',
          encoding: 'utf-8',
          delimiter: ',',
          rowCount: parts.records.length,
          keyColumn: asColumnKey('record_id'),
        },
      ],
      layout: null,
      settings: { blindMode: false },
    },
    records: parts.records,
    codebook: parts.codebook,
    coders: parts.coders,
    layers: parts.layers,
    consensus: [],
  };
}

/** The batch id fixture records must carry to match makeBenchSnapshot. */
export const BENCH_BATCH_ID = BATCH_ID;

function drawApplied(
  random: Random,
  codes: readonly CodeId[],
  truth: readonly boolean[],
): CodeId[] {
  const applied: CodeId[] = [];
  for (let c = 0; c < codes.length; c += 1) {
    if (random.chance(truth[c] ? 0.9 : 0.04)) applied.push(codes[c]!);
  }
  return applied;
}
