import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured, type Run } from './run-captured';
import {
  computeReliability,
  PROJECT_BOOTSTRAP,
} from '../../../src/core/agreement';
import { listApplicableCodes } from '../../../src/core/codebook';
import {
  ANA,
  BEN,
  EQUITY,
  twoCoderCodings,
} from '../core/agreement/layer-fixture';
import {
  CODEBOOK,
  encodeProject,
  makeProject,
  RETIRED,
} from './agreement-project-fixture';

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

function run(
  args: readonly string[],
  files: Readonly<Record<string, Uint8Array>> = {},
): Promise<Run> {
  return runCaptured(['agreement', ...args], {
    readBytes: async (path) =>
      files[path] ?? new Uint8Array(await readFile(join(FIXTURES, path))),
    writeAtomic: () => Promise.reject(new Error('no writes expected')),
  });
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

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

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

  it('exits 1 for text categories whether --level or --weights needs their order', async () => {
    const runs = await Promise.all(
      [
        ['--level', 'ordinal'],
        ['--weights', 'linear'],
        ['--level', 'interval'],
      ].map((options) => run(['--matrix', 'ordinal-text.csv', ...options])),
    );
    const [ordinal, linear, interval] = runs;

    expect(runs.map((each) => each.code)).toEqual([1, 1, 1]);
    expect(ordinal!.err).toBe(linear!.err);
    expect(ordinal!.err).toBe(
      'podscan: ordinal-text.csv: the categories are text, so their order ' +
        'is unknown; give it with --categories (for example --categories ' +
        'low,mid,high, in the right order), or code the categories as ' +
        'numbers\n',
    );
    expect(interval!.err).toContain(
      'row 1, column "u1": "low" is not a number, but interval and ratio ' +
        'levels need numeric values; correct the value, or use --level ' +
        'ordinal with --categories',
    );
  });

  it('exits 2 when the options contradict each other, whatever the file', async () => {
    const repeated = await run([
      '--matrix',
      'ordinal-text.csv',
      '--categories',
      'low,low',
    ]);
    const textInterval = await run([
      '--matrix',
      'ordinal-text.csv',
      '--categories',
      'low,mid,high',
      '--level',
      'interval',
    ]);

    expect([repeated.code, textInterval.code]).toEqual([2, 2]);
    expect(repeated.err).toContain('--categories lists a category twice');
    expect(textInterval.err).toContain('--categories lists text');
  });

  it('refuses an empty --categories as a usage error (exit 2)', async () => {
    const result = await run([
      '--matrix',
      'ordinal-text.csv',
      '--categories',
      '',
    ]);

    expect(result).toEqual({
      code: 2,
      out: '',
      err:
        'podscan: --categories is empty; give the categories in order, ' +
        'separated by commas (e.g. --categories low,mid,high), or leave it ' +
        'out\n',
    });
  });

  it('exits 1 for a coder given twice, naming the file, coder and rows', async () => {
    const result = await run(['--matrix', 'twice.csv'], {
      'twice.csv': encode('coder,u1,u2,u3\nA,1,2,1\nB,1,2,2\nA,1,2,1\n'),
    });

    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toBe(
      'podscan: twice.csv: coder "A" is in rows 1 and 3; each coder needs ' +
        'one row: rename one if they are different coders, or remove the ' +
        'repeated row\n',
    );
  });

  it('exits 1 for a coder column given twice with --units-as-rows', async () => {
    const result = await run(['--matrix', 'twice.csv', '--units-as-rows'], {
      'twice.csv': encode('unit,A,B,A\nu1,1,1,1\nu2,2,2,1\n'),
    });

    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'twice.csv: coder "A" is in columns 2 and 4; each coder needs one column',
    );
  });

  it('warns about a repeated unit label and reports both units', async () => {
    const files = {
      'units.csv': encode('coder,u1,u1,u2\nA,1,2,1\nB,1,2,2\n'),
    };
    const result = await run(['--matrix', 'units.csv', '--json'], files);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ coders: 2, units: 3 });
    expect(result.err.split('\n')[0]).toBe(
      'warning: units.csv: unit "u1" is in columns 2 and 3; they are ' +
        'counted as different units: remove the repeats if a unit was ' +
        'entered twice, or rename them',
    );
  });

  it('exits 1 with fewer than two coders, as for coded files', async () => {
    const files = {
      'one.csv': encode('coder,u1,u2\nA,1,2\n'),
      'blank.csv': encode('coder,u1,u2\nA,,\nB,,\n'),
    };
    const one = await run(['--matrix', 'one.csv', '--json'], files);
    const blank = await run(['--matrix', 'blank.csv'], files);

    expect([one.code, blank.code]).toEqual([1, 1]);
    expect([one.out, blank.out]).toEqual(['', '']);
    expect(one.err).toContain(
      'podscan: one.csv: agreement needs two or more coders with at least ' +
        'one value; this matrix has 1 (A)',
    );
    expect(blank.err).toContain(
      'podscan: blank.csv: agreement needs two or more coders with at ' +
        'least one value; this matrix has 0 (every cell is empty)',
    );
  });

  it('says why a defined statistic has no interval', async () => {
    // The rare category is in one unit of five, so a third of the
    // resamples miss it and every kappa-type value there is 0/0.
    const files = {
      'rare.csv': encode('coder,u1,u2,u3,u4,u5\nA,1,1,1,1,2\nB,1,1,1,1,1\n'),
    };
    const text = await run(['--matrix', 'rare.csv'], files);
    const json = await run(['--matrix', 'rare.csv', '--json'], files);
    const { statistics } = JSON.parse(json.out) as JsonReport;

    expect(statistics.fleiss_kappa).toEqual({
      value: expect.closeTo(-1 / 9, 12) as number,
    });
    expect(statistics.gwet_ac1!.ci95).toHaveLength(2);
    expect(text.out).toContain(
      "No 95% interval for Cohen's kappa, Scott's pi, Fleiss' kappa, " +
        "Conger's kappa and Krippendorff's alpha: too many bootstrap " +
        'resamples of the units left a value undefined (typically every ' +
        'resampled rating in one category), so an interval would mislead. ' +
        'The standard error does not depend on resampling.',
    );
    expect(json.err).toContain(
      'note: No 95% interval for cohen_kappa, scott_pi, fleiss_kappa, ' +
        'conger_kappa and krippendorff_alpha: too many',
    );
  });

  it('says an interval needs two units coded by two or more coders', async () => {
    const result = await run(['--matrix', 'pair.csv'], {
      'pair.csv': encode('coder,u1,u2\nA,1,2\nB,2,\n'),
    });

    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Fleiss' kappa\s+-1\.667\s+0\.111/);
    expect(result.out).toContain(
      "No 95% interval for Percent agreement, Cohen's kappa, Scott's pi, " +
        "Fleiss' kappa, Conger's kappa, Krippendorff's alpha, Gwet's AC1 " +
        'and Brennan–Prediger: with fewer than two units coded by two or ' +
        'more coders, resampling the units cannot show how much a value ' +
        'varies.',
    );
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

  it('exits 1 when no unit was counted by two or more coders', async () => {
    const result = await run(['--counts', 'single.csv'], {
      'single.csv': encode('yes,no\n1,0\n0,1\n'),
    });

    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'podscan: single.csv: agreement needs two or more coders of a unit',
    );
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

  it('exits 2 for a coded project file that does not exist', async () => {
    const result = await run(['project.podscan.json']);

    expect(result.code).toBe(2);
    expect(result.err).toContain('cannot read project.podscan.json');
  });
});

type ProjectJson = {
  files: string[];
  project: string;
  coders: { id: string; name: string }[];
  records: number;
  units: number;
  bootstrap: { replicates: number; seed: number };
  codes: (JsonReport & {
    id: string;
    name: string;
    prevalence: number | null;
    pairs: {
      coders: string[];
      units: number;
      percent_agreement: number | null;
      cohen_kappa: { value: number | null };
      pabak: number | null;
    }[];
    flags: { statistic: string; level: string; explanation: string }[];
  })[];
  pooled: {
    codes: number;
    summed_tables_kappa: {
      value: number | null;
      ci95?: number[];
      pairs: unknown[];
    };
    mean_of_codes: Record<string, { value: number | null; codes: number }>;
    alpha_over_units: { value: number | null; ci95?: number[] };
  };
};

const PROJECT = { 'project.podscan.json': encodeProject(makeProject()) };

async function runProject(
  args: readonly string[],
  files: Record<string, Uint8Array> = PROJECT,
): Promise<{ result: Run; json: ProjectJson }> {
  const result = await run([...args, '--json'], files);
  expect(result.code, result.err).toBe(0);
  return { result, json: JSON.parse(result.out) as ProjectJson };
}

/** Equity's 2×2 table: a = 3, b = 1, c = 2, d = 4 (textbook kappa). */
function textbookKappa(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const observed = (a + d) / n;
  const chance = ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n);
  return (observed - chance) / (1 - chance);
}

