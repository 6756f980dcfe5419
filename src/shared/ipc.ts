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
  | 'CLIPBOARD_FAILED';

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
};

export type InvokeChannel = keyof InvokeContract;
export type IpcRequest<C extends InvokeChannel> = InvokeContract[C]['request'];
export type IpcResponse<C extends InvokeChannel> =
  InvokeContract[C]['response'];

export const INVOKE_CHANNELS = [
  'file:open',
  'file:save',
  'shell:openExternal',
  'app:info',
  'diagnostics:copy',
  'log:write',
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
] as const;

/**
 * A native menu item the user picked, or its accelerator. On Windows and
 * Linux the keys of `undo`, `redo` and `find` reach only the page (the menu
 * just shows them); on macOS they come through the menu. `undo` and `redo`
 * leave the choice to the renderer: the focused text field's own undo, or
 * the workbench's change history.
 */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Events main sends to the renderer (`webContents.send`). */
export type EventContract = {
  /** The user picked a menu item or pressed its accelerator. */
  'menu:command': MenuCommand;
};

export type EventChannel = keyof EventContract;

export const MENU_COMMAND_CHANNEL = 'menu:command' satisfies EventChannel;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

/**
 * The API the preload exposes as `window.podscan`: one method per invoke
 * channel (see {@link API_METHOD_CHANNELS}) and a menu subscription.
 */
export type PodscanApi = {
  /** `file:open` */
  readonly openFile: (
    request: FileOpenRequest,
  ) => Promise<IpcResult<OpenedFile | null>>;
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
  /** Calls `listener` for each `menu:command`; returns the unsubscribe. */
  readonly onMenuCommand: (
    listener: (command: MenuCommand) => void,
  ) => () => void;
};

/** Which channel each `window.podscan` method invokes. */
export const API_METHOD_CHANNELS = {
  openFile: 'file:open',
  saveFile: 'file:save',
  openExternal: 'shell:openExternal',
  getAppInfo: 'app:info',
  copyDiagnostics: 'diagnostics:copy',
  writeLog: 'log:write',
} as const satisfies {
  readonly [M in Exclude<keyof PodscanApi, 'onMenuCommand'>]: InvokeChannel;
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

const REQUEST_SCHEMAS: {
  readonly [C in InvokeChannel]: v.GenericSchema<unknown, IpcRequest<C>>;
} = {
  'file:open': v.strictObject({
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
};

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const where = path === null ? 'the request' : `field "${path}"`;

  return `${where}: ${issue.message}`;
}
