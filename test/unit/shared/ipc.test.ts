import { describe, expect, it } from 'vitest';
import {
  API_METHOD_CHANNELS,
  INVOKE_CHANNELS,
  IPC_LIMITS,
  isMenuCommand,
  validateRequest,
} from '../../../src/shared/ipc';

const csv = { name: 'Scans', extensions: ['csv', 'tsv'] };

function refusal(result: ReturnType<typeof validateRequest>): string {
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.code).toBe('IPC_INVALID_PAYLOAD');

  return result.error.message;
}

describe('validateRequest', () => {
  it('accepts a well-formed open request', () => {
    const request = { title: 'Import scan', filters: [csv] };

    expect(validateRequest('file:open', request)).toEqual({
      ok: true,
      value: request,
    });
  });

  it('accepts a save request with text or bytes', () => {
    for (const data of ['key,name\r\n', new Uint8Array([1, 2, 3])]) {
      const request = { suggestedName: 'coded.csv', filters: [csv], data };
      expect(validateRequest('file:save', request)).toEqual({
        ok: true,
        value: request,
      });
    }
  });

  it('accepts the any-file filter', () => {
    const request = {
      title: 'Open',
      filters: [{ name: 'All files', extensions: ['*'] }],
    };

    expect(validateRequest('file:open', request).ok).toBe(true);
  });

  it('names the field of a malformed open request', () => {
    const message = refusal(
      validateRequest('file:open', { title: 'Import', filters: [{}] }),
    );

    expect(message).toContain('file:open');
    expect(message).toContain('field "filters.0.name"');
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'scan.csv'],
    ['an empty title', { title: '', filters: [] }],
    ['a long title', { title: 'x'.repeat(201), filters: [] }],
    [
      'an extension with a dot',
      { title: 'T', filters: [{ ...csv, extensions: ['.csv'] }] },
    ],
    [
      'an extension with a path',
      { title: 'T', filters: [{ ...csv, extensions: ['../x'] }] },
    ],
    [
      'a filter without extensions',
      { title: 'T', filters: [{ ...csv, extensions: [] }] },
    ],
    ['too many filters', { title: 'T', filters: Array(21).fill(csv) }],
    ['an unknown field', { title: 'T', filters: [], defaultPath: '/etc' }],
  ])('refuses an open request with %s', (_what, payload) => {
    refusal(validateRequest('file:open', payload));
  });

  it.each([
    ['a folder in the name', '../escape.csv'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows path', 'C:\\Users\\x.csv'],
    ['a control character', 'coded\n.csv'],
    ['the parent folder', '..'],
    ['an empty name', ''],
    ['an overlong name', `${'x'.repeat(252)}.csv`],
  ])('refuses a save request with %s', (_what, suggestedName) => {
    refusal(
      validateRequest('file:save', { suggestedName, filters: [], data: 'x' }),
    );
  });

  it('refuses save data that is neither text nor bytes', () => {
    for (const data of [42, [1, 2], { 0: 1 }, new Uint16Array(2), null]) {
      refusal(
        validateRequest('file:save', {
          suggestedName: 'a.csv',
          filters: [],
          data,
        }),
      );
    }
  });

  it('checks only the shape of an external link; main judges the address', () => {
    expect(
      validateRequest('shell:openExternal', { url: 'javascript:alert(1)' }),
    ).toEqual({ ok: true, value: { url: 'javascript:alert(1)' } });
    refusal(validateRequest('shell:openExternal', { url: 42 }));
    refusal(validateRequest('shell:openExternal', 'https://example.org'));
  });

  it('accepts no payload for requests without one, and nothing else', () => {
    expect(validateRequest('app:info', undefined)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(validateRequest('diagnostics:copy', undefined).ok).toBe(true);
    expect(refusal(validateRequest('app:info', {}))).toContain('the request');
  });

  it('accepts a log entry with fields', () => {
    const entry = {
      level: 'info',
      scope: 'import',
      message: 'import committed',
      fields: { rows: 300, ms: 41.5, generatedKeys: false, batch: 'b-1' },
    };

    expect(validateRequest('log:write', entry)).toEqual({
      ok: true,
      value: entry,
    });
  });

  it('cuts long log text and flattens line breaks', () => {
    const result = validateRequest('log:write', {
      level: 'warn',
      scope: 'grid',
      message: `line one\nforged line${'x'.repeat(3000)}`,
      fields: { note: `a\r\nb${'y'.repeat(600)}` },
    });
    if (!result.ok) throw new Error(result.error.message);

    expect(result.value.message).toHaveLength(IPC_LIMITS.logMessage);
    expect(result.value.message.startsWith('line one forged line')).toBe(true);
    expect(result.value.fields?.['note']).toBe(
      `a  b${'y'.repeat(IPC_LIMITS.logFieldValue - 4)}`,
    );
  });

  it.each([
    ['an unknown level', { level: 'fatal', scope: 'app', message: 'm' }],
    ['an unknown scope', { level: 'info', scope: 'cells', message: 'm' }],
    ['a missing message', { level: 'info', scope: 'app' }],
    [
      'an object field',
      { level: 'info', scope: 'app', message: 'm', fields: { a: {} } },
    ],
    [
      'a field name with spaces',
      { level: 'info', scope: 'app', message: 'm', fields: { 'a b': 1 } },
    ],
    [
      'a field name with =',
      { level: 'info', scope: 'app', message: 'm', fields: { 'a=b': 1 } },
    ],
    [
      'an infinite number',
      { level: 'info', scope: 'app', message: 'm', fields: { n: Infinity } },
    ],
    [
      'too many fields',
      {
        level: 'info',
        scope: 'app',
        message: 'm',
        fields: Object.fromEntries(
          Array.from({ length: 33 }, (_, i) => [`f${i}`, i]),
        ),
      },
    ],
  ])('refuses a log entry with %s', (_what, payload) => {
    refusal(validateRequest('log:write', payload));
  });
});

describe('the contract', () => {
  it('maps every invoke channel to exactly one API method', () => {
    expect(Object.values(API_METHOD_CHANNELS).sort()).toEqual(
      [...INVOKE_CHANNELS].sort(),
    );
  });

  it('names every channel area:verb', () => {
    for (const channel of INVOKE_CHANNELS) {
      expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    }
  });

  it('recognises menu commands and nothing else', () => {
    expect(isMenuCommand('undo')).toBe(true);
    expect(isMenuCommand('copyDiagnostics')).toBe(true);
    expect(isMenuCommand('deleteProject')).toBe(false);
    expect(isMenuCommand({ command: 'undo' })).toBe(false);
  });
});
