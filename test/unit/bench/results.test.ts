import { describe, expect, it } from 'vitest';
import { countVerdicts, judge, skip } from '../../../scripts/bench/results';
import type { Measurement } from '../../../scripts/bench/types';

const IMPORT: Measurement = {
  name: 'import',
  label: 'core import',
  unit: 'ms',
  target: { kind: 'ratio', max: 1.3 },
  where: 'node',
};

const REOPEN: Measurement = {
  name: 'reopen',
  label: 'reopen',
  unit: 'ms',
  target: { kind: 'limit', max: 1000 },
  where: 'browser',
};

describe('judge', () => {
  it('holds a ratio target to the paired ratio against the baseline', () => {
    const result = judge(IMPORT, {
      subject: [120, 260, 110],
      baseline: [100, 200, 100],
    });
    expect(result.ratio).toBeCloseTo(1.2, 12);
    expect(result.verdict).toBe('pass');
    expect(result.subject).toEqual({
      runs: 3,
      median: 120,
      min: 110,
      max: 260,
    });
    expect(result.baseline).toEqual({
      runs: 3,
      median: 100,
      min: 100,
      max: 200,
    });
  });

  it('misses a ratio target the subject exceeds', () => {
    const result = judge(IMPORT, { subject: [140], baseline: [100] });
    expect(result.ratio).toBeCloseTo(1.4, 12);
    expect(result.verdict).toBe('miss');
  });

  it('holds a limit to the median and shows median over limit', () => {
    const result = judge(REOPEN, { subject: [800, 1200, 900] });
    expect(result.ratio).toBeCloseTo(0.9, 12);
    expect(result.verdict).toBe('pass');
    expect(result.baseline).toBeNull();

    expect(judge(REOPEN, { subject: [1000.5] }).verdict).toBe('miss');
    expect(judge(REOPEN, { subject: [1000] }).verdict).toBe('pass');
  });

  it('summarises the parts and keeps the note', () => {
    const result = judge(REOPEN, {
      subject: [500, 700],
      parts: { 'every record': [1500, 2500] },
      note: 'fresh profile',
    });
    expect(result.parts).toEqual({
      'every record': { runs: 2, median: 2000, min: 1500, max: 2500 },
    });
    expect(result.note).toBe('fresh profile');
  });

  it('has no verdict for a ratio target without a baseline', () => {
    expect(judge(IMPORT, { subject: [100] }).verdict).toBe('n/a');
  });
});

describe('countVerdicts', () => {
  it('counts passes, misses and everything not judged', () => {
    const results = [
      judge(REOPEN, { subject: [500] }),
      judge(REOPEN, { subject: [5000] }),
      judge(IMPORT, { subject: [100] }),
      skip(IMPORT, 'unavailable', 'src/core/merge not in this tree yet'),
    ];
    expect(countVerdicts(results)).toEqual({ pass: 1, miss: 1, other: 2 });
  });
});
