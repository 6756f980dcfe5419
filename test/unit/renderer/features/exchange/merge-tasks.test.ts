import { describe, expect, it } from 'vitest';
import { writeCodedFile } from '../../../../../src/core/exchange';
import {
  asColumnKey,
  asProjectId,
  asRecordKey,
} from '../../../../../src/core/model/ids';
import type { ProjectSnapshot } from '../../../../../src/core/model/snapshot';
import { createMemoryRepository } from '../../../../../src/core/repository/memory';
import { readMergeHistory } from '../../../../../src/renderer/features/exchange/merge-history';
import {
  applyStoredMerge,
  previewStoredMerge,
  readMergeFiles,
  toSources,
  undoStoredMerge,
} from '../../../../../src/renderer/features/exchange/merge-tasks';
import {
  ANA,
  BEN,
  GUID,
  LEAD,
  makeCoding,
  makeRecord,
  makeSnapshot,
  T2,
} from '../../../core/exchange/snapshot-builder';
import { storeSnapshot } from './store';

const PROJECT = 'project-1';
const AT = '2024-06-01T12:00:00.000Z';
const CONTEXT = { actor: 'Lead', clock: () => AT };

/** The project: three records, Ana's two codings, no decisions. */
function baseProject(): ProjectSnapshot {
  return makeSnapshot({
    coders: [ANA, LEAD],
    layers: [
      makeCoding(ANA, 'P-1', [GUID.equity, GUID.free]),
      makeCoding(ANA, 'P-2', [GUID.cost]),
    ],
    consensus: [],
  });
}

/** Ben's file: P-2 renamed, a new P-4, and Ben's layer. */
function bensFile(): Uint8Array {
  const snapshot = makeSnapshot({
    records: [
      makeRecord('P-1', 'Eastside YMCA Hub', 'Free; meals', 1),
      makeRecord('P-2', 'Parks and Rec Pod', 'Sliding scale\nfee', 2),
      makeRecord('P-3', 'Library Learning Hub', '', 3),
      makeRecord('P-4', 'Museum Pod', '', 4),
    ],
    coders: [ANA, BEN, LEAD],
    layers: [
      makeCoding(BEN, 'P-1', [GUID.free]),
      makeCoding(BEN, 'P-4', [GUID.tutoring]),
    ],
    consensus: [],
  });
  const written = writeCodedFile(snapshot, {
    exportedAt: T2,
    exportedBy: 'Ben',
  });
  if (!written.ok) throw new Error('the test file was not written');
  return new TextEncoder().encode(written.value);
}

function readBensFile(name = 'ben.podscan.json') {
  const read = readMergeFiles([{ name, bytes: bensFile() }]);
  if (!read.ok) throw new Error('the test file was refused');
  return read.reads;
}

