/**
 * The IPC contract between the Electron main process and the renderer: every
 * channel, its request and response types, a run-time validator for each
 * request, and the result envelope every handler answers with. Main checks
 * payloads against these validators; the preload exposes one method per
 * channel; the renderer only ever sees `window.podscan`.
 */
import * as v from 'valibot';
import { LOG_SCOPES, type LogLevel, type LogScope } from './logger';
import { MAX_EXTERNAL_URL_LENGTH } from './external-url';

/** Limits on what the renderer may send; larger payloads are refused. */
export const IPC_LIMITS = {
  dialogTitle: 200,
  filters: 20,
  filterName: 100,
  extensions: 20,
  fileName: 255,
  /** Bytes written by one save: far above any export of 100,000 records. */
  saveBytes: 1024 * 1024 * 1024,
  logMessage: 2000,
  logFields: 32,
  logFieldName: 64,
  logFieldValue: 500,
  projectName: 500,
  /** Characters of one backup: a coded file of a large project. */
  backupChars: 512 * 1024 * 1024,
} as const;

export type IpcErrorCode =
  | 'IPC_FORBIDDEN_SENDER'
  | 'IPC_INVALID_PAYLOAD'
  | 'INTERNAL_ERROR'
  | 'FILE_NOT_FOUND'
  | 'FILE_READ_FAILED'
  | 'FILE_TOO_LARGE'
  | 'FILE_WRITE_FAILED'
  | 'DISK_FULL'
  | 'PERMISSION_DENIED'
  | 'URL_NOT_ALLOWED'
  | 'URL_OPEN_FAILED'
  | 'CLIPBOARD_FAILED'
  | 'BACKUP_NOT_FOUND';

/** A failure as it crosses IPC: plain data, because thrown errors lose fields. */
export type IpcError = {
  readonly code: IpcErrorCode;
  /** What failed, why, and what to do next; safe to show to the user. */
  readonly message: string;
};

/** What every invoke channel answers with. */
export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: IpcError };

export const ipcOk = <T>(value: T): IpcResult<T> => ({ ok: true, value });

export const ipcFail = (
  code: IpcErrorCode,
  message: string,
): IpcResult<never> => ({ ok: false, error: { code, message } });

export type FileFilter = {
  readonly name: string;
  /** Extensions without the dot, e.g. ['csv', 'tsv']; '*' for any file. */
  readonly extensions: readonly string[];
};

export type FileOpenRequest = {
  readonly title: string;
  readonly filters: readonly FileFilter[];
};

/** A file the user picked: its base name (no folders) and its bytes. */
export type OpenedFile = {
  readonly name: string;
  readonly bytes: Uint8Array;
};

export type FileSaveRequest = {
  /** A bare file name; the user picks the folder in the dialog. */
  readonly suggestedName: string;
  readonly filters: readonly FileFilter[];
  /** Text is written as UTF-8 exactly as given (add a BOM yourself). */
  readonly data: string | Uint8Array;
};

export type FileSaveResponse =
  | { readonly saved: true; readonly location: string }
  | { readonly saved: false };

export type OpenExternalRequest = { readonly url: string };

export type AppInfo = {
  readonly name: string;
  readonly version: string;
  readonly electronVersion: string;
  readonly chromeVersion: string;
  readonly nodeVersion: string;
  /** Node's `process.platform` value, e.g. 'win32', 'darwin', 'linux'. */
  readonly platform: string;
  readonly arch: string;
  readonly isPackaged: boolean;
};

export type DiagnosticsCopyResponse = {
  /** The text now on the clipboard, for showing to the user as well. */
  readonly text: string;
};

export type LogWriteRequest = {
  readonly level: LogLevel;
  readonly scope: LogScope;
  /** Capped at IPC_LIMITS.logMessage characters; longer text is cut. */
  readonly message: string;
  readonly fields?: Readonly<Record<string, string | number | boolean>>;
};

/** Why a backup was written; part of its file name. */
export const BACKUP_REASONS = ['timer', 'reimport', 'merge', 'manual'] as const;

export type BackupReason = (typeof BACKUP_REASONS)[number];