describe('podscan agreement FILE.podscan.json', () => {
  it('reports every codable code for the coders with done records', async () => {
    const { json } = await runProject(['project.podscan.json']);

    expect(json.project).toBe('Pods reliability');
    expect(json.coders).toEqual([
      { id: ANA, name: 'Ana' },
      { id: BEN, name: 'Ben' },
    ]);
    expect(json).toMatchObject({ records: 11, units: 10 });
    expect(json.codes.map((code) => code.name)).toEqual([
      'Equity focus',
      'Meals',
    ]);
    const [equity] = json.codes;
    expect(equity).toMatchObject({ coders: 2, units: 10, pairableUnits: 10 });
    expect(Object.keys(equity!.statistics)).toEqual(STATISTIC_KEYS);
    expect(equity!.statistics.cohen_kappa!.value).toBeCloseTo(
      textbookKappa(3, 1, 2, 4),
      12,
    );
    expect(equity!.pairs).toEqual([
      {
        coders: [ANA, BEN],
        units: 10,
        percent_agreement: expect.closeTo(0.7, 12) as number,
        cohen_kappa: expect.objectContaining({
          value: expect.closeTo(0.4, 12) as number,
        }) as object,
        prevalence_index: expect.closeTo(-0.1, 12) as number,
        bias_index: expect.closeTo(-0.1, 12) as number,
        pabak: expect.closeTo(0.4, 12) as number,
      },
    ]);
    expect(equity!.flags.map((flag) => flag.statistic)).toContain(
      'krippendorff_alpha',
    );
  });

  it('pools the codes three ways, labelled', async () => {
    const { json } = await runProject(['project.podscan.json']);

    // Tables summed over both codes: a = 4, b = 1, c = 3, d = 12.
    expect(json.pooled.summed_tables_kappa.value).toBeCloseTo(
      textbookKappa(4, 1, 3, 12),
      12,
    );
    expect(json.pooled.mean_of_codes.cohen_kappa).toMatchObject({
      value: expect.closeTo((0.4 + 0.16 / 0.26) / 2, 12) as number,
      codes: 2,
    });
    expect(json.pooled.alpha_over_units.value).toEqual(expect.any(Number));
  });

  it('gives the numbers the Reliability view computes, intervals included', async () => {
    const { json } = await runProject(['project.podscan.json']);
    const project = makeProject();
    const expected = computeReliability({
      coders: [ANA, BEN],
      records: project.records.map((record) => record.key),
      codes: listApplicableCodes(CODEBOOK).map((code) => code.id),
      codings: project.layers,
      bootstrap: PROJECT_BOOTSTRAP,
    });

    expect(json.bootstrap).toEqual({ replicates: 500, seed: 20201101 });
    expect(json.codes[1]!.statistics.krippendorff_alpha!.ci95).toEqual(
      expected.codes[1]!.agreement.report.statistics.krippendorff_alpha.ci95,
    );
    expect(json.pooled.summed_tables_kappa.ci95).toEqual(
      expected.pooled!.summedTables.kappa.ci95,
    );
    expect(json.pooled.alpha_over_units.ci95).toEqual(
      expected.pooled!.alphaOverUnits.ci95,
    );
  });

  it('keeps one code named by name or GUID, retired ones included', async () => {
    const byName = await runProject([
      'project.podscan.json',
      '--code',
      'equity FOCUS',
    ]);
    const byGuid = await runProject(['project.podscan.json', '--code', EQUITY]);
    const retired = await runProject([
      'project.podscan.json',
      '--code',
      RETIRED,
    ]);

    expect(byName.json.codes.map((code) => code.id)).toEqual([EQUITY]);
    expect(byGuid.json.codes).toEqual(byName.json.codes);
    expect(retired.json.codes[0]!.statistics.krippendorff_alpha!.value).toBe(
      null,
    );
  });

  it('compares the coders named with --coders', async () => {
    const { json } = await runProject([
      'project.podscan.json',
      '--coders',
      'be, ana',
    ]);

    expect(json.coders.map((coder) => coder.name)).toEqual(['Ben', 'Ana']);
    expect(json.codes[0]!.pairs[0]!.coders).toEqual([BEN, ANA]);
  });

  it('combines the layers of several files of the project', async () => {
    const layers = twoCoderCodings();
    const files = {
      'ana.podscan.json': encodeProject(
        makeProject(layers.filter((coding) => coding.coderId === ANA)),
      ),
      'ben.podscan.json': encodeProject(
        makeProject(layers.filter((coding) => coding.coderId === BEN)),
      ),
    };
    const combined = await runProject(
      ['ana.podscan.json', 'ben.podscan.json'],
      files,
    );
    const single = await runProject(['project.podscan.json']);

    expect(combined.json.codes).toEqual(single.json.codes);
    expect(combined.result.err.split('\n')[0]).toBe(
      'note: combined 2 files with the merge engine: coder layers joined ' +
        'by coder and record (the more recently updated coding wins).',
    );
    expect(combined.result.err).not.toContain('nothing was written');
  });

  it('prints a readable report and warns about the prevalence paradox', async () => {
    const result = await run(['project.podscan.json'], PROJECT);

    expect(result.code).toBe(0);
    expect(result.out).toContain('Coders: Ana, Ben');
    expect(result.out).toContain(
      'Units: 10 of 11 records marked done by a coder; 10 by two or more',
    );
    expect(result.out).toMatch(/Code: Equity focus .*prevalence 45\.0%/);
    expect(result.out).toMatch(/Cohen's kappa\s+0\.400/);
    expect(result.out).toContain('  Ana × Ben: 10 units, kappa 0.400');
    expect(result.out).toContain('Pooled across 2 codes, three ways:');
    expect(result.out).toMatch(
      /Pooled kappa from summed tables: -?\d\.\d{3} \[-?\d\.\d{3}, -?\d\.\d{3}\]/,
    );
    expect(result.err).toMatch(/^warning: Meals: Percent agreement is 90%/m);
  });

  it('exits 1 when fewer than two coders marked records done', async () => {
    const files = {
      'ana.podscan.json': encodeProject(
        makeProject(
          twoCoderCodings().filter((coding) => coding.coderId === ANA),
        ),
      ),
    };
    const result = await run(['ana.podscan.json'], files);

    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'agreement needs two or more coders with records marked done; this ' +
        'project has 1 (Ana).',
    );
  });

  it('exits 2 for an unknown code or coder, or a grouping code', async () => {
    const code = await run(
      ['project.podscan.json', '--code', 'Tutoring'],
      PROJECT,
    );
    const coders = await run(
      ['project.podscan.json', '--coders', 'Ana,Zed'],
      PROJECT,
    );
    const single = await run(
      ['project.podscan.json', '--coders', 'Ana'],
      PROJECT,
    );
    const group = await run(
      ['project.podscan.json', '--code', 'Offerings'],
      PROJECT,
    );

    expect([code.code, coders.code, single.code, group.code]).toEqual([
      2, 2, 2, 2,
    ]);
    expect(code.err).toContain(
      '--code: "Tutoring" matches nothing; known: Equity focus, Meals.',
    );
    expect(coders.err).toContain('--coders: "Zed" matches nothing');
    expect(single.err).toContain('name two or more coders');
    expect(group.err).toContain('"Offerings" groups other codes');
  });

  it('exits 2 when coded files come with matrix options', async () => {
    const both = await run(
      ['project.podscan.json', '--matrix', 'ragged.csv'],
      PROJECT,
    );
    const level = await run(
      ['project.podscan.json', '--level', 'ordinal'],
      PROJECT,
    );
    const code = await run(['--matrix', 'ragged.csv', '--code', 'Meals']);

    expect([both.code, level.code, code.code]).toEqual([2, 2, 2]);
    expect(both.err).toContain('not both');
    expect(level.err).toContain('--level applies to --matrix only');
    expect(code.err).toContain('--code applies to coded files');
  });

  it('exits 2 for every coded file it refuses, saying nothing of writing', async () => {
    const text = new TextDecoder().decode(PROJECT['project.podscan.json']);
    const files = {
      'changed.podscan.json': encode(text.replace('"Pod 1"', '"Pod one"')),
      'cut.podscan.json': encode(text.slice(0, 200)),
      'garbage.podscan.json': encode('{"format": '),
    };
    const runs = await Promise.all(
      Object.keys(files).map((name) => run([name], files)),
    );
    const [changed, cut, garbage] = runs;

    expect(runs.map((each) => each.code)).toEqual([2, 2, 2]);
    expect(runs.map((each) => each.out)).toEqual(['', '', '']);
    expect(changed!.err).toContain(
      'changed.podscan.json: error CODED_FILE_CHECKSUM (/checksum)',
    );
    expect(cut!.err).toContain('cut.podscan.json: error CODED_FILE_TRUNCATED');
    expect(garbage!.err).toContain('garbage.podscan.json: error');
    expect(runs.map((each) => each.err.split('\n').at(-2))).toEqual([
      'podscan: changed.podscan.json was refused',
      'podscan: cut.podscan.json was refused',
      'podscan: garbage.podscan.json was refused',
    ]);
    expect(
      runs.some((each) => /not written|nothing was written/.test(each.err)),
    ).toBe(false);
  });
});
