import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as v from 'valibot';
import {
  PROJECT_ID_PATTERN,
  RECENT_LIMIT,
  type RecentLists,
} from '../../shared/ipc';

/** A recent file as main keeps it: the path never leaves main. */
export type StoredRecentFile = {
  readonly id: string;
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
};

export type RecentState = {
  readonly files: readonly StoredRecentFile[];
  readonly projects: RecentLists['projects'];
};

export const EMPTY_RECENT: RecentState = { files: [], projects: [] };

/** Puts `path` first, keeping its id if it was listed already. */
export function addRecentFile(
  state: RecentState,
  path: string,
  openedAt: string,
  makeId: () => string = randomUUID,
): RecentState {
  const previous = state.files.find((file) => file.path === path);
  const entry = {
    id: previous?.id ?? makeId(),
    path,
    name: basename(path),
    openedAt,
  };
  const rest = state.files.filter((file) => file.path !== path);

  return { ...state, files: [entry, ...rest].slice(0, RECENT_LIMIT) };
}

/** Puts the project first, under its current name. */
export function addRecentProject(
  state: RecentState,
  projectId: string,
  name: string,
  openedAt: string,
): RecentState {
  const rest = state.projects.filter((p) => p.projectId !== projectId);
  const projects = [{ projectId, name, openedAt }, ...rest];

  return { ...state, projects: projects.slice(0, RECENT_LIMIT) };
}

export function removeRecentProject(
  state: RecentState,
  projectId: string,
): RecentState {
  return {
    ...state,
    projects: state.projects.filter((p) => p.projectId !== projectId),
  };
}

export function removeRecentFile(state: RecentState, id: string): RecentState {
  return { ...state, files: state.files.filter((file) => file.id !== id) };
}

/** What the renderer may see: names and ids, no paths. */
export function toRecentLists(state: RecentState): RecentLists {
  return {
    files: state.files.map(({ id, name, openedAt }) => ({
      id,
      name,
      openedAt,
    })),
    projects: state.projects,
  };
}

/** Parses the saved list; anything malformed counts as an empty list. */
export function parseRecentState(text: string): RecentState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return EMPTY_RECENT;
  }
  const parsed = v.safeParse(RECENT_STATE, json);

  return parsed.success ? parsed.output : EMPTY_RECENT;
}

export type RecentStore = {
  readonly current: () => RecentState;
  /** Applies `change`, saves the result and tells `onChange`. */
  readonly update: (change: (state: RecentState) => RecentState) => void;
};

/**
 * The recent list in a small JSON file under the user-data folder, read
 * once and saved after every change through a temporary file. A file that
 * cannot be read or written only means an empty or unsaved list.
 */
export function createRecentStore(
  file: string,
  onChange: (state: RecentState) => void = () => undefined,
): RecentStore {
  let state = loadRecentState(file);

  return {
    current: () => state,
    update: (change) => {
      state = change(state);
      saveRecentState(file, state);
      onChange(state);
    },
  };
}

function loadRecentState(file: string): RecentState {
  try {
    return parseRecentState(readFileSync(file, 'utf8'));
  } catch {
    return EMPTY_RECENT;
  }
}

function saveRecentState(file: string, state: RecentState): void {
  const temp = `${file}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(state));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}

const TEXT = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));

const RECENT_STATE = v.object({
  files: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.uuid()),
        path: TEXT,
        name: TEXT,
        openedAt: v.pipe(v.string(), v.isoTimestamp()),
      }),
    ),
    v.maxLength(RECENT_LIMIT),
  ),
  projects: v.pipe(
    v.array(
      v.object({
        projectId: v.pipe(v.string(), v.regex(PROJECT_ID_PATTERN)),
        name: TEXT,
        openedAt: v.pipe(v.string(), v.isoTimestamp()),
      }),
    ),
    v.maxLength(RECENT_LIMIT),
  ),
});
