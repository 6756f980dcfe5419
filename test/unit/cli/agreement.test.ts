import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/index';
import type { CliIo } from '../../../src/cli/io';

const FIXTURES = join(import.meta.dirname, '../../fixtures/agreement');
const STATISTIC_KEYS = [
  'percent_agreement',
  'cohen_kappa',
  'scott_pi',
  'fleiss_kappa',
  'conger_kappa',
  'krippendorff_alpha',
  'gwet_ac1',
  'brennan_prediger',
];

type Run = { code: number; out: string; err: string };

async function run(
  args: readonly string[],
  files: Record<string, Uint8Array> = {},
): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readBytes: async (path) =>
      files[path] ?? new Uint8Array(await readFile(join(FIXTURES, path))),
    writeAtomic: () => Promise.reject(new Error('no writes expected')),
  };
  const code = await runCli(['agreement', ...args], io);
  return { code, out, err };
}

type JsonReport = {
  coders: number;
  units: number;
  pairableUnits: number;
  statistics: Record<
    string,
    { value: number | null; reason?: string; ci95?: [number, number] }
  >;
};

async function runJson(args: readonly string[]): Promise<JsonReport> {
  const result = await run([...args, '--json']);
  expect(result.code, result.err).toBe(0);
  return JSON.parse(result.out) as JsonReport;
}

describe('podscan agreement --matrix', () => {
  it('prints the JSON contract with every statistic', async () => {
    const report = await runJson(['--matrix', 'krippendorff-2011.csv']);

    expect(Object.keys(report)).toEqual([
      'coders',
      'units',
      'pairableUnits',
      'statistics',
    ]);
    expect(report).toMatchObject({ coders: 4, units: 12, pairableUnits: 11 });
    expect(Object.keys(report.statistics)).toEqual(STATISTIC_KEYS);
    // Krippendorff (2011): nominal alpha = .743.
    expect(report.statistics.krippendorff_alpha!.value).toBeCloseTo(0.743, 3);
    for (const statistic of Object.values(report.statistics)) {
      const keys = Object.keys(statistic);
      expect(['value', 'reason', 'ci95']).toEqual(expect.arrayContaining(keys));
    }
    expect(report.statistics.cohen_kappa).toEqual({
      value: null,
      reason: expect.stringContaining('exactly two coders') as string,
    });
    const [low, high] = report.statistics.fleiss_kappa!.ci95!;
    expect(low).toBeLessThan(0.761);
    expect(high).toBeLessThanOrEqual(1);
  });

  it('follows --level for alpha and is deterministic', async () => {
    const first = await runJson([
      '--matrix',
      'krippendorff-2011.csv',
      '--level',
      'interval',
    ]);
    const second = await runJson([
      '--matrix',
      'krippendorff-2011.csv',
      '--level',
      'interval',
    ]);

    // Krippendorff (2011): interval alpha = .849.
    expect(first.statistics.krippendorff_alpha!.value).toBeCloseTo(0.849, 3);
    expect(second).toEqual(first);
  });

  it('reads the transpose with --units-as-rows', async () => {
    const byCoder = await runJson(['--matrix', 'krippendorff-2011.csv']);
    const byUnit = await runJson([
      '--matrix',
      'krippendorff-2011-by-unit.csv',
      '--units-as-rows',
    ]);

    expect(byUnit).toEqual(byCoder);
  });

  it("gives Wikipedia's Cohen's kappa 0.40 from a BOM-prefixed CRLF file", async () => {
    const report = await runJson([
      '--matrix',
      'cohen-wikipedia-by-unit.csv',
      '--units-as-rows',
    ]);

    expect(report.coders).toBe(2);
    expect(report.statistics.cohen_kappa!.value).toBeCloseTo(0.4, 10);
  });

  it('applies --weights with --categories to text labels', async () => {
    const weighted = await runJson([
      '--matrix',
      'ordinal-text.csv',
      '--weights',
      'linear',
      '--categories',
      'low,mid,high',
    ]);

    // low,mid,high at 1,2,3: the one disagreement (mid vs high) gets
    // weight 0.5, so weighted percent agreement is (1 + 0.5 + 1) / 3.
    expect(weighted.statistics.percent_agreement!.value).toBeCloseTo(
      2.5 / 3,
      12,
    );
  });

  it('prints a readable table and warns on stderr about the prevalence paradox', async () => {
    const result = await run(['--matrix', 'rare-code.csv']);

    expect(result.code).toBe(0);
    expect(result.out).toContain('2 coders, 40 units, 40 pairable');
    expect(result.out).toMatch(/Percent agreement\s+0\.950/);
    expect(result.out).toMatch(/PABAK 0\.900/);
    expect(result.err).toMatch(/^warning: Percent agreement is 95%/);
  });

  it('exits 1 and names the row of a ragged matrix', async () => {
    const result = await run(['--matrix', 'ragged.csv']);

    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('ragged.csv: row 2 has 3 cells');
  });

  it('exits 1 and names row and column of text at the interval level', async () => {
    const result = await run([
      '--matrix',
      'interval-text.csv',
      '--level',
      'interval',
    ]);

    expect(result.code).toBe(1);
    expect(result.err).toContain('row 2, column "u3": "three" is not a number');
  });

  it('exits 2 when text categories need an order that is not given', async () => {
    const result = await run([
      '--matrix',
      'ordinal-text.csv',
      '--level',
      'ordinal',
    ]);

    expect(result.code).toBe(2);
    expect(result.err).toContain('--categories');
  });
});

