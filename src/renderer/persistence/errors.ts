import Dexie from 'dexie';
import type { RepositoryError } from '../../core/repository/errors';
import {
  createRepositoryError,
  toRepositoryError,
} from '../../core/repository/errors';

/**
 * Maps what Dexie or IndexedDB threw to a RepositoryError. A connection
 * closed because another window upgraded or deleted the database becomes
 * STORAGE_CLOSED; the rest (quota included) is mapped by core.
 */
export function toStorageError(error: unknown): RepositoryError {
  if (hasName(error, Dexie.errnames.DatabaseClosed)) {
    return createRepositoryError('STORAGE_CLOSED', '', error);
  }

  return toRepositoryError(error);
}

function hasName(error: unknown, name: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === name
  );
}