export type BackupWriteRequest = {
  readonly projectId: string;
  /** Shown on the restore screen, also after the project was deleted. */
  readonly projectName: string;
  readonly reason: BackupReason;
  /** The project as a coded file (`*.podscan.json`). */
  readonly data: string;
};

/** One backup file on disk, newest first in every list. */
export type BackupEntry = {
  readonly projectId: string;
  readonly projectName: string;
  /** The file's name without `.podscan.json`: its time and reason. */
  readonly backupId: string;
  /** ISO 8601 time the backup was written. */
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly bytes: number;
};

/** Without `projectId`: the backups of every project, deleted ones too. */
export type BackupListRequest = { readonly projectId?: string };

export type BackupReadRequest = {
  readonly projectId: string;
  readonly backupId: string;
};

export type BackupReadResponse = { readonly data: string };

/** A file opened earlier; the renderer sees its name, never its path. */
export type RecentFile = {
  readonly id: string;
  readonly name: string;
  readonly openedAt: string;
};

export type RecentProject = {
  readonly projectId: string;
  readonly name: string;
  readonly openedAt: string;
};

/** Newest first, at most RECENT_LIMIT of each. */
export type RecentLists = {
  readonly files: readonly RecentFile[];
  readonly projects: readonly RecentProject[];
};

export const RECENT_LIMIT = 8;

export type RecentProjectRequest = {
  readonly projectId: string;
  readonly name: string;
};

export type RecentForgetRequest = { readonly projectId: string };

export type RecentOpenFileRequest = { readonly id: string };

/**
 * Every channel the renderer invokes (`ipcRenderer.invoke`) and main answers
 * with an {@link IpcResult}. Names are `area:verb`.
 */
export type InvokeContract = {
  /**
   * Shows the native open dialog and reads the chosen file. Answers null when
   * the user cancelled; FILE_NOT_FOUND, FILE_TOO_LARGE, PERMISSION_DENIED or
   * FILE_READ_FAILED when the file cannot be read.
   */
  'file:open': { request: FileOpenRequest; response: OpenedFile | null };
  /**
   * As `file:open`, letting the user pick several files at once (e.g.
   * coded files to merge); answers them in the order chosen, an empty
   * list when the user cancelled, and the first failure if one cannot be
   * read. FILE_TOO_LARGE when together they exceed the open limit.
   */
  'file:openMany': {
    request: FileOpenRequest;
    response: readonly OpenedFile[];
  };
  /**
   * Shows the native save dialog and writes `data` atomically to the chosen
   * path (temporary file in the same folder, flushed, then renamed), so the
   * previous file survives a failed write. Answers `{ saved: false }` when
   * the user cancelled; DISK_FULL, PERMISSION_DENIED or FILE_WRITE_FAILED.
   */
  'file:save': { request: FileSaveRequest; response: FileSaveResponse };
  /**
   * Opens an http(s) link in the user's browser after the check in
   * `external-url.ts`; URL_NOT_ALLOWED when the link fails it,
   * URL_OPEN_FAILED when no browser took it.
   */
  'shell:openExternal': { request: OpenExternalRequest; response: true };
  /** Name and versions, for the About dialog and diagnostics. */
  'app:info': { request: undefined; response: AppInfo };
  /**
   * Copies a diagnostics report (versions, platform, recent log lines — which
   * never hold cell contents) to the clipboard and returns it;
   * CLIPBOARD_FAILED when the clipboard refused it.
   */
  'diagnostics:copy': {
    request: undefined;
    response: DiagnosticsCopyResponse;
  };
  /** Appends a renderer log entry to main's rotating log file. */
  'log:write': { request: LogWriteRequest; response: null };
  /**
   * Writes a project backup atomically to
   * `<userData>/backups/<projectId>/` and deletes all but the newest
   * backups of that project; DISK_FULL, PERMISSION_DENIED or
   * FILE_WRITE_FAILED when it cannot be written.
   */
  'backup:write': { request: BackupWriteRequest; response: BackupEntry };
  /** The backups on disk, newest first. */
  'backup:list': {
    request: BackupListRequest;
    response: readonly BackupEntry[];
  };
  /** One backup's text; BACKUP_NOT_FOUND when it is gone. */
  'backup:read': { request: BackupReadRequest; response: BackupReadResponse };
  /** Recently opened files and projects, for the start screen. */
  'recent:list': { request: undefined; response: RecentLists };
  /** Puts a project at the top of File › Open Recent. */
  'recent:addProject': { request: RecentProjectRequest; response: null };
  /** Drops a project from the recent list, e.g. once it is deleted. */
  'recent:removeProject': { request: RecentForgetRequest; response: null };
  /**
   * Reads a recently opened file again by its id (main keeps the path);
   * FILE_NOT_FOUND, and the entry is dropped, when it no longer exists.
   */
  'recent:openFile': { request: RecentOpenFileRequest; response: OpenedFile };
};