describe('podscan agreement --counts', () => {
  it("gives Fleiss' kappa 0.210 on Wikipedia's example and nulls the rest", async () => {
    const report = await runJson(['--counts', 'fleiss-wikipedia-counts.csv']);

    expect(report).toMatchObject({ coders: 14, units: 10, pairableUnits: 10 });
    expect(report.statistics.fleiss_kappa!.value).toBeCloseTo(0.21, 3);
    for (const name of ['cohen_kappa', 'scott_pi', 'conger_kappa']) {
      expect(report.statistics[name]!.value).toBeNull();
      expect(report.statistics[name]!.reason).toContain('count table');
    }
    expect(report.statistics.gwet_ac1!.ci95).toHaveLength(2);
  });

  it('rejects matrix-only options with exit 2', async () => {
    const result = await run([
      '--counts',
      'fleiss-wikipedia-counts.csv',
      '--weights',
      'linear',
    ]);

    expect(result.code).toBe(2);
    expect(result.err).toContain('--weights applies to --matrix only');
  });
});

describe('podscan agreement usage', () => {
  it('exits 2 for a missing file', async () => {
    const result = await run(['--matrix', 'nowhere.csv']);

    expect(result.code).toBe(2);
    expect(result.err).toContain('cannot read nowhere.csv');
  });

  it('exits 2 without exactly one of --matrix and --counts', async () => {
    expect((await run([])).code).toBe(2);
    const both = await run([
      '--matrix',
      'ragged.csv',
      '--counts',
      'ragged.csv',
    ]);
    expect(both.code).toBe(2);
    expect(both.err).toContain('exactly one of --matrix FILE or --counts FILE');
  });

  it('exits 2 for an unknown level', async () => {
    const result = await run([
      '--matrix',
      'krippendorff-2011.csv',
      '--level',
      'cardinal',
    ]);

    expect(result.code).toBe(2);
    expect(result.err).toContain('cardinal');
  });

  it('exits 2 for a file that is not UTF-8', async () => {
    const result = await run(['--matrix', 'latin1.csv'], {
      'latin1.csv': Uint8Array.from([0x63, 0x6f, 0x64, 0x65, 0x72, 0xe9, 0x0a]),
    });

    expect(result.code).toBe(2);
    expect(result.err).toContain('not UTF-8');
  });

  it('says coded project files are not supported yet', async () => {
    const result = await run(['project.podscan.json']);

    expect(result.code).toBe(2);
    expect(result.err).toContain('--matrix FILE or --counts FILE');
  });
});
