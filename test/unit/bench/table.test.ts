import { describe, expect, it } from 'vitest';
import { judge, skip } from '../../../scripts/bench/results';
import {
  formatNotes,
  formatResultTable,
  formatTarget,
  formatValue,
} from '../../../scripts/bench/table';
import type { Measurement } from '../../../scripts/bench/types';

const EXPORT: Measurement = {
  name: 'export',
  label: 'wide CSV export',
  unit: 'ms',
  target: { kind: 'ratio', max: 1.5 },
  where: 'node',
};

const MEMORY: Measurement = {
  name: 'memory',
  label: 'renderer memory',
  unit: 'MB',
  target: { kind: 'limit', max: 600 },
  where: 'browser',
};

describe('formatValue', () => {
  it('writes whole milliseconds from 100 on and one decimal below', () => {
    expect(formatValue(1234.56, 'ms')).toBe('1235 ms');
    expect(formatValue(42.04, 'ms')).toBe('42.0 ms');
    expect(formatValue(99.96, 'ms')).toBe('100.0 ms');
  });

  it('writes whole megabytes and a dash for no value', () => {
    expect(formatValue(512.4, 'MB')).toBe('512 MB');
    expect(formatValue(NaN, 'ms')).toBe('–');
  });
});

describe('formatTarget', () => {
  it('names a ratio against the baseline or a limit in the unit', () => {
    expect(formatTarget({ kind: 'ratio', max: 1.3 }, 'ms')).toBe(
      '≤ 1.3× baseline',
    );
    expect(formatTarget({ kind: 'limit', max: 600 }, 'MB')).toBe('< 600 MB');
  });
});

describe('formatResultTable', () => {
  it('lines up medians, ranges, baselines, ratios and targets', () => {
    const table = formatResultTable([
      judge(EXPORT, { subject: [300, 330, 280], baseline: [200, 220, 210] }),
      judge(MEMORY, {
        subject: [450, 470],
        parts: { 'JS heap used': [200, 220] },
      }),
    ]);
    expect(table.split('\n')).toEqual([
      'work              median        min–max  baseline     ratio           target',
      '----------------  ------  -------------  --------  --------  ---------------',
      'wide CSV export   300 ms  280 ms–330 ms    210 ms  1.50× ok  ≤ 1.5× baseline',
      'renderer memory   460 MB  450 MB–470 MB            0.77× ok         < 600 MB',
      '  · JS heap used  210 MB  200 MB–220 MB',
    ]);
  });

  it('marks a miss and says why a measurement did not run', () => {
    const table = formatResultTable([
      judge(MEMORY, { subject: [700] }),
      skip(EXPORT, 'unavailable', 'src/core/export not in this tree yet'),
    ]);
    expect(table.split('\n').slice(2)).toEqual([
      'renderer memory             700 MB  700 MB–700 MB            1.17× MISS         < 600 MB',
      'wide CSV export  not available yet                                       ≤ 1.5× baseline',
      '  src/core/export not in this tree yet',
    ]);
  });
});

describe('formatNotes', () => {
  it('lists how each measured result was measured', () => {
    expect(
      formatNotes([
        judge(MEMORY, { subject: [1], note: 'after a full collection' }),
        judge(EXPORT, { subject: [1], baseline: [1] }),
        skip(EXPORT, 'failed', 'crashed'),
      ]),
    ).toBe('memory: after a full collection');
  });
});
