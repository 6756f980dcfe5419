import { version } from '../../../package.json';
import {
  DIAGNOSTICS_LOG_LINES,
  formatDiagnostics,
} from '../../shared/diagnostics';
import { parseSafeExternalUrl } from '../../shared/external-url';
import { formatLogEntry, type LogEntry } from '../../shared/logger';
import { PlatformError } from './errors';
import type {
  AboutInfo,
  FileFilter,
  PickedFile,
  Platform,
  SaveRequest,
  SaveResult,
} from './types';

/** The slice of a file `<input>` the adapter uses; HTMLInputElement fits. */
export type FileInputLike = {
  type: string;
  accept: string;
  multiple: boolean;
  hidden: boolean;
  readonly files: {
    readonly length: number;
    item(index: number): File | null;
  } | null;
  addEventListener(type: 'change' | 'cancel', listener: () => void): void;
  removeEventListener(type: 'change' | 'cancel', listener: () => void): void;
  click(): void;
  remove(): void;
};

/** The slice of an `<a>` the adapter uses; HTMLAnchorElement fits. */
export type DownloadLinkLike = {
  href: string;
  download: string;
  rel: string;
  hidden: boolean;
  click(): void;
  remove(): void;
};

/** Everything the browser adapter touches, so tests can stand in for it. */
export type BrowserHost = {
  /** Creates an `<input>` already attached to the page. */
  readonly createFileInput: () => FileInputLike;
  /** Creates an `<a>` already attached to the page. */
  readonly createDownloadLink: () => DownloadLinkLike;
  readonly createObjectUrl: (blob: Blob) => string;
  readonly revokeObjectUrl: (url: string) => void;
  readonly openWindow: (url: string, target: string, features: string) => void;
  readonly writeClipboard: (text: string) => Promise<void>;
  readonly userAgent: () => string;
  readonly setTimer: (callback: () => void, milliseconds: number) => void;
};

/** How long a download's object URL stays valid: the download must start. */
export const DOWNLOAD_URL_LIFETIME_MS = 60_000;

/** Log entries kept in memory for diagnostics: the browser has no log file. */
export const BROWSER_LOG_CAPACITY = DIAGNOSTICS_LOG_LINES;

/** The workbench as a plain web page: file input, downloads, new tabs. */
export function createBrowserPlatform(
  host: BrowserHost = createDocumentHost(),
): Platform {
  const logLines: string[] = [];

  return {
    kind: 'browser',
    openFile: (options) => pickFile(host, options.filters),
    openFiles: (options) => pickFiles(host, options.filters),
    saveFile: (request) => Promise.resolve(downloadFile(host, request)),
    openExternal: (url) => Promise.resolve(openInNewTab(host, url)),
    onMenuCommand: () => () => undefined,
    getAbout: () => Promise.resolve(describeBrowser(host)),
    copyDiagnostics: () => copyDiagnostics(host, logLines),
    logSink: (entry: LogEntry) => {
      logLines.push(formatLogEntry(entry));
      if (logLines.length > BROWSER_LOG_CAPACITY) logLines.shift();
    },
    backups: null,
    recent: null,
  };
}

/** The `accept` attribute for a set of filters: '.csv,.tsv', or '' for any. */
export function acceptFor(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';

  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(
    ',',
  );
}

// The click must happen before any await: browsers open a file chooser only
// while the user's click is still being handled.
function pickFile(
  host: BrowserHost,
  filters: readonly FileFilter[],
): Promise<PickedFile | null> {
  const input = host.createFileInput();
  input.type = 'file';
  input.multiple = false;
  input.hidden = true;
  input.accept = acceptFor(filters);

  const picked = new Promise<PickedFile | null>((resolve, reject) => {
    listenOnce(input, {
      cancel: () => resolve(null),
      change: () => {
        const file = input.files?.item(0) ?? null;
        readPicked(file).then(resolve, reject);
      },
    });
  });
  input.click();

  return picked.finally(() => input.remove());
}

