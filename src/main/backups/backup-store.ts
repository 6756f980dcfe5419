import { promises as nodeFs } from 'node:fs';
import { join } from 'node:path';
import {
  PROJECT_ID_PATTERN,
  ipcFail,
  ipcOk,
  type BackupEntry,
  type BackupWriteRequest,
  type IpcResult,
} from '../../shared/ipc';
import { createLogger } from '../../shared/logger';
import {
  writeFileAtomic,
  type AtomicWriteOptions,
} from '../files/atomic-write';
import { errnoOf } from '../files/fs-errors';
import { describeBackupWriteFailure } from './backup-errors';
import { compareIds, createBackupId, parseBackupId } from './backup-ids';

export { formatBackupStamp, parseBackupId } from './backup-ids';

const log = createLogger('app');

/** Backups kept per project; older ones are deleted after each write. */
export const DEFAULT_KEPT_BACKUPS = 10;

export const BACKUP_SUFFIX = '.podscan.json';

/** The file beside the backups that remembers the project's name. */
const NAME_FILE = 'project.json';

/** The file operations the store needs beyond an atomic write. */
export type BackupFs = {
  readonly mkdir: (
    path: string,
    options: { recursive: true },
  ) => Promise<unknown>;
  readonly readdir: (path: string) => Promise<string[]>;
  readonly stat: (path: string) => Promise<{ readonly size: number }>;
  readonly readFile: (path: string, encoding: 'utf8') => Promise<string>;
  readonly unlink: (path: string) => Promise<void>;
};

export type BackupStoreOptions = {
  /** `<userData>/backups`; one folder per project inside. */
  readonly folder: string;
  readonly keep?: number;
  readonly now?: () => Date;
  readonly fs?: BackupFs;
  readonly writeOptions?: AtomicWriteOptions;
};

export type BackupStore = {
  readonly write: (
    request: BackupWriteRequest,
  ) => Promise<IpcResult<BackupEntry>>;
  /** Every project's backups, or one project's; newest first. */
  readonly list: (
    projectId?: string,
  ) => Promise<IpcResult<readonly BackupEntry[]>>;
  readonly read: (
    projectId: string,
    backupId: string,
  ) => Promise<IpcResult<{ readonly data: string }>>;
};

/**
 * Project backups on disk: `<folder>/<projectId>/<backupId>.podscan.json`,
 * each written atomically, so a crash mid-write leaves the earlier
 * backups whole. After each write all but the newest `keep` backups of
 * that project are deleted. Ids are checked against their patterns here
 * as well as at the IPC boundary, so no path leaves `folder`.
 */
export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const fs = options.fs ?? nodeFs;
  const keep = Math.max(1, options.keep ?? DEFAULT_KEPT_BACKUPS);
  const now = options.now ?? (() => new Date());
  const context = { ...options, fs, keep, now };

  return {
    write: (request) => writeBackup(context, request),
    list: (projectId) => listBackups(context, projectId),
    read: (projectId, backupId) => readBackup(context, projectId, backupId),
  };
}

type Context = Required<
  Pick<BackupStoreOptions, 'folder' | 'keep' | 'now' | 'fs'>
> &
  Pick<BackupStoreOptions, 'writeOptions'>;

async function writeBackup(
  context: Context,
  request: BackupWriteRequest,
): Promise<IpcResult<BackupEntry>> {
  if (!PROJECT_ID_PATTERN.test(request.projectId)) return badId();

  const folder = join(context.folder, request.projectId);
  const started = Date.now();
  try {
    await context.fs.mkdir(folder, { recursive: true });
    const existing = await backupIdsIn(context.fs, folder);
    const date = context.now();
    const backupId = createBackupId(date, request.reason, existing);
    const written = await writeFileAtomic(
      join(folder, `${backupId}${BACKUP_SUFFIX}`),
      request.data,
      context.writeOptions,
    );
    if (!written.ok) return writeFailed(request, written.errno);

    await rememberName(context, folder, request);
    await rotate(context, folder, [...existing, backupId]);
    log.info('backup written', {
      project: request.projectId,
      reason: request.reason,
      chars: request.data.length,
      ms: Date.now() - started,
    });
    return ipcOk({
      projectId: request.projectId,
      projectName: request.projectName,
      backupId,
      createdAt: date.toISOString(),
      reason: request.reason,
      bytes: Buffer.byteLength(request.data),
    });
  } catch (error) {
    return writeFailed(request, errnoOf(error));
  }
}

