import ExcelJS from 'exceljs';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCaptured, type Run } from './run-captured';
import { exportQdc } from '../../../src/core/codebook';
import { readCodedFile, writeCodedFile } from '../../../src/core/exchange';
import { generateRecordKeys, parseScanText } from '../../../src/core/scan';
import type { ProjectSnapshot } from '../../../src/core/model/snapshot';
import {
  GUID,
  makeCodebook,
  makeSnapshot,
  T2,
} from '../core/exchange/snapshot-builder';

const FIXTURES = join(import.meta.dirname, '../../fixtures/exchange');

let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podscan-pack-'));
  for (const name of ['pods.csv', 'codings.csv', 'codings-bad.csv']) {
    await copyFile(join(FIXTURES, name), join(dir, name));
  }
  const qdc = exportQdc(makeCodebook());
  if (!qdc.ok) throw new Error('no qdc');
  await writeFile(join(dir, 'codebook.qdc'), qdc.value);
});

function run(args: readonly string[]): Promise<Run> {
  return runCaptured(args);
}

async function load(path: string): Promise<ProjectSnapshot> {
  const read = readCodedFile(new Uint8Array(await readFile(path)));
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.value.snapshot;
}

const at = (name: string) => join(dir, name);

describe('podscan pack', () => {
  it('packs a scan, a codebook and codings into a coded file', async () => {
    const result = await run([
      'pack',
      '--records',
      at('pods.csv'),
      '--key',
      'ID',
      '--codebook',
      at('codebook.qdc'),
      '--codings',
      at('codings.csv'),
      '-o',
      at('out.podscan.json'),
    ]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toBe(
      `Packed 3 records, 2 coders and 4 codings (6 codes, 1 added) into ${at('out.podscan.json')}.\n`,
    );
    expect(result.err).toContain('info CODINGS_CODE_ADDED (row 6, code)');
    const snapshot = await load(at('out.podscan.json'));
    expect(snapshot.codebook.codes.map((c) => c.id).slice(0, 5)).toEqual([
      GUID.equity,
      GUID.cost,
      GUID.free,
      GUID.group,
      GUID.tutoring,
    ]);
    expect(snapshot.layers.every((c) => c.status === 'done')).toBe(true);
  });

  it('reads its own long export back without loss', async () => {
    const written = writeCodedFile(makeSnapshot(), {
      exportedAt: T2,
      exportedBy: 'x',
    });
    if (!written.ok) throw new Error('not written');
    await writeFile(at('p.podscan.json'), written.value);
    await run([
      'export',
      at('p.podscan.json'),
      '--format',
      'long',
      '--bom',
      '-o',
      at('long.csv'),
    ]);
    const result = await run([
      'pack',
      '--records',
      at('pods.csv'),
      '--key',
      'id',
      '--codebook',
      at('codebook.qdc'),
      '--codings',
      at('long.csv'),
      '-o',
      at('back.podscan.json'),
    ]);
    expect(result.code, result.err).toBe(0);
    await run([
      'export',
      at('back.podscan.json'),
      '--format',
      'long',
      '--bom',
      '-o',
      at('long2.csv'),
    ]);
    expect(await readFile(at('long2.csv'), 'utf8')).toBe(
      await readFile(at('long.csv'), 'utf8'),
    );
  });

  it('packs a sheet of an XLSX scan', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Scan');
    sheet.addRows([
      ['ID', 'Name', 'Notes'],
      ['P-1', 'Eastside YMCA Hub', 'Free; meals'],
      ['P-2', 'Parks & Rec Pod', ''],
      ['P-3', 'Library Learning Hub', ''],
    ]);
    await writeFile(
      at('pods.xlsx'),
      new Uint8Array(await book.xlsx.writeBuffer()),
    );
    const result = await run([
      'pack',
      '--records',
      at('pods.xlsx'),
      '--sheet',
      'Scan',
      '--key',
      'ID',
      '--codings',
      at('codings.csv'),
      '-o',
      at('x.podscan.json'),
      '--json',
    ]);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      records: 3,
      coders: 2,
      codings: 4,
      codesAdded: 5,
    });
  });

  it('lists the bad rows of the codings and writes nothing (exit 1)', async () => {
    const result = await run([
      'pack',
      '--records',
      at('pods.csv'),
      '--key',
      'ID',
      '--codings',
      at('codings-bad.csv'),
      '-o',
      at('bad.podscan.json'),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'error CODINGS_RECORD_UNKNOWN (row 2, record): Row 2 names record "P-9", which the scan does not have; check the key.',
    );
    await expect(readFile(at('bad.podscan.json'))).rejects.toThrow();
  });

  it('refuses an unknown key column (exit 2)', async () => {
    const result = await run([
      'pack',
      '--records',
      at('pods.csv'),
      '--key',
      'Site',
      '-o',
      at('k.podscan.json'),
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('The scan has no column "Site"');
  });

  it('lists 20 repeated keys, counts the rest and says what to do (exit 1)', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `P-${i},Site ${i % 3}`);
    await writeFile(at('sites.csv'), ['ID,SITE NAME', ...rows].join('\n'));
    const result = await run([
      'pack',
      '--records',
      at('sites.csv'),
      '--key',
      'SITE NAME',
      '-o',
      at('x.podscan.json'),
    ]);
    const lines = result.err.split('\n');

    expect(result.code).toBe(1);
    expect(lines.filter((line) => line.includes('KEY_DUPLICATE'))).toHaveLength(
      21,
    );
    expect(lines.slice(-4)).toEqual([
      `${at('sites.csv')}: error KEY_DUPLICATE: … and 10 more like the above.`,
      'podscan: keys must be filled in and unique: fix the scan, give --key ' +
        'a column with a unique value in every row ("ID"), or give ' +
        '--generate-keys instead of --key to let Podscan generate keys.',
      `podscan: ${at('x.podscan.json')} was not written.`,
      '',
    ]);
    await expect(readFile(at('x.podscan.json'))).rejects.toThrow();
  });

  it('lists the warnings of the scan, 20 of a kind, and still packs it', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `P-${i},Bell\u0007`);
    await writeFile(at('mixed.csv'), `ID,Name\r\n${rows.join('\n')}\r\n`);
    const result = await run([
      'pack',
      '--records',
      at('mixed.csv'),
      '--key',
      'ID',
      '-o',
      at('m.podscan.json'),
    ]);
    const lines = result.err.split('\n');
    const snapshot = await load(at('m.podscan.json'));

    expect(result.code).toBe(0);
    expect(lines[0]).toBe(
      `${at('mixed.csv')}: warning CSV_MIXED_LINE_ENDINGS: The file mixes ` +
        'line endings: 24 lines end in LF (Unix, macOS), 2 in CRLF ' +
        '(Windows). Each of them ends a row, as in a spreadsheet (first ' +
        'CRLF: line 1 of the file); line breaks inside quoted cells stay in ' +
        'their cells. If rows around those lines look wrong, save the file ' +
        'again with one kind of line ending and import it again.',
    );
    expect(lines[1]).toBe(
      `${at('mixed.csv')}: warning TEXT_CONTROL_CHARACTER (row 1, name): ` +
        'Row 1, column "name" contains an invisible control character ' +
        '(U+0007). It is kept as it is, but other programs may drop it or ' +
        'refuse the file; remove it in the grid or in the source if it does ' +
        'not belong there.',
    );
    expect(lines.slice(21)).toEqual([
      `${at('mixed.csv')}: warning TEXT_CONTROL_CHARACTER: … and 5 more ` +
        'like the above.',
      '',
    ]);
    expect(result.out).toBe(
      `Packed 25 records, 0 coders and 0 codings (0 codes, 0 added) into ${at('m.podscan.json')}.\n`,
    );
    expect(snapshot.records).toHaveLength(25);
  });

  it('generates keys as the import does with --generate-keys', async () => {
    const text = 'SITE NAME,Notes\nYMCA,meals\nYMCA,\nLibrary,\n';
    await writeFile(at('sites.csv'), text);
    const result = await run([
      'pack',
      '--records',
      at('sites.csv'),
      '--generate-keys',
      '-o',
      at('g.podscan.json'),
    ]);
    const snapshot = await load(at('g.podscan.json'));

    expect(result.code, result.err).toBe(0);
    expect(snapshot.records.map((record) => record.key)).toEqual(
      generateRecordKeys(parseScanText(text)),
    );
    expect(snapshot.meta.keyColumn).toBeNull();
  });

  it('needs either --key or --generate-keys (exit 2)', async () => {
    const args = ['pack', '--records', at('pods.csv'), '-o', at('n.json')];
    const neither = await run(args);
    const both = await run([...args, '--key', 'ID', '--generate-keys']);

    expect([neither.code, both.code]).toEqual([2, 2]);
    expect(neither.err).toBe(
      'podscan: give the key column with --key COLUMN, or --generate-keys ' +
        'to let Podscan generate keys\n',
    );
    expect(both.err).toBe(
      'podscan: give either --key or --generate-keys, not both\n',
    );
  });

  it('needs --records, --key and -o (exit 2)', async () => {
    expect((await run(['pack', '--key', 'ID', '-o', at('z.json')])).code).toBe(
      2,
    );
  });
});
