import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCaptured, type Run } from './run-captured';
import { readCodedFile, writeCodedFile } from '../../../src/core/exchange';
import { asProjectId } from '../../../src/core/model/ids';
import type { ProjectSnapshot } from '../../../src/core/model/snapshot';
import {
  ANA,
  BEN,
  GUID,
  makeCoding,
  makeRecord,
  makeSnapshot,
  T2,
} from '../core/exchange/snapshot-builder';

let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podscan-merge-'));
});

function run(args: readonly string[]): Promise<Run> {
  return runCaptured(['merge', ...args]);
}

async function save(name: string, snapshot: ProjectSnapshot): Promise<string> {
  const written = writeCodedFile(snapshot, { exportedAt: T2, exportedBy: 'x' });
  if (!written.ok) throw new Error('not written');
  const path = join(dir, name);
  await writeFile(path, written.value);
  return path;
}

async function load(path: string): Promise<ProjectSnapshot> {
  const read = readCodedFile(new Uint8Array(await readFile(path)));
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.value.snapshot;
}

const exists = (path: string) =>
  readFile(path).then(
    () => true,
    () => false,
  );

describe('podscan merge', () => {
  it('merges coder layers and writes the result (exit 0)', async () => {
    const a = await save('a.podscan.json', makeSnapshot());
    const b = await save(
      'b.podscan.json',
      makeSnapshot({
        layers: [makeCoding(BEN, 'P-2', [GUID.cost], { updatedAt: T2 })],
      }),
    );
    const out = join(dir, 'merged.podscan.json');
    const result = await run([a, b, '-o', out, '--log', join(dir, 'log.csv')]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(
      'Layers: 1 coding added, 0 identical, 0 overwritten',
    );
    const merged = await load(out);
    expect(merged.layers).toHaveLength(5);
    const log = await readFile(join(dir, 'log.csv'), 'utf8');
    expect(log.split('\r\n')[1]).toBe(
      `coding_added,${b},P-2,${BEN.id},,,,,,Added this coder's coding of the record.`,
    );
  });

  it('reports conflicts as JSON, writes nothing and exits 1', async () => {
    const a = await save('a.podscan.json', makeSnapshot());
    const b = await save(
      'b.podscan.json',
      makeSnapshot({
        records: [makeRecord('P-1', 'Renamed', '', 1)],
        layers: [],
      }),
    );
    const out = join(dir, 'merged.podscan.json');
    const result = await run([a, b, '-o', out, '--json']);
    expect(result.code).toBe(1);
    expect(await exists(out)).toBe(false);
    const report = JSON.parse(result.out) as {
      output: string | null;
      report: { records: { conflicts: unknown[]; matched: number } };
      unresolved: { kind: string; key: string }[];
    };
    expect(report.output).toBeNull();
    expect(report.report.records.matched).toBe(1);
    expect(report.report.records.conflicts).toEqual([
      {
        record: 'P-1',
        column: 'name',
        base: 'Eastside YMCA Hub',
        incoming: 'Renamed',
        source: b,
      },
      {
        record: 'P-1',
        column: 'notes',
        base: 'Free; meals',
        incoming: '',
        source: b,
      },
    ]);
    expect(report.unresolved.map((u) => [u.kind, u.key])).toEqual([
      ['field', 'P-1'],
    ]);
    expect(result.err).toMatch(/1 conflict needs a choice/);
  });

  it('settles conflicts with --prefer', async () => {
    const a = await save('a.podscan.json', makeSnapshot());
    const b = await save(
      'b.podscan.json',
      makeSnapshot({
        records: [makeRecord('P-1', 'Renamed', 'x', 1)],
        layers: [],
      }),
    );
    const out = join(dir, 'merged.podscan.json');
    const result = await run([a, b, '-o', out, '--prefer', 'incoming']);
    expect(result.code, result.err).toBe(0);
    const merged = await load(out);
    expect(merged.records[0]?.fields.name).toBe('Renamed');
  });

  it('only reports with --dry-run', async () => {
    const a = await save('a.podscan.json', makeSnapshot({ layers: [] }));
    const b = await save('b.podscan.json', makeSnapshot());
    const result = await run([a, b, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Layers: 4 codings added');
    expect(result.out).toContain('Nothing written.');
  });

  /** A good file, a copy changed after it was written, and a cut copy. */
  async function saveWithBadCopies() {
    const a = await save('a.podscan.json', makeSnapshot());
    const text = await readFile(a, 'utf8');
    const tampered = join(dir, 'tampered.podscan.json');
    await writeFile(tampered, text.replace('Parks & Rec', 'Parks and Rec'));
    const cut = join(dir, 'cut.podscan.json');
    await writeFile(cut, text.slice(0, 200));
    return { a, tampered, cut };
  }

  it('refuses a tampered or a truncated file alike (exit 2)', async () => {
    const { a, tampered, cut } = await saveWithBadCopies();
    const out = join(dir, 'merged.podscan.json');

    const tamperedRun = await run([a, tampered, '-o', out]);
    const cutRun = await run([a, cut, '-o', out]);
    const dryRun = await run([a, cut, '--dry-run']);

    expect([tamperedRun.code, cutRun.code, dryRun.code]).toEqual([2, 2, 2]);
    expect(tamperedRun.err).toContain('error CODED_FILE_CHECKSUM (/checksum)');
    expect(tamperedRun.err).toContain(
      `podscan: ${tampered} was refused; ${out} was not written\n`,
    );
    expect(cutRun.err).toContain('CODED_FILE_TRUNCATED');
    expect(cutRun.err).toContain(
      `podscan: ${cut} was refused; ${out} was not written\n`,
    );
    expect(dryRun.err.endsWith(`podscan: ${cut} was refused\n`)).toBe(true);
    expect(await exists(out)).toBe(false);
  });

  it('reports every refused file, not just the first (exit 2)', async () => {
    const { a, tampered, cut } = await saveWithBadCopies();
    const folder = join(dir, 'folder.podscan.json');
    await mkdir(folder);
    const out = join(dir, 'merged.podscan.json');

    const result = await run([a, tampered, cut, folder, '-o', out]);

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    const lines = result.err.trimEnd().split('\n');
    expect(lines.map((line) => line.slice(0, line.indexOf(':', 1)))).toEqual([
      tampered,
      tampered,
      cut,
      'podscan',
      'podscan',
    ]);
    expect(lines[0]).toContain('error CODED_FILE_CHECKSUM (/checksum)');
    expect(lines[1]).toContain('error CODED_FILE_RECORD_HASH (/records/1)');
    expect(lines[2]).toContain('error CODED_FILE_TRUNCATED');
    expect(lines.slice(3)).toEqual([
      `podscan: ${folder} is a folder, not a file; give a coded file ` +
        '(*.podscan.json)',
      `podscan: 3 of 4 files were refused: ${tampered}, ${cut}, ${folder}; ` +
        `${out} was not written`,
    ]);
    expect(await exists(out)).toBe(false);
  });

  it('names an output that cannot be written and leaves no file behind', async () => {
    const a = await save('a.podscan.json', makeSnapshot());
    const folder = join(dir, 'out');
    await mkdir(folder);
    const missing = join(dir, 'nowhere', 'merged.podscan.json');

    const toFolder = await run([a, '-o', folder]);
    const toMissing = await run([a, '-o', missing]);

    expect([toFolder.code, toMissing.code]).toEqual([2, 2]);
    expect(toFolder.err).toBe(
      `podscan: ${folder} is a folder; give a file name for the output, ` +
        `e.g. ${join(folder, 'merged.podscan.json')}\n`,
    );
    expect(toMissing.err).toBe(
      `podscan: cannot write ${missing}: the folder ${join(dir, 'nowhere')} ` +
        'does not exist; create it or check the path\n',
    );
    expect((await readdir(dir)).sort()).toEqual(['a.podscan.json', 'out']);
    expect(await readdir(folder)).toEqual([]);
  });

  it('names a folder given instead of a coded file (exit 2)', async () => {
    const a = await save('a.podscan.json', makeSnapshot());
    const out = join(dir, 'merged.podscan.json');

    const result = await run([a, dir, '-o', out]);

    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `podscan: ${dir} is a folder, not a file; give a coded file ` +
        `(*.podscan.json); ${out} was not written\n`,
    );
    expect(await exists(out)).toBe(false);
  });

  it('warns about another project unless it has the same name and records', async () => {
    const a = await save('a.podscan.json', makeSnapshot());
    const other = makeSnapshot();
    const id = asProjectId('project-2');
    const samePack = await save('same.podscan.json', {
      ...other,
      meta: { ...other.meta, id },
    });
    const renamed = await save('renamed.podscan.json', {
      ...other,
      meta: { ...other.meta, id, name: 'Libraries scan' },
    });
    const unrelated = await save('unrelated.podscan.json', {
      ...other,
      meta: { ...other.meta, id },
      records: [makeRecord('L-1', 'Library pod')],
      layers: [],
      consensus: [],
    });

    const same = await run([a, samePack, '--dry-run']);
    const differs = await run([a, renamed, '--dry-run']);
    const disjoint = await run([a, unrelated, '--dry-run']);

    expect([same.code, differs.code, disjoint.code]).toEqual([0, 0, 0]);
    expect(same.out).not.toContain('warning:');
    expect(differs.out).toContain(
      `warning: ${renamed} comes from project "Libraries scan" ` +
        '(project-2), not "Pods scan"; records are still matched by key.\n',
    );
    expect(disjoint.out).toContain(
      `warning: ${unrelated} comes from another project also named ` +
        '"Pods scan" (project-2) and shares no record key with this one, ' +
        'so every record in it would be added. Check that it is the file ' +
        'you meant to merge.\n',
    );
  });

  it('needs -o unless --dry-run (exit 2)', async () => {
    const a = await save('a.podscan.json', makeSnapshot());
    const result = await run([a]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/give -o OUT/);
  });

  it('says so when a file is missing (exit 2)', async () => {
    const result = await run([join(dir, 'nope.podscan.json'), '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no such file/);
  });

  it('keeps the same coder layers whatever the file order', async () => {
    const base = await save('base.podscan.json', makeSnapshot({ layers: [] }));
    const a = await save(
      'a.podscan.json',
      makeSnapshot({
        layers: [makeCoding(ANA, 'P-1', [GUID.cost], { updatedAt: T2 })],
      }),
    );
    const b = await save('b.podscan.json', makeSnapshot());
    await run([base, a, b, '-o', join(dir, 'ab.podscan.json')]);
    await run([base, b, a, '-o', join(dir, 'ba.podscan.json')]);
    const sort = (s: ProjectSnapshot) =>
      [...s.layers].sort((x, y) =>
        `${x.coderId}${x.recordKey}` < `${y.coderId}${y.recordKey}` ? -1 : 1,
      );
    expect(sort(await load(join(dir, 'ab.podscan.json')))).toEqual(
      sort(await load(join(dir, 'ba.podscan.json'))),
    );
  });
});