describe('merging coded files into a stored project', () => {
  it('previews the counts and choices without changing anything', async () => {
    const repository = createMemoryRepository();
    const stored = await storeSnapshot(repository, baseProject());

    const preview = await previewStoredMerge(
      repository,
      PROJECT,
      readBensFile(),
    );

    expect(preview.records).toStrictEqual({
      matched: 3,
      identical: 2,
      added: 1,
      addedKeys: ['P-4'],
      columnsAdded: [],
      conflicts: [
        {
          recordKey: 'P-2',
          source: 'ben.podscan.json',
          fields: [
            {
              column: 'name',
              base: 'Parks & Rec Pod',
              incoming: 'Parks and Rec Pod',
            },
          ],
        },
      ],
      conflictRecords: 1,
    });
    expect(preview.coders.added).toStrictEqual([
      { id: BEN.id, name: 'Ben', initials: 'BE', source: 'ben.podscan.json' },
    ]);
    expect(preview.layers).toMatchObject({ added: 2, overwrittenCount: 0 });
    expect(preview.unresolved).toStrictEqual({
      field: 1,
      codebook: 0,
      same_name: 0,
      consensus: 0,
    });
    expect(preview.wouldChange).toBeNull();
    expect(preview.files).toStrictEqual([
      {
        name: 'ben.podscan.json',
        projectName: 'Pods scan',
        exportedBy: 'Ben',
        exportedAt: T2,
        records: 4,
        coders: 3,
        codings: 2,
        codebookVersion: 3,
      },
    ]);
    expect(await repository.loadSnapshot(asProjectId(PROJECT))).toStrictEqual(
      stored,
    );
  });

  it('applies in one merge event, changes nothing the second time, and undoes whole', async () => {
    const repository = createMemoryRepository();
    const stored = await storeSnapshot(repository, baseProject());
    const sources = toSources(readBensFile());
    const resolutions = { fields: { byKey: { 'P-2': 'incoming' as const } } };

    const first = await applyStoredMerge(
      repository,
      PROJECT,
      sources,
      resolutions,
      CONTEXT,
    );
    if (first.kind !== 'merged' || first.seq === null) {
      throw new Error('expected a merge');
    }
    const merged = await repository.loadSnapshot(asProjectId(PROJECT));

    expect(merged.records.map((r) => [r.key, r.fields.name])).toStrictEqual([
      ['P-1', 'Eastside YMCA Hub'],
      ['P-2', 'Parks and Rec Pod'],
      ['P-3', 'Library Learning Hub'],
      ['P-4', 'Museum Pod'],
    ]);
    expect(merged.coders.map((coder) => coder.name)).toStrictEqual([
      'Ana',
      'Lead',
      'Ben',
    ]);
    expect(
      merged.layers.map((coding) => [
        coding.coderId,
        coding.recordKey,
        coding.codes,
      ]),
    ).toStrictEqual([
      [ANA.id, 'P-1', [GUID.equity, GUID.free].sort()],
      [ANA.id, 'P-2', [GUID.cost]],
      [BEN.id, 'P-1', [GUID.free]],
      [BEN.id, 'P-4', [GUID.tutoring]],
    ]);
    expect(first.log.map((entry) => entry.action)).toContain('field_taken');
    expect(await readMergeHistory(repository, PROJECT)).toMatchObject({
      kind: 'undoable',
      merge: { seq: first.seq, sources: ['ben.podscan.json'] },
    });

    const again = await applyStoredMerge(
      repository,
      PROJECT,
      sources,
      resolutions,
      CONTEXT,
    );
    expect(again).toMatchObject({ kind: 'merged', seq: null });

    await undoStoredMerge(repository, PROJECT, first.seq, {
      at: AT,
      actor: 'Lead',
    });
    const reverted = await repository.loadSnapshot(asProjectId(PROJECT));
    expect(reverted).toStrictEqual({
      ...stored,
      meta: { ...stored.meta, updatedAt: AT },
    });
    expect(await readMergeHistory(repository, PROJECT)).toStrictEqual({
      kind: 'none',
    });
  });

  it('asks for the missing choice instead of merging', async () => {
    const repository = createMemoryRepository();
    await storeSnapshot(repository, baseProject());

    const outcome = await applyStoredMerge(
      repository,
      PROJECT,
      toSources(readBensFile()),
      {},
      CONTEXT,
    );

    expect(outcome).toMatchObject({ kind: 'unresolved', count: 1 });
    expect(await readMergeHistory(repository, PROJECT)).toStrictEqual({
      kind: 'none',
    });
  });

  it('will not undo a merge the project changed after', async () => {
    const repository = createMemoryRepository();
    await storeSnapshot(repository, baseProject());
    const outcome = await applyStoredMerge(
      repository,
      PROJECT,
      toSources(readBensFile()),
      { fields: { all: 'base' } },
      CONTEXT,
    );
    if (outcome.kind !== 'merged' || outcome.seq === null) {
      throw new Error('expected a merge');
    }
    await repository.saveEdits(
      asProjectId(PROJECT),
      [
        {
          recordKey: asRecordKey('P-3'),
          changes: [
            { column: asColumnKey('notes'), oldValue: '', newValue: 'Closed' },
          ],
        },
      ],
      { at: AT, actor: 'Ana' },
    );
    const before = await repository.loadSnapshot(asProjectId(PROJECT));

    expect(await readMergeHistory(repository, PROJECT)).toMatchObject({
      kind: 'blocked',
      changesSince: 1,
    });
    await expect(
      undoStoredMerge(repository, PROJECT, outcome.seq, { at: AT, actor: 'L' }),
    ).rejects.toThrow(/can no longer be undone/);
    expect(await repository.loadSnapshot(asProjectId(PROJECT))).toStrictEqual(
      before,
    );
  });
});

describe('reading the files to merge', () => {
  it('refuses a tampered file by name and reads none of the pick', () => {
    const text = new TextDecoder().decode(bensFile());
    const tampered = text.replace('Museum Pod', 'Museum Pods');

    const read = readMergeFiles([
      { name: 'ben.podscan.json', bytes: bensFile() },
      { name: 'cut.podscan.json', bytes: new TextEncoder().encode(tampered) },
    ]);

    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.refused.map((file) => file.name)).toStrictEqual([
      'cut.podscan.json',
    ]);
    expect(read.refused[0]?.problems.map((p) => p.code)).toStrictEqual([
      'CODED_FILE_CHECKSUM',
      'CODED_FILE_RECORD_HASH',
    ]);
  });

  it('says a CSV picked by mistake is a table, not JSON, by name', () => {
    const csv = new TextEncoder().encode('id,val\n1,=x\n');
    const read = readMergeFiles([{ name: 'scan.csv', bytes: csv }]);

    expect(read.ok ? null : read.refused).toStrictEqual([
      {
        name: 'scan.csv',
        problems: [
          {
            row: null,
            column: null,
            code: 'CODED_FILE_NOT_JSON',
            message:
              'This is not a Podscan coded file: it looks like a CSV or ' +
              'other text table, not JSON. To bring in a scan, import it as ' +
              'a scan (Import scan… in the app; on the command line, give ' +
              'it a .csv or .tsv name).',
            severity: 'error',
            path: '',
          },
        ],
      },
    ]);
  });

  it('tells apart two picked files with the same name', () => {
    const read = readMergeFiles([
      { name: 'a.podscan.json', bytes: bensFile() },
      { name: 'a.podscan.json', bytes: bensFile() },
    ]);

    expect(read.ok && read.reads.map((entry) => entry.name)).toStrictEqual([
      'a.podscan.json',
      'a.podscan.json (2)',
    ]);
  });
});
