import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { formatLogEntry, type LogSink } from '../../shared/logger';

export type RotatingFileOptions = {
  readonly folder: string;
  /** File names are `<baseName>.log`, `<baseName>.1.log`, … */
  readonly baseName?: string;
  /** A file is rotated before it would grow past this many bytes. */
  readonly maxBytes?: number;
  /** Files kept in all, the current one included. */
  readonly maxFiles?: number;
};

export type RotatingFileLog = {
  readonly sink: LogSink;
  /** The newest `count` lines across the current and previous file. */
  readonly readTail: (count: number) => string[];
  /** Path of the file being written now. */
  readonly currentFile: string;
};

export const DEFAULT_LOG_MAX_BYTES = 1024 * 1024;
export const DEFAULT_LOG_MAX_FILES = 5;

/**
 * A log sink that appends one line per entry to `<folder>/<baseName>.log`
 * and rotates by size: the current file becomes `.1.log`, `.1` becomes
 * `.2`, and the oldest beyond `maxFiles` is deleted. Writes are synchronous
 * so the last entries before a crash are on disk; log volume is small (ids,
 * counts, durations). A failing disk never breaks the caller: entries are
 * dropped instead.
 */
export function createRotatingFileLog(
  options: RotatingFileOptions,
): RotatingFileLog {
  const baseName = options.baseName ?? 'podscan';
  const maxBytes = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
  const maxFiles = Math.max(1, options.maxFiles ?? DEFAULT_LOG_MAX_FILES);
  const fileAt = (index: number) =>
    join(
      options.folder,
      index === 0 ? `${baseName}.log` : `${baseName}.${index}.log`,
    );
  let size = sizeOf(fileAt(0));

  const write = (line: string) => {
    const bytes = Buffer.byteLength(line);
    if (size > 0 && size + bytes > maxBytes) {
      rotate(fileAt, maxFiles);
      size = 0;
    }
    appendFileSync(fileAt(0), line);
    size += bytes;
  };

  mkdirSync(options.folder, { recursive: true });
  return {
    sink: (entry) => {
      try {
        write(`${oneLine(formatLogEntry(entry))}\n`);
      } catch {
        // Dropped on purpose: see the doc comment.
      }
    },
    readTail: (count) => readTail(fileAt, count),
    currentFile: fileAt(0),
  };
}

function rotate(fileAt: (index: number) => string, maxFiles: number): void {
  rmSync(fileAt(maxFiles - 1), { force: true });
  for (let index = maxFiles - 2; index >= 0; index -= 1) {
    try {
      renameSync(fileAt(index), fileAt(index + 1));
    } catch {
      // A missing older file is normal until the log has rotated enough.
    }
  }
}

function readTail(fileAt: (index: number) => string, count: number): string[] {
  const lines = [fileAt(1), fileAt(0)].flatMap((file) => readLines(file));

  return count > 0 ? lines.slice(-count) : [];
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line !== '');
  } catch {
    return [];
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

// One entry must stay one line, whatever a message or field holds.
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/gu, ' ');
}
