import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCaptured, type Run } from './run-captured';
import { writeCodedFile } from '../../../src/core/exchange';
import type { ProjectSnapshot } from '../../../src/core/model/snapshot';
import {
  GUID,
  makeCoding,
  makeSnapshot,
  ANA,
  T2,
} from '../core/exchange/snapshot-builder';

let dir = '';
let file = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podscan-export-'));
  file = await save(makeSnapshot());
});

async function save(snapshot: ProjectSnapshot): Promise<string> {
  const written = writeCodedFile(snapshot, { exportedAt: T2, exportedBy: 'x' });
  if (!written.ok) throw new Error('not written');
  const path = join(dir, 'project.podscan.json');
  await writeFile(path, written.value);
  return path;
}

function run(args: readonly string[]): Promise<Run> {
  return runCaptured(['export', ...args]);
}

const text = (name: string) => readFile(join(dir, name), 'utf8');

describe('podscan export', () => {
  it('writes the wide CSV for a coder, with BOM and delimiter', async () => {
    const out = join(dir, 'wide.csv');
    const result = await run([
      file,
      '--format',
      'wide',
      '--coder',
      'ana',
      '--bom',
      '--delimiter',
      ';',
      '-o',
      out,
    ]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toBe(`Wrote ${out} (wide).\n`);
    expect((await text('wide.csv')).split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFrecord;id;name;notes;Equity focus;Charges a fee;Free;Tutoring',
      'P-1;P-1;Eastside YMCA Hub;"Free; meals";1;0;1;0',
    ]);
  });

  it('writes the long CSV with exactly the contract columns', async () => {
    const result = await run([
      file,
      '--format',
      'long',
      '-o',
      join(dir, 'l.csv'),
    ]);
    expect(result.code).toBe(0);
    expect((await text('l.csv')).split('\r\n')[0]).toBe(
      'record,coder,code_guid,code,value,memo,status,coded_at,codebook_version',
    );
  });

  it('neutralises formula-like cells unless told not to', async () => {
    await save(
      makeSnapshot({
        layers: [
          makeCoding(ANA, 'P-1', [], { memo: '=cmd()', status: 'flagged' }),
        ],
      }),
    );
    await run([file, '--format', 'long', '-o', join(dir, 'n.csv')]);
    await run([
      file,
      '--format',
      'long',
      '--no-neutralise',
      '-o',
      join(dir, 'r.csv'),
    ]);
    expect((await text('n.csv')).split('\r\n')[1]).toContain(
      `,"'=cmd()",flagged,`,
    );
    expect((await text('r.csv')).split('\r\n')[1]).toContain(
      ',=cmd(),flagged,',
    );
  });

  it('writes a reliability matrix for the code asked for', async () => {
    const result = await run([
      file,
      '--format',
      'matrix',
      '--code',
      'free',
      '-o',
      join(dir, 'm.csv'),
    ]);
    expect(result.code, result.err).toBe(0);
    expect(await text('m.csv')).toBe('coder,P-1,P-2\r\nAna,1,0\r\nBen,1,');
  });

  it('writes the consensus, codebook and qdc exports', async () => {
    for (const format of ['consensus', 'codebook', 'qdc']) {
      const result = await run([
        file,
        '--format',
        format,
        '-o',
        join(dir, format),
      ]);
      expect(result.code, result.err).toBe(0);
    }
    expect((await text('consensus')).split('\r\n')).toHaveLength(2);
    expect(await text('qdc')).toContain(
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"',
    );
  });

  it('writes an XLSX workbook with the consensus', async () => {
    const out = join(dir, 'book.xlsx');
    const result = await run([
      file,
      '--format',
      'xlsx',
      '--consensus',
      '-o',
      out,
    ]);
    expect(result.code, result.err).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(out)) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Data',
      'Codebook',
      'Methods',
    ]);
    expect(book.getWorksheet('Data')!.getCell('E2').value).toBe(1);
  });

  it('writes a .qdpx with project.qde', async () => {
    const out = join(dir, 'p.qdpx');
    expect((await run([file, '--format', 'qdpx', '-o', out])).code).toBe(0);
    const files = unzipSync(new Uint8Array(await readFile(out)));
    expect(strFromU8(files['project.qde']!)).toContain(
      `<CodeRef targetGUID="${GUID.equity}"/>`,
    );
  });

  it('warns on stderr about cells too long for Excel', async () => {
    await save(
      makeSnapshot({
        layers: [
          makeCoding(ANA, 'P-1', [], {
            memo: 'x'.repeat(40_000),
            status: 'flagged',
          }),
        ],
      }),
    );
    const result = await run([
      file,
      '--format',
      'long',
      '-o',
      join(dir, 'x.csv'),
    ]);
    expect(result.code).toBe(0);
    expect(result.err).toContain('warning CELL_TOO_LONG (row 1, memo)');
  });

  it('asks whose codings when the file has several coders (exit 2)', async () => {
    const result = await run([
      file,
      '--format',
      'wide',
      '-o',
      join(dir, 'w.csv'),
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      '--consensus or --coder NAME (coders: Ana, Ben, Lead)',
    );
  });

  it('rejects an unknown format, coder or delimiter (exit 2)', async () => {
    const out = join(dir, 'x.csv');
    expect((await run([file, '--format', 'pdf', '-o', out])).code).toBe(2);
    expect(
      (await run([file, '--format', 'wide', '--coder', 'Zed', '-o', out])).code,
    ).toBe(2);
    expect(
      (await run([file, '--format', 'long', '--delimiter', ':', '-o', out]))
        .code,
    ).toBe(2);
  });

  it('reports a codebook REFI-QDA cannot carry (exit 1)', async () => {
    await save(
      makeSnapshot({
        codebook: { ...makeSnapshot().codebook, codes: [], sets: [] },
        layers: [],
        consensus: [],
      }),
    );
    const result = await run([
      file,
      '--format',
      'qdc',
      '-o',
      join(dir, 'c.qdc'),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('QDC_NO_CODES');
  });

  it('refuses a changed or a truncated coded file alike (exit 2)', async () => {
    const saved = await readFile(file, 'utf8');
    const changed = join(dir, 'changed.podscan.json');
    await writeFile(changed, saved.replace('Parks & Rec', 'Parks and Rec'));
    const cut = join(dir, 'cut.podscan.json');
    await writeFile(cut, saved.slice(0, 200));
    const out = join(dir, 'long.csv');

    const runs = [
      await run([changed, '--format', 'long', '-o', out]),
      await run([cut, '--format', 'long', '-o', out]),
    ];

    expect(runs.map((each) => each.code)).toEqual([2, 2]);
    expect(runs[0]!.err).toContain('error CODED_FILE_CHECKSUM (/checksum)');
    expect(runs[1]!.err).toContain('error CODED_FILE_TRUNCATED');
    expect(runs.map((each) => each.err.split('\n').at(-2))).toEqual([
      `podscan: ${changed} was refused; ${out} was not written`,
      `podscan: ${cut} was refused; ${out} was not written`,
    ]);
    expect(await readdir(dir)).not.toContain('long.csv');
  });
});