export type InvokeChannel = keyof InvokeContract;
export type IpcRequest<C extends InvokeChannel> = InvokeContract[C]['request'];
export type IpcResponse<C extends InvokeChannel> =
  InvokeContract[C]['response'];

export const INVOKE_CHANNELS = [
  'file:open',
  'file:openMany',
  'file:save',
  'shell:openExternal',
  'app:info',
  'diagnostics:copy',
  'log:write',
  'backup:write',
  'backup:list',
  'backup:read',
  'recent:list',
  'recent:addProject',
  'recent:removeProject',
  'recent:openFile',
] as const satisfies readonly InvokeChannel[];

/** Commands main sends to the renderer on the `menu:command` channel. */
export const MENU_COMMANDS = [
  'import',
  'export',
  'undo',
  'redo',
  'find',
  'about',
  'copyDiagnostics',
  'backups',
] as const;

/**
 * A native menu item the user picked, or its accelerator. On Windows and
 * Linux the keys of `undo`, `redo` and `find` reach only the page (the menu
 * just shows them); on macOS they come through the menu. `undo` and `redo`
 * leave the choice to the renderer: the focused text field's own undo, or
 * the workbench's change history.
 */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** An entry the user picked in File › Open Recent. */
export type RecentOpen =
  | { readonly kind: 'project'; readonly projectId: string }
  | { readonly kind: 'file'; readonly id: string };

/** Events main sends to the renderer (`webContents.send`). */
export type EventContract = {
  /** The user picked a menu item or pressed its accelerator. */
  'menu:command': MenuCommand;
  'recent:open': RecentOpen;
};

export type EventChannel = keyof EventContract;

export const MENU_COMMAND_CHANNEL = 'menu:command' satisfies EventChannel;

export const RECENT_OPEN_CHANNEL = 'recent:open' satisfies EventChannel;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

/** Checks a `recent:open` event before the renderer acts on it. */
export function isRecentOpen(value: unknown): value is RecentOpen {
  return v.is(RECENT_OPEN, value);
}

/**
 * Project ids as the workbench makes them (UUIDs); the pattern also keeps
 * a backup folder name from reaching outside the backups folder.
 */
export const PROJECT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/u;

/** Backup ids: `20250102T030405678Z-timer`, maybe with `-2` after. */
export const BACKUP_ID_PATTERN =
  /^\d{8}T\d{9}Z-(?:timer|reimport|merge|manual)(?:-\d{1,3})?$/u;

/**
 * The API the preload exposes as `window.podscan`: one method per invoke
 * channel (see {@link API_METHOD_CHANNELS}) and a menu subscription.
 */
