import { describe, expect, it } from 'vitest';
import { API_METHOD_CHANNELS, validateRequest } from '../../../src/shared/ipc';

const coded = { name: 'Podscan coded files', extensions: ['json'] };

describe('file:openMany requests', () => {
  it('accepts what an open request accepts', () => {
    const request = { title: 'Merge coded files', filters: [coded] };

    expect(validateRequest('file:openMany', request)).toEqual({
      ok: true,
      value: request,
    });
  });

  it.each([
    ['nothing', undefined],
    ['an empty title', { title: '', filters: [] }],
    ['a path smuggled in', { title: 'T', filters: [], defaultPath: '/etc' }],
    [
      'an extension with a path',
      { title: 'T', filters: [{ ...coded, extensions: ['../x'] }] },
    ],
  ])('refuses a request with %s', (_what, payload) => {
    const result = validateRequest('file:openMany', payload);

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'IPC_INVALID_PAYLOAD' },
    });
  });

  it('is what window.podscan.openFiles invokes', () => {
    expect(API_METHOD_CHANNELS.openFiles).toBe('file:openMany');
  });
});
