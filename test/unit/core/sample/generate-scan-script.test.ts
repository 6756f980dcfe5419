import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeScanCsv } from '../../../../src/core/sample';
import { generateOrThrow } from './scan-records';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const script = join(root, 'scripts', 'generate-scan.ts');
const folder = mkdtempSync(join(tmpdir(), 'podscan-sample-'));

function runScript(args: readonly string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

// Each case starts a Node process with the TypeScript loader: seconds, not
// milliseconds, on a busy machine.
describe('scripts/generate-scan.ts', { timeout: 60_000 }, () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the scan for the given rows and seed to --out', () => {
    const out = join(folder, 'scan.csv');
    const run = runScript(['--rows', '25', '--seed', '8', '--out', out]);

    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^Wrote 25 records \(seed 8\) to .*scan\.csv/);
    expect(readFileSync(out, 'utf8')).toBe(
      writeScanCsv(generateOrThrow({ rows: 25, seed: 8 })),
    );
  });

  it('exits 2 and names the flag when a number is not whole', () => {
    const run = runScript(['--rows', 'ten', '--out', join(folder, 'x.csv')]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--rows must be a whole number, not "ten".');
  });

  it('exits 2 with the range when the row count is too large', () => {
    const run = runScript([
      '--rows',
      '2000000',
      '--out',
      join(folder, 'x.csv'),
    ]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('from 0 to 1000000');
  });

  it('exits 2 on an unknown option', () => {
    const run = runScript(['--colour', 'red']);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--colour');
  });
});
