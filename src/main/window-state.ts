import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as v from 'valibot';

export type Rectangle = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

/** What is remembered between runs: the normal bounds and maximised flag. */
export type WindowState = {
  readonly bounds: Rectangle;
  readonly isMaximized: boolean;
};

/** Where and how big to open the window; no x/y means "centre it". */
export type WindowPlacement = {
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
  readonly isMaximized: boolean;
};

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

/**
 * Where to open the window: the saved bounds when enough of the window
 * (its top strip, where the title bar is) lies on a display that is still
 * connected, otherwise the default size centred. A saved size larger than
 * every display is shrunk to fit.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): WindowPlacement {
  const fallback = { ...DEFAULT_WINDOW_SIZE, isMaximized: false };
  if (saved === null) return fallback;

  const area = workAreas.find((candidate) =>
    isTitleBarOn(saved.bounds, candidate),
  );
  if (area === undefined) {
    return { ...fallback, isMaximized: saved.isMaximized };
  }

  return {
    x: saved.bounds.x,
    y: saved.bounds.y,
    width: clamp(saved.bounds.width, MIN_WINDOW_SIZE.width, area.width),
    height: clamp(saved.bounds.height, MIN_WINDOW_SIZE.height, area.height),
    isMaximized: saved.isMaximized,
  };
}

/** Parses a saved state; null for anything missing, malformed or absurd. */
export function parseWindowState(text: string): WindowState | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = v.safeParse(WINDOW_STATE, json);

  return parsed.success ? parsed.output : null;
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Saves synchronously (the window is closing and the process may exit
 * right after) through a temporary file, so a crash mid-write leaves the
 * previous state. Failures only mean the next start uses the default.
 */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(state));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}

/** Pixels of the title strip that must be visible to reuse saved bounds. */
const VISIBLE_STRIP = { width: 120, height: 32 } as const;

function isTitleBarOn(bounds: Rectangle, area: Rectangle): boolean {
  const left = Math.max(bounds.x, area.x);
  const right = Math.min(bounds.x + bounds.width, area.x + area.width);
  const top = Math.max(bounds.y, area.y);
  const bottom = Math.min(
    bounds.y + VISIBLE_STRIP.height,
    area.y + area.height,
  );

  return (
    right - left >= VISIBLE_STRIP.width && bottom - top >= VISIBLE_STRIP.height
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(Math.min(value, max), Math.min(min, max));
}

const COORDINATE = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(-100_000),
  v.maxValue(100_000),
);
const LENGTH = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(1),
  v.maxValue(100_000),
);

const WINDOW_STATE = v.object({
  bounds: v.object({
    x: COORDINATE,
    y: COORDINATE,
    width: LENGTH,
    height: LENGTH,
  }),
  isMaximized: v.boolean(),
});
