import type { MergeLogEntry } from './types';
import type { Choices } from './types';

/** The choice for `key`: its own, else the one for all, else null. */
export function chooseFor<T>(
  choices: Choices<T> | undefined,
  key: string,
): T | null {
  return choices?.byKey?.[key] ?? choices?.all ?? null;
}

/** A log entry with every column but the given ones empty. */
export function logEntry(
  entry: Pick<MergeLogEntry, 'action' | 'source' | 'detail'> &
    Partial<MergeLogEntry>,
): MergeLogEntry {
  return {
    action: entry.action,
    source: entry.source,
    record: entry.record ?? '',
    coder: entry.coder ?? '',
    code: entry.code ?? '',
    column: entry.column ?? '',
    choice: entry.choice ?? '',
    kept: entry.kept ?? '',
    replaced: entry.replaced ?? '',
    detail: entry.detail,
  };
}

/** Base name for log and report entries about the project merged into. */
export const BASE_SOURCE = 'base';