export type PodscanApi = {
  /** `file:open` */
  readonly openFile: (
    request: FileOpenRequest,
  ) => Promise<IpcResult<OpenedFile | null>>;
  /** `file:openMany` */
  readonly openFiles: (
    request: FileOpenRequest,
  ) => Promise<IpcResult<readonly OpenedFile[]>>;
  /** `file:save` */
  readonly saveFile: (
    request: FileSaveRequest,
  ) => Promise<IpcResult<FileSaveResponse>>;
  /** `shell:openExternal` */
  readonly openExternal: (
    request: OpenExternalRequest,
  ) => Promise<IpcResult<true>>;
  /** `app:info` */
  readonly getAppInfo: () => Promise<IpcResult<AppInfo>>;
  /** `diagnostics:copy` */
  readonly copyDiagnostics: () => Promise<IpcResult<DiagnosticsCopyResponse>>;
  /** `log:write` */
  readonly writeLog: (request: LogWriteRequest) => Promise<IpcResult<null>>;
  /** `backup:write` */
  readonly writeBackup: (
    request: BackupWriteRequest,
  ) => Promise<IpcResult<BackupEntry>>;
  /** `backup:list` */
  readonly listBackups: (
    request: BackupListRequest,
  ) => Promise<IpcResult<readonly BackupEntry[]>>;
  /** `backup:read` */
  readonly readBackup: (
    request: BackupReadRequest,
  ) => Promise<IpcResult<BackupReadResponse>>;
  /** `recent:list` */
  readonly listRecent: () => Promise<IpcResult<RecentLists>>;
  /** `recent:addProject` */
  readonly addRecentProject: (
    request: RecentProjectRequest,
  ) => Promise<IpcResult<null>>;
  /** `recent:removeProject` */
  readonly removeRecentProject: (
    request: RecentForgetRequest,
  ) => Promise<IpcResult<null>>;
  /** `recent:openFile` */
  readonly openRecentFile: (
    request: RecentOpenFileRequest,
  ) => Promise<IpcResult<OpenedFile>>;
  /** Calls `listener` for each `menu:command`; returns the unsubscribe. */
  readonly onMenuCommand: (
    listener: (command: MenuCommand) => void,
  ) => () => void;
  /** Calls `listener` for each `recent:open`; returns the unsubscribe. */
  readonly onRecentOpen: (listener: (open: RecentOpen) => void) => () => void;
};

/** Which channel each `window.podscan` method invokes. */
export const API_METHOD_CHANNELS = {
  openFile: 'file:open',
  openFiles: 'file:openMany',
  saveFile: 'file:save',
  openExternal: 'shell:openExternal',
  getAppInfo: 'app:info',
  copyDiagnostics: 'diagnostics:copy',
  writeLog: 'log:write',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  listRecent: 'recent:list',
  addRecentProject: 'recent:addProject',
  removeRecentProject: 'recent:removeProject',
  openRecentFile: 'recent:openFile',
} as const satisfies {
  readonly [
    M in Exclude<keyof PodscanApi, 'onMenuCommand' | 'onRecentOpen'>
  ]: InvokeChannel;
};

/**
 * Checks a request payload received on `channel` at run time. Returns the
 * request (log text cut to its limits) or IPC_INVALID_PAYLOAD naming the
 * offending field.
 */
export function validateRequest<C extends InvokeChannel>(
  channel: C,
  payload: unknown,
): IpcResult<IpcRequest<C>> {
  const schema: v.GenericSchema<unknown, IpcRequest<C>> = REQUEST_SCHEMAS[
    channel
  ];
  const parsed = v.safeParse(schema, payload);
  if (parsed.success) return ipcOk(parsed.output);

  return ipcFail(
    'IPC_INVALID_PAYLOAD',
    `Podscan refused a malformed request on ${channel} (${describeIssue(
      parsed.issues[0],
    )}). This is a bug in Podscan; please report it with the diagnostics ` +
      'from the Help menu.',
  );
}

const boundedText = (max: number) =>
  v.pipe(v.string(), v.minLength(1), v.maxLength(max));

// A file name alone: no folder part, nothing the OS treats specially.
const FILE_NAME = v.pipe(
  boundedText(IPC_LIMITS.fileName),
  // eslint-disable-next-line no-control-regex -- control characters refused
  v.regex(/^[^/\\\u0000-\u001f]+$/u, 'must be a file name without folders'),
  v.check((name) => name !== '.' && name !== '..', 'must be a file name'),
);

const FILE_FILTER = v.strictObject({
  name: boundedText(IPC_LIMITS.filterName),
  extensions: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^(?:\*|[A-Za-z0-9]{1,16})$/u))),
    v.minLength(1),
    v.maxLength(IPC_LIMITS.extensions),
  ),
});

