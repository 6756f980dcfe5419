import { describe, expect, it } from 'vitest';
import {
  formatDiagnostics,
  redactPaths,
} from '../../../src/shared/diagnostics';

describe('formatDiagnostics', () => {
  it('aligns the facts and lists the log lines', () => {
    expect(
      formatDiagnostics({
        facts: [
          ['Podscan', '0.1.0'],
          ['OS', 'Linux 6.1.0'],
        ],
        logLines: ['line 1', 'line 2'],
      }),
    ).toBe(
      [
        'Podscan diagnostics',
        'Podscan: 0.1.0',
        'OS:      Linux 6.1.0',
        '',
        'Recent log (2 lines):',
        'line 1',
        'line 2',
        '',
      ].join('\n'),
    );
  });

  it('says when there is no log yet', () => {
    expect(formatDiagnostics({ facts: [], logLines: [] })).toBe(
      'Podscan diagnostics\n\nRecent log (0 lines):\n(no log entries yet)\n',
    );
  });

  it('keeps only the newest 200 log lines', () => {
    const lines = Array.from({ length: 250 }, (_, i) => `line ${i + 1}`);

    const text = formatDiagnostics({ facts: [], logLines: lines });

    expect(text.split('\n').slice(3, 5)).toEqual(['line 51', 'line 52']);
    expect(text.endsWith('line 250\n')).toBe(true);
  });
});

describe('redactPaths', () => {
  it('replaces private folders, the longest first', () => {
    const text = 'log /home/ana/.config/Podscan/x and /home/ana/y';

    expect(
      redactPaths(text, [
        ['<home>', '/home/ana'],
        ['<user data>', '/home/ana/.config/Podscan'],
      ]),
    ).toBe('log <user data>/x and <home>/y');
  });

  it('leaves paths too short to be told from ordinary text', () => {
    expect(redactPaths('a/b', [['<root>', '/']])).toBe('a/b');
  });
});
