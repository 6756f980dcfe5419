import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OUT,
  DEFAULT_RUNS,
  parseBenchArgs,
} from '../../../scripts/bench/options';

const KNOWN = ['import', 'search', 'memory'];

describe('parseBenchArgs', () => {
  it('runs everything five times at full size by default', () => {
    expect(parseBenchArgs([], KNOWN)).toEqual({
      kind: 'run',
      options: {
        only: null,
        runs: DEFAULT_RUNS,
        quick: false,
        skipBuild: false,
        web: null,
        out: DEFAULT_OUT,
      },
    });
    expect(DEFAULT_RUNS).toBe(5);
  });

  it('reads --only lists, repeated or comma-separated, without repeats', () => {
    const request = parseBenchArgs(
      ['--only', 'search,import', '--only', 'search'],
      KNOWN,
    );
    expect(request).toMatchObject({
      kind: 'run',
      options: { only: ['search', 'import'] },
    });
  });

  it('reads --runs, --quick, --no-build and --out', () => {
    const request = parseBenchArgs(
      ['--runs', '3', '--quick', '--no-build', '--out', 'x/r.json'],
      KNOWN,
    );
    expect(request).toEqual({
      kind: 'run',
      options: {
        only: null,
        runs: 3,
        quick: true,
        skipBuild: true,
        web: null,
        out: 'x/r.json',
      },
    });
  });

  it('measures a given web build without building one', () => {
    expect(parseBenchArgs(['--web', 'out/old-web'], KNOWN)).toMatchObject({
      kind: 'run',
      options: { skipBuild: true, web: 'out/old-web' },
    });
  });

  it('refuses an unknown measurement and lists the known ones', () => {
    expect(parseBenchArgs(['--only', 'imprt'], KNOWN)).toEqual({
      kind: 'invalid',
      message:
        'unknown measurement "imprt"; choose from: import, search, memory.',
    });
  });

  it('refuses a run count that is not a whole number from 1 to 100', () => {
    for (const runs of ['0', '101', '2.5', 'five']) {
      expect(parseBenchArgs(['--runs', runs], KNOWN)).toEqual({
        kind: 'invalid',
        message: `--runs must be a whole number from 1 to 100, not "${runs}".`,
      });
    }
  });

  it('refuses an empty --only', () => {
    expect(parseBenchArgs(['--only', ' , '], KNOWN)).toEqual({
      kind: 'invalid',
      message: '--only needs a measurement name.',
    });
  });

  it('refuses an unknown option with the parser’s message', () => {
    const request = parseBenchArgs(['--fast'], KNOWN);
    expect(request.kind === 'invalid' && request.message).toContain("'--fast'");
  });

  it('asks for help', () => {
    expect(parseBenchArgs(['-h'], KNOWN)).toEqual({ kind: 'help' });
  });
});