const FILE_FILTERS = v.pipe(
  v.array(FILE_FILTER),
  v.maxLength(IPC_LIMITS.filters),
);

// Log text must stay on one line so one entry is one line in the file.
const oneLine = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((text) =>
      // eslint-disable-next-line no-control-regex -- they become spaces
      text.replace(/[\u0000-\u001f\u007f]/gu, ' ').slice(0, max),
    ),
  );

const LOG_FIELDS = v.pipe(
  v.record(
    v.pipe(
      v.string(),
      v.regex(/^[A-Za-z][A-Za-z0-9_.-]*$/u),
      v.maxLength(IPC_LIMITS.logFieldName),
    ),
    v.union([
      oneLine(IPC_LIMITS.logFieldValue),
      v.pipe(v.number(), v.finite()),
      v.boolean(),
    ]),
  ),
  v.maxEntries(IPC_LIMITS.logFields),
);

const LEVELS = [
  'debug',
  'info',
  'warn',
  'error',
] as const satisfies readonly LogLevel[];

const PROJECT_ID = v.pipe(
  v.string(),
  v.regex(PROJECT_ID_PATTERN, 'must be a project id'),
);

const BACKUP_ID = v.pipe(
  v.string(),
  v.regex(BACKUP_ID_PATTERN, 'must be a backup id'),
);

// Recent-file ids are main's own UUIDs.
const RECENT_FILE_ID = v.pipe(v.string(), v.uuid('must be a recent-file id'));

const PROJECT_NAME = v.pipe(
  oneLine(IPC_LIMITS.projectName),
  v.minLength(1, 'must not be empty'),
);

const RECENT_OPEN = v.variant('kind', [
  v.strictObject({ kind: v.literal('project'), projectId: PROJECT_ID }),
  v.strictObject({ kind: v.literal('file'), id: RECENT_FILE_ID }),
]);

const REQUEST_SCHEMAS: {
  readonly [C in InvokeChannel]: v.GenericSchema<unknown, IpcRequest<C>>;
} = {
  'file:open': v.strictObject({
    title: boundedText(IPC_LIMITS.dialogTitle),
    filters: FILE_FILTERS,
  }),
  'file:openMany': v.strictObject({
    title: boundedText(IPC_LIMITS.dialogTitle),
    filters: FILE_FILTERS,
  }),
  'file:save': v.strictObject({
    suggestedName: FILE_NAME,
    filters: FILE_FILTERS,
    data: v.union([
      v.pipe(v.string(), v.maxLength(IPC_LIMITS.saveBytes)),
      v.pipe(v.instance(Uint8Array), v.maxLength(IPC_LIMITS.saveBytes)),
    ]),
  }),
  'shell:openExternal': v.strictObject({
    url: v.pipe(v.string(), v.maxLength(MAX_EXTERNAL_URL_LENGTH)),
  }),
  'app:info': v.undefined(),
  'diagnostics:copy': v.undefined(),
  'log:write': v.strictObject({
    level: v.picklist(LEVELS),
    scope: v.picklist(LOG_SCOPES),
    message: oneLine(IPC_LIMITS.logMessage),
    fields: v.optional(LOG_FIELDS),
  }),
  'backup:write': v.strictObject({
    projectId: PROJECT_ID,
    projectName: PROJECT_NAME,
    reason: v.picklist(BACKUP_REASONS),
    data: v.pipe(
      v.string(),
      v.minLength(1, 'must not be empty'),
      v.maxLength(IPC_LIMITS.backupChars),
    ),
  }),
  'backup:list': v.strictObject({ projectId: v.optional(PROJECT_ID) }),
  'backup:read': v.strictObject({ projectId: PROJECT_ID, backupId: BACKUP_ID }),
  'recent:list': v.undefined(),
  'recent:addProject': v.strictObject({
    projectId: PROJECT_ID,
    name: PROJECT_NAME,
  }),
  'recent:removeProject': v.strictObject({ projectId: PROJECT_ID }),
  'recent:openFile': v.strictObject({ id: RECENT_FILE_ID }),
};

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const where = path === null ? 'the request' : `field "${path}"`;

  return `${where}: ${issue.message}`;
}