// As pickFile, with `multiple` set: every chosen file, read in order.
function pickFiles(
  host: BrowserHost,
  filters: readonly FileFilter[],
): Promise<readonly PickedFile[]> {
  const input = host.createFileInput();
  input.type = 'file';
  input.multiple = true;
  input.hidden = true;
  input.accept = acceptFor(filters);

  const picked = new Promise<readonly PickedFile[]>((resolve, reject) => {
    listenOnce(input, {
      cancel: () => resolve([]),
      change: () => {
        const files: (File | null)[] = [];
        for (let index = 0; index < (input.files?.length ?? 0); index += 1) {
          files.push(input.files?.item(index) ?? null);
        }
        Promise.all(files.map(readPicked))
          .then((read) => read.filter((file) => file !== null))
          .then(resolve, reject);
      },
    });
  });
  input.click();

  return picked.finally(() => input.remove());
}

/**
 * Listens for the first `change` or `cancel`, then stops listening to
 * both. A removed input can outlive the pick (a debugger or an extension
 * may hold it), and a listener left on it would keep the chosen file's
 * bytes, a whole scan, in memory with it.
 */
function listenOnce(
  input: FileInputLike,
  on: { readonly change: () => void; readonly cancel: () => void },
): void {
  const change = () => {
    stop();
    on.change();
  };
  const cancel = () => {
    stop();
    on.cancel();
  };
  const stop = () => {
    input.removeEventListener('change', change);
    input.removeEventListener('cancel', cancel);
  };
  input.addEventListener('change', change);
  input.addEventListener('cancel', cancel);
}

async function readPicked(file: File | null): Promise<PickedFile | null> {
  if (file === null) return null;

  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    throw new PlatformError(
      'FILE_READ_FAILED',
      `Could not read “${file.name}”: the browser refused access to it. ` +
        'Check that the file still exists, then pick it again.',
    );
  }
}

function downloadFile(host: BrowserHost, request: SaveRequest): SaveResult {
  // Copy into a fresh buffer: a Blob cannot take a view on shared memory.
  const part =
    typeof request.data === 'string' ? request.data : request.data.slice();
  const url = host.createObjectUrl(
    new Blob([part], { type: 'application/octet-stream' }),
  );
  const link = host.createDownloadLink();
  link.hidden = true;
  link.rel = 'noopener';
  link.download = request.suggestedName;
  link.href = url;
  link.click();
  link.remove();
  host.setTimer(() => host.revokeObjectUrl(url), DOWNLOAD_URL_LIFETIME_MS);

  // The browser decides the folder (usually Downloads) and may rename.
  return { saved: true, location: request.suggestedName };
}

function openInNewTab(host: BrowserHost, url: string): boolean {
  const safe = parseSafeExternalUrl(url);
  if (safe === null) return false;

  host.openWindow(safe, '_blank', 'noopener,noreferrer');
  return true;
}

function describeBrowser(host: BrowserHost): AboutInfo {
  return { name: 'Podscan Workbench', version, runtime: host.userAgent() };
}

async function copyDiagnostics(
  host: BrowserHost,
  logLines: readonly string[],
): Promise<string> {
  const text = formatDiagnostics({
    facts: [
      ['Podscan', version],
      ['Mode', 'browser'],
      ['Browser', host.userAgent()],
    ],
    logLines,
  });

  try {
    await host.writeClipboard(text);
  } catch {
    throw new PlatformError(
      'CLIPBOARD_FAILED',
      'Could not copy the diagnostics: the browser blocked the clipboard. ' +
        'Click in the page and try again.',
    );
  }

  return text;
}

function createDocumentHost(): BrowserHost {
  return {
    createFileInput: () => document.body.appendChild(createInput()),
    createDownloadLink: () =>
      document.body.appendChild(document.createElement('a')),
    createObjectUrl: (blob) => URL.createObjectURL(blob),
    revokeObjectUrl: (url) => URL.revokeObjectURL(url),
    openWindow: (url, target, features) => {
      window.open(url, target, features);
    },
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    userAgent: () => navigator.userAgent,
    setTimer: (callback, milliseconds) => {
      window.setTimeout(callback, milliseconds);
    },
  };
}

function createInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';

  return input;
}
