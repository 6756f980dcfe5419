import type {
  FileFilter as DialogFilter,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { promises as nodeFs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  ipcFail,
  ipcOk,
  type FileFilter,
  type FileOpenRequest,
  type FileSaveRequest,
  type FileSaveResponse,
  type IpcError,
  type IpcResult,
  type OpenedFile,
} from '../../shared/ipc';
import { createLogger } from '../../shared/logger';
import {
  writeFileAtomic,
  type AtomicWriteOptions,
} from '../files/atomic-write';
import {
  describeReadFailure,
  describeWriteFailure,
  errnoOf,
} from '../files/fs-errors';
import type { IpcHandlers } from './register';

const log = createLogger('ipc');

/** Larger files are refused before reading: the window would run dry. */
export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

/** Native dialogs, already bound to our window by the caller. */
export type FileDialogs = {
  readonly showOpenDialog: (
    options: OpenDialogOptions,
  ) => Promise<{ readonly canceled: boolean; readonly filePaths: string[] }>;
  readonly showSaveDialog: (
    options: SaveDialogOptions,
  ) => Promise<{ readonly canceled: boolean; readonly filePath: string }>;
};

export type ReadFs = {
  readonly stat: (
    path: string,
  ) => Promise<{ readonly size: number; isFile(): boolean }>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
};

export type FileHandlerDeps = {
  readonly dialogs: FileDialogs;
  /** Where dialogs start before the user has picked a folder. */
  readonly defaultFolder: () => string;
  readonly maxOpenBytes?: number;
  readonly readFs?: ReadFs;
  readonly writeOptions?: AtomicWriteOptions;
  /** Told of each file read through the open dialog, e.g. for recents. */
  readonly onOpened?: (path: string) => void;
};

/**
 * `file:open`, `file:openMany` and `file:save`. The renderer never names a
 * path: main reads and writes only what the user chose in a native dialog.
 */
export function createFileHandlers(
  deps: FileHandlerDeps,
): Pick<IpcHandlers, 'file:open' | 'file:openMany' | 'file:save'> {
  let lastFolder: string | null = null;
  const startFolder = () => lastFolder ?? deps.defaultFolder();

  return {
    'file:open': async (request) => {
      const chosen = await deps.dialogs.showOpenDialog(
        openOptions(request, startFolder()),
      );
      const path = chosen.canceled ? undefined : chosen.filePaths[0];
      if (path === undefined) return ipcOk(null);

      lastFolder = dirname(path);
      const read = await readChosenFile(path, deps);
      if (read.ok) deps.onOpened?.(path);
      return read;
    },
    // Not added to the recent files: those reopen as scans to import.
    'file:openMany': async (request) => {
      const chosen = await deps.dialogs.showOpenDialog(
        openOptions(request, startFolder(), true),
      );
      const paths = chosen.canceled ? [] : chosen.filePaths;
      if (paths[0] !== undefined) lastFolder = dirname(paths[0]);
      return readChosenFiles(paths, deps);
    },
    'file:save': async (request) => {
      const chosen = await deps.dialogs.showSaveDialog(
        saveOptions(request, startFolder()),
      );
      if (chosen.canceled || chosen.filePath === '') {
        return ipcOk({ saved: false });
      }

      lastFolder = dirname(chosen.filePath);
      return writeChosenFile(chosen.filePath, request.data, deps);
    },
  };
}

/**
 * Reads a file main chose (in a dialog, or from its recent list) for the
 * renderer, refusing folders and files over the size limit.
 */
export async function readChosenFile(
  path: string,
  deps: Pick<FileHandlerDeps, 'maxOpenBytes' | 'readFs'>,
): Promise<IpcResult<OpenedFile>> {
  const fs = deps.readFs ?? nodeFs;
  const name = basename(path);
  const limit = deps.maxOpenBytes ?? MAX_OPEN_BYTES;

  try {
    const stats = await fs.stat(path);
    if (!stats.isFile()) return fail(describeReadFailure('EISDIR', name));
    if (stats.size > limit)
      return ipcFail('FILE_TOO_LARGE', tooLarge(name, limit));

    const bytes = await fs.readFile(path);
    log.info('file opened', { bytes: bytes.byteLength });
    return ipcOk({ name, bytes });
  } catch (error) {
    log.warn('file open failed', { errno: errnoOf(error) ?? 'unknown' });
    return fail(describeReadFailure(errnoOf(error), name));
  }
}

/**
 * Reads several chosen files in order; the first that cannot be read
 * fails the whole pick, and so does a total over the open limit.
 */
async function readChosenFiles(
  paths: readonly string[],
  deps: Pick<FileHandlerDeps, 'maxOpenBytes' | 'readFs'>,
): Promise<IpcResult<readonly OpenedFile[]>> {
  const limit = deps.maxOpenBytes ?? MAX_OPEN_BYTES;
  const files: OpenedFile[] = [];
  let total = 0;
  for (const path of paths) {
    const read = await readChosenFile(path, {
      ...deps,
      maxOpenBytes: limit - total,
    });
    if (!read.ok) {
      return read.error.code === 'FILE_TOO_LARGE' && total > 0
        ? ipcFail('FILE_TOO_LARGE', tooLargeTogether(paths.length, limit))
        : read;
    }
    total += read.value.bytes.byteLength;
    files.push(read.value);
  }
  return ipcOk(files);
}

async function writeChosenFile(
  path: string,
  data: string | Uint8Array,
  deps: FileHandlerDeps,
): Promise<IpcResult<FileSaveResponse>> {
  const written = await writeFileAtomic(path, data, deps.writeOptions);
  if (!written.ok) {
    log.warn('file save failed', { errno: written.errno ?? 'unknown' });
    return fail(describeWriteFailure(written.errno, basename(path)));
  }

  log.info('file saved', { length: data.length });
  return ipcOk({ saved: true, location: path });
}

function openOptions(
  request: FileOpenRequest,
  folder: string,
  isMultiple = false,
): OpenDialogOptions {
  return {
    title: request.title,
    defaultPath: folder,
    filters: toDialogFilters(request.filters),
    properties: isMultiple ? ['openFile', 'multiSelections'] : ['openFile'],
  };
}

function saveOptions(
  request: FileSaveRequest,
  folder: string,
): SaveDialogOptions {
  return {
    defaultPath: join(folder, request.suggestedName),
    filters: toDialogFilters(request.filters),
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

function toDialogFilters(filters: readonly FileFilter[]): DialogFilter[] {
  return filters.map((filter) => ({
    name: filter.name,
    extensions: [...filter.extensions],
  }));
}

function tooLarge(name: string, limit: number): string {
  const megabytes = Math.round(limit / (1024 * 1024));
  return (
    `Could not open “${name}”: it is larger than ${megabytes} MB. Split ` +
    'the scan into smaller files, or check with `podscan inspect` first.'
  );
}

function tooLargeTogether(count: number, limit: number): string {
  const megabytes = Math.round(limit / (1024 * 1024));
  return (
    `Could not open the ${count} files: together they are larger than ` +
    `${megabytes} MB. Pick fewer files at a time.`
  );
}

function fail(error: IpcError): IpcResult<never> {
  return ipcFail(error.code, error.message);
}
