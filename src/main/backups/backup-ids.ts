import {
  BACKUP_ID_PATTERN,
  BACKUP_REASONS,
  type BackupReason,
} from '../../shared/ipc';

/** `2025-01-02T03:04:05.678Z` → `20250102T030405678Z`. */
export function formatBackupStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/gu, '');
}

/** The time and reason a backup id encodes; null for a foreign name. */
export function parseBackupId(
  backupId: string,
): { readonly createdAt: string; readonly reason: BackupReason } | null {
  if (!BACKUP_ID_PATTERN.test(backupId)) return null;

  const [stamp = '', reason = ''] = backupId.split('-');
  const createdAt =
    `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T` +
    `${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.` +
    `${stamp.slice(15, 18)}Z`;
  const known = BACKUP_REASONS.find((each) => each === reason);

  return known ? { createdAt, reason: known } : null;
}

/**
 * A new backup id. Two backups in one millisecond (a re-import right
 * after the timer) get a counter rather than replacing each other.
 */
export function createBackupId(
  date: Date,
  reason: BackupReason,
  existing: readonly string[],
): string {
  const base = `${formatBackupStamp(date)}-${reason}`;
  const taken = new Set(existing);
  if (!taken.has(base)) return base;

  let counter = 2;
  while (taken.has(`${base}-${counter}`)) counter += 1;
  return `${base}-${counter}`;
}

/** Oldest first: by time, then by the counter of same-time backups. */
export function compareIds(a: string, b: string): number {
  const [stampA, counterA] = splitCounter(a);
  const [stampB, counterB] = splitCounter(b);
  if (stampA !== stampB) return stampA < stampB ? -1 : 1;
  if (counterA !== counterB) return counterA - counterB;

  return a < b ? -1 : a > b ? 1 : 0;
}

function splitCounter(id: string): [string, number] {
  const stamp = id.slice(0, 19);
  const counter = /-(\d{1,3})$/u.exec(id)?.[1];

  return [stamp, counter === undefined ? 1 : Number(counter)];
}
