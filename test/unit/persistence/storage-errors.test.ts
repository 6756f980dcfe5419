import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  createRepositoryError,
  describeRepositoryError,
  isRepositoryError,
  toRepositoryError,
} from '../../../src/core/repository/errors';
import { toStorageError } from '../../../src/renderer/persistence/errors';

const quota = () =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage error mapping', () => {
  it('recognises a quota error thrown by IndexedDB itself', () => {
    const cause = quota();

    const error = toStorageError(cause);

    expect(error.code).toBe('STORAGE_QUOTA_EXCEEDED');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(
      describeRepositoryError('STORAGE_QUOTA_EXCEEDED'),
    );
  });

  it('recognises a quota error inside an aborted transaction', () => {
    const aborted = new Dexie.AbortError('Transaction aborted', quota());

    expect(toStorageError(aborted).code).toBe('STORAGE_QUOTA_EXCEEDED');
  });

  it('recognises a quota error among the failures of a bulk write', () => {
    const bulk = new Dexie.BulkError('1 of 3 operations failed', {
      2: quota(),
    });

    expect(toStorageError(bulk).code).toBe('STORAGE_QUOTA_EXCEEDED');
  });

  it('recognises a quota error wrapped as a cause, and Firefox’s name', () => {
    const wrapped = new Error('write failed', { cause: quota() });
    const firefox = { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' };

    expect(toRepositoryError(wrapped).code).toBe('STORAGE_QUOTA_EXCEEDED');
    expect(toRepositoryError(firefox).code).toBe('STORAGE_QUOTA_EXCEEDED');
  });

  it('reports a closed connection as STORAGE_CLOSED', () => {
    const closed = new Dexie.DatabaseClosedError();

    const error = toStorageError(closed);

    expect(error.code).toBe('STORAGE_CLOSED');
    expect(error.message).toMatch(/reload this window/i);
  });

  it('keeps any other failure as the cause of STORAGE_FAILED', () => {
    const constraint = new Dexie.ConstraintError('Key already exists');

    const error = toStorageError(constraint);

    expect(error.code).toBe('STORAGE_FAILED');
    expect(error.cause).toBe(constraint);
    expect(error.message).toMatch(/nothing of it was written/i);
  });

  it('passes repository errors through unchanged', () => {
    const notFound = createRepositoryError('PROJECT_NOT_FOUND', 'p9');

    expect(toStorageError(notFound)).toBe(notFound);
    expect(notFound.message).toMatch(/^Project p9 does not exist/);
    expect(isRepositoryError(notFound, 'PROJECT_NOT_FOUND')).toBe(true);
    expect(isRepositoryError(notFound, 'STORAGE_FAILED')).toBe(false);
    expect(isRepositoryError(new Error('plain'))).toBe(false);
  });
});
