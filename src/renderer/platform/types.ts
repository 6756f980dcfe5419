/**
 * What the workbench needs from its host. The browser adapter uses a file
 * input and downloads; the Electron adapter goes through the preload bridge
 * to native dialogs and atomic writes.
 */
import type { LogSink } from '../../shared/logger';
import type {
  BackupEntry,
  BackupReason,
  MenuCommand,
  RecentLists,
  RecentOpen,
} from '../../shared/ipc';

export type { BackupEntry, BackupReason, MenuCommand, RecentLists, RecentOpen };

export type PickedFile = {
  readonly name: string;
  readonly bytes: Uint8Array;
};

export type FileFilter = {
  readonly name: string;
  /** Extensions without the dot, e.g. ['csv', 'tsv']. */
  readonly extensions: readonly string[];
};

export type SaveRequest = {
  readonly suggestedName: string;
  readonly filters: readonly FileFilter[];
  readonly data: string | Uint8Array;
};

export type SaveResult =
  | { readonly saved: true; readonly location: string }
  | { readonly saved: false };

export type Platform = {
  readonly kind: 'electron' | 'browser';
  /** Null when the user cancelled. */
  readonly openFile: (options: {
    readonly title: string;
    readonly filters: readonly FileFilter[];
  }) => Promise<PickedFile | null>;
  /**
   * Lets the user pick one or more files at once; an empty list when the
   * user cancelled.
   */
  readonly openFiles: (options: {
    readonly title: string;
    readonly filters: readonly FileFilter[];
  }) => Promise<readonly PickedFile[]>;
  readonly saveFile: (request: SaveRequest) => Promise<SaveResult>;
  /** Opens an http(s) link outside the app; false when refused. */
  readonly openExternal: (url: string) => Promise<boolean>;
  /**
   * Calls `listener` for each native menu command (Electron only; the
   * browser has no native menu and never calls it). Returns the unsubscribe.
   */
  readonly onMenuCommand: (
    listener: (command: MenuCommand) => void,
  ) => () => void;
  /** Name, version and runtime, for the About dialog. */
  readonly getAbout: () => Promise<AboutInfo>;
  /**
   * Copies a diagnostics report (versions, platform, recent log lines) to
   * the clipboard and returns its text.
   */
  readonly copyDiagnostics: () => Promise<string>;
  /** Where this renderer's log entries go: `setLogSink(platform.logSink)`. */
  readonly logSink: LogSink;
  /** Backups on disk (Electron); null in the browser, which has no disk. */
  readonly backups: BackupHost | null;
  /** File › Open Recent (Electron); null in the browser. */
  readonly recent: RecentHost | null;
};

/** Project backups kept by the desktop app under its user-data folder. */
export type BackupHost = {
  readonly write: (backup: {
    readonly projectId: string;
    readonly projectName: string;
    readonly reason: BackupReason;
    readonly data: string;
  }) => Promise<BackupEntry>;
  /** Newest first; every project's when `projectId` is left out. */
  readonly list: (projectId?: string) => Promise<readonly BackupEntry[]>;
  /** The backup's text: a coded file. */
  readonly read: (entry: BackupEntry) => Promise<string>;
};

export type RecentHost = {
  readonly list: () => Promise<RecentLists>;
  readonly addProject: (projectId: string, name: string) => Promise<void>;
  readonly removeProject: (projectId: string) => Promise<void>;
  /** Reads a recently opened file again, by its id. */
  readonly openFile: (id: string) => Promise<PickedFile>;
  /** Calls `listener` when the user picks File › Open Recent › entry. */
  readonly onOpen: (listener: (open: RecentOpen) => void) => () => void;
};

export type AboutInfo = {
  readonly name: string;
  readonly version: string;
  /** e.g. "Electron 45.6.0, Chromium 140.0, Node 22.20.0 on linux x64". */
  readonly runtime: string;
};

/**
 * Failures reject with this error (cancelling never does: it resolves with
 * null or `{ saved: false }`). `message` is written for the user.
 */
export type PlatformFailure = {
  /** UPPER_SNAKE, e.g. DISK_FULL or FILE_READ_FAILED. */
  readonly code: string;
  readonly message: string;
};
