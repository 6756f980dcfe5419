import { describe, expect, it } from 'vitest';
import { selectPlatform } from '../../../../src/renderer/platform';
import type { PodscanApi } from '../../../../src/shared/ipc';

describe('selectPlatform', () => {
  it('uses the Electron adapter when the preload exposed podscan', async () => {
    let asked = 0;
    const podscan = {
      openExternal: () => {
        asked += 1;
        return Promise.resolve({ ok: true, value: true });
      },
    } as unknown as PodscanApi;

    const platform = selectPlatform({ podscan });

    expect(platform.kind).toBe('electron');
    expect(await platform.openExternal('https://example.org/')).toBe(true);
    expect(asked).toBe(1);
  });

  it('uses the browser adapter otherwise', () => {
    expect(selectPlatform({}).kind).toBe('browser');
    expect(selectPlatform({ podscan: undefined }).kind).toBe('browser');
  });
});
