/**
 * Structured logging with fixed scopes. Log ids, counts and durations only;
 * never cell contents, names or memos: research data can be sensitive.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export const LOG_SCOPES = [
  'app',
  'import',
  'grid',
  'persistence',
  'coding',
  'codebook',
  'merge',
  'agreement',
  'export',
  'ipc',
  'security',
  'cli',
] as const;

export type LogScope = (typeof LOG_SCOPES)[number];

export type LogFields = Readonly<Record<string, string | number | boolean>>;

export type LogEntry = {
  readonly at: string;
  readonly level: LogLevel;
  readonly scope: LogScope;
  readonly message: string;
  readonly fields?: LogFields;
};

export type LogSink = (entry: LogEntry) => void;

export type Logger = {
  readonly debug: (message: string, fields?: LogFields) => void;
  readonly info: (message: string, fields?: LogFields) => void;
  readonly warn: (message: string, fields?: LogFields) => void;
  readonly error: (message: string, fields?: LogFields) => void;
};

const LEVEL_RANK: Record<LogLevel, number> = {
  debug: 0,
  info: 1,
  warn: 2,
  error: 3,
};

let sink: LogSink = () => undefined;
let threshold: LogLevel = 'info';

/** Routes every logger's entries; each process sets its own sink once. */
export function setLogSink(next: LogSink, level: LogLevel = 'info'): void {
  sink = next;
  threshold = level;
}

export function createLogger(scope: LogScope): Logger {
  const log =
    (level: LogLevel) =>
    (message: string, fields?: LogFields): void => {
      if (LEVEL_RANK[level] < LEVEL_RANK[threshold]) return;

      const entry: LogEntry = {
        at: new Date().toISOString(),
        level,
        scope,
        message,
        ...(fields ? { fields } : {}),
      };
      sink(entry);
    };

  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
  };
}

/** One line per entry, for files and stderr. */
export function formatLogEntry(entry: LogEntry): string {
  const fields = entry.fields
    ? ' ' +
      Object.entries(entry.fields)
        .map(([name, value]) => `${name}=${String(value)}`)
        .join(' ')
    : '';
  return `${entry.at} ${entry.level.toUpperCase()} [${entry.scope}] ${entry.message}${fields}`;
}