async function listBackups(
  context: Context,
  projectId: string | undefined,
): Promise<IpcResult<readonly BackupEntry[]>> {
  if (projectId !== undefined && !PROJECT_ID_PATTERN.test(projectId)) {
    return badId();
  }

  const projects =
    projectId === undefined
      ? (await readdirOrEmpty(context.fs, context.folder)).filter((name) =>
          PROJECT_ID_PATTERN.test(name),
        )
      : [projectId];
  const lists = await Promise.all(
    projects.map((id) => listProject(context, id)),
  );

  return ipcOk(lists.flat().sort(newestFirst));
}

async function readBackup(
  context: Context,
  projectId: string,
  backupId: string,
): Promise<IpcResult<{ readonly data: string }>> {
  if (!PROJECT_ID_PATTERN.test(projectId) || parseBackupId(backupId) === null)
    return badId();

  const file = join(context.folder, projectId, `${backupId}${BACKUP_SUFFIX}`);
  try {
    return ipcOk({ data: await context.fs.readFile(file, 'utf8') });
  } catch (error) {
    const errno = errnoOf(error);
    log.warn('backup read failed', { project: projectId, errno: errno ?? '' });
    return errno === 'ENOENT'
      ? ipcFail(
          'BACKUP_NOT_FOUND',
          'This backup no longer exists on disk. Pick another backup from ' +
            'the list.',
        )
      : ipcFail(
          'FILE_READ_FAILED',
          `Podscan could not read this backup (${errno ?? 'unknown error'}). ` +
            'Check that the backups folder is readable, then try again.',
        );
  }
}

async function listProject(
  context: Context,
  projectId: string,
): Promise<BackupEntry[]> {
  const folder = join(context.folder, projectId);
  const ids = await backupIdsIn(context.fs, folder);
  const name = await readName(context.fs, folder, projectId);
  const entries = await Promise.all(
    ids.map(async (backupId) => {
      const file = join(folder, `${backupId}${BACKUP_SUFFIX}`);
      const stats = await context.fs.stat(file).catch(() => null);
      return stats && entryOf(projectId, name, backupId, stats);
    }),
  );

  return entries.filter((entry) => entry !== null);
}

async function backupIdsIn(fs: BackupFs, folder: string): Promise<string[]> {
  const names = await readdirOrEmpty(fs, folder);

  return names
    .filter((name) => name.endsWith(BACKUP_SUFFIX))
    .map((name) => name.slice(0, -BACKUP_SUFFIX.length))
    .filter((id) => parseBackupId(id) !== null);
}

async function rotate(
  context: Context,
  folder: string,
  ids: readonly string[],
): Promise<void> {
  const stale = [...ids].sort(compareIds).slice(0, -context.keep);
  for (const id of stale) {
    try {
      await context.fs.unlink(join(folder, `${id}${BACKUP_SUFFIX}`));
    } catch (error) {
      // A backup too many is harmless; the next write tries again.
      log.warn('old backup not deleted', { errno: errnoOf(error) ?? '' });
    }
  }
}

async function rememberName(
  context: Context,
  folder: string,
  request: BackupWriteRequest,
): Promise<void> {
  const text = JSON.stringify({
    projectId: request.projectId,
    name: request.projectName,
  });
  // The backup itself is safe; a stale name only shows on the list.
  await writeFileAtomic(join(folder, NAME_FILE), text, context.writeOptions);
}

async function readName(
  fs: BackupFs,
  folder: string,
  projectId: string,
): Promise<string> {
  try {
    const parsed: unknown = JSON.parse(
      await fs.readFile(join(folder, NAME_FILE), 'utf8'),
    );
    const name = (parsed as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && name !== '') return name;
  } catch {
    // Falls through to the id: the name file is only a convenience.
  }
  return `Project ${projectId}`;
}

async function readdirOrEmpty(fs: BackupFs, folder: string) {
  try {
    return await fs.readdir(folder);
  } catch {
    return [];
  }
}

function entryOf(
  projectId: string,
  projectName: string,
  backupId: string,
  stats: { readonly size: number },
): BackupEntry | null {
  const parsed = parseBackupId(backupId);
  if (parsed === null) return null;

  return { projectId, projectName, backupId, ...parsed, bytes: stats.size };
}

function newestFirst(a: BackupEntry, b: BackupEntry): number {
  return -compareIds(a.backupId, b.backupId);
}

function badId(): IpcResult<never> {
  return ipcFail(
    'IPC_INVALID_PAYLOAD',
    'Podscan refused a backup request with a malformed id. This is a bug ' +
      'in Podscan; please report it with the diagnostics from the Help menu.',
  );
}

function writeFailed(
  request: BackupWriteRequest,
  errno: string | undefined,
): IpcResult<never> {
  log.warn('backup failed', {
    project: request.projectId,
    errno: errno ?? 'unknown',
  });
  const error = describeBackupWriteFailure(errno, request.projectName);
  return ipcFail(error.code, error.message);
}
