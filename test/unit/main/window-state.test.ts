import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadWindowState,
  parseWindowState,
  placeWindow,
  saveWindowState,
  type WindowState,
} from '../../../src/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

const state = (
  x: number,
  y: number,
  width = 1200,
  height = 700,
  isMaximized = false,
): WindowState => ({ bounds: { x, y, width, height }, isMaximized });

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({
      width: 1280,
      height: 800,
      isMaximized: false,
    });
  });

  it('reuses saved bounds on a connected display', () => {
    expect(
      placeWindow(state(1600, 100, 1800, 1000, true), [laptop, rightMonitor]),
    ).toEqual({
      x: 1600,
      y: 100,
      width: 1800,
      height: 1000,
      isMaximized: true,
    });
  });

  it('recentres a window whose display was unplugged, keeping maximised', () => {
    expect(placeWindow(state(1600, 100, 1200, 700, true), [laptop])).toEqual({
      width: 1280,
      height: 800,
      isMaximized: true,
    });
  });

  it('recentres a window whose title bar would be off screen', () => {
    expect(placeWindow(state(100, -500), [laptop])).toMatchObject({
      width: 1280,
      height: 800,
    });
    expect(placeWindow(state(1400, 100), [laptop]).x).toBeUndefined();
  });

  it('shrinks a saved size to the display it is on', () => {
    expect(placeWindow(state(10, 10, 3000, 2000), [laptop])).toEqual({
      x: 10,
      y: 10,
      width: 1440,
      height: 875,
      isMaximized: false,
    });
  });
});

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState(JSON.stringify(state(5, 6)))).toEqual(state(5, 6));
  });

  it.each([
    ['', 'empty text'],
    ['{', 'broken JSON'],
    [
      '{"bounds":{"x":0,"y":0,"width":0,"height":10},"isMaximized":false}',
      'zero width',
    ],
    [
      '{"bounds":{"x":0.5,"y":0,"width":10,"height":10},"isMaximized":false}',
      'fractions',
    ],
    [
      '{"bounds":{"x":0,"y":0,"width":10},"isMaximized":false}',
      'a missing height',
    ],
    [
      '{"bounds":{"x":0,"y":0,"width":1e9,"height":10},"isMaximized":false}',
      'absurd size',
    ],
    ['[1,2,3]', 'an array'],
  ])('ignores %j (%s)', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('saveWindowState and loadWindowState', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(join(tmpdir(), 'podscan-window-'));
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('round-trips the state through a file and leaves no temporary file', async () => {
    const file = join(folder, 'window-state.json');

    saveWindowState(file, state(40, 50, 1000, 600, true));

    expect(loadWindowState(file)).toEqual(state(40, 50, 1000, 600, true));
    expect(await fs.readdir(folder)).toEqual(['window-state.json']);
  });

  it('loads nothing from a missing file and saves nowhere quietly', () => {
    const file = join(folder, 'missing', 'window-state.json');

    expect(loadWindowState(file)).toBeNull();
    expect(() => saveWindowState(file, state(0, 0))).not.toThrow();
  });
});
