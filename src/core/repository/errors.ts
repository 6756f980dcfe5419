/**
 * Why a repository call failed. Callers branch on the code; the message is
 * the text to show the user.
 */
export type RepositoryErrorCode =
  | 'STORAGE_QUOTA_EXCEEDED'
  | 'STORAGE_CLOSED'
  | 'STORAGE_FAILED'
  | 'PROJECT_NOT_FOUND'
  | 'PROJECT_EXISTS'
  | 'CODEBOOK_VERSION_CONFLICT'
  | 'INVALID_ARGUMENT';

/**
 * A failed repository call. Every write is a transaction, so when one of
 * these is thrown nothing of the failed write remains in storage.
 */
export class RepositoryError extends Error {
  override readonly name = 'RepositoryError';

  constructor(
    readonly code: RepositoryErrorCode,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `error` is a RepositoryError (with `code`, when given). */
export function isRepositoryError(
  error: unknown,
  code?: RepositoryErrorCode,
): error is RepositoryError {
  if (!(error instanceof Error) || error.name !== 'RepositoryError') {
    return false;
  }

  const actual = (error as { code?: unknown }).code;
  return code === undefined || actual === code;
}

/** A RepositoryError with the standard user text for its code. */
export function createRepositoryError(
  code: RepositoryErrorCode,
  subject = '',
  cause?: unknown,
): RepositoryError {
  const message = describeRepositoryError(code, subject);
  return cause === undefined
    ? new RepositoryError(code, message)
    : new RepositoryError(code, message, { cause });
}

/**
 * Turns whatever a storage write threw into a RepositoryError: quota
 * failures anywhere in the cause chain become STORAGE_QUOTA_EXCEEDED,
 * RepositoryErrors pass through, anything else becomes STORAGE_FAILED
 * with the original kept as `cause`.
 */
export function toRepositoryError(error: unknown): RepositoryError {
  if (isRepositoryError(error)) return error;

  const code = isQuotaExceeded(error)
    ? 'STORAGE_QUOTA_EXCEEDED'
    : 'STORAGE_FAILED';
  return createRepositoryError(code, '', error);
}

/**
 * The one place repository error codes become user text: what failed, why,
 * and what to do next. `subject` names the project or argument involved.
 */
export function describeRepositoryError(
  code: RepositoryErrorCode,
  subject = '',
): string {
  switch (code) {
    case 'STORAGE_QUOTA_EXCEEDED':
      return (
        'The change was not saved: the disk or the storage space this ' +
        'browser allows Podscan is full. Nothing was half-written. Free ' +
        'disk space, export the projects you need, or delete old projects, ' +
        'then try again.'
      );
    case 'STORAGE_CLOSED':
      return (
        'Another window opened a newer version of Podscan or is deleting ' +
        'its data, so this window stopped saving to avoid damaging your ' +
        'projects. Reload this window to continue.'
      );
    case 'STORAGE_FAILED':
      return (
        'The change could not be saved to local storage, and nothing of ' +
        'it was written. Try again; if it keeps failing, export the ' +
        'project and reload Podscan.'
      );
    case 'PROJECT_NOT_FOUND':
      return (
        `Project ${subject} does not exist; it may have been deleted in ` +
        'another window. Reload the project list.'
      );
    case 'PROJECT_EXISTS':
      return (
        `A project with id ${subject} already exists; nothing was ` +
        'imported. Import again to create a new project.'
      );
    case 'CODEBOOK_VERSION_CONFLICT':
      return (
        `The codebook was not saved: ${subject}. Another window or an ` +
        'import changed it meanwhile, and saving would overwrite that ' +
        'change. Reload the codebook, then make your change again.'
      );
    case 'INVALID_ARGUMENT':
      return `Podscan refused an invalid storage request: ${subject}.`;
  }
}

/** Cause-chain depth checked; real chains are two or three deep. */
const MAX_CAUSE_DEPTH = 5;

const QUOTA_ERROR_NAMES = new Set([
  'QuotaExceededError',
  // Older Firefox reports a full profile under this name.
  'NS_ERROR_DOM_QUOTA_REACHED',
]);

/**
 * Storage libraries wrap the browser's error: under `cause`, under `inner`
 * (Dexie), or in a `failures` list (bulk writes), so look through all.
 */
function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > MAX_CAUSE_DEPTH) return false;
  if (typeof error !== 'object' || error === null) return false;

  const { name, cause, inner, failures } = error as {
    name?: unknown;
    cause?: unknown;
    inner?: unknown;
    failures?: unknown;
  };
  if (typeof name === 'string' && QUOTA_ERROR_NAMES.has(name)) return true;

  const nested: unknown[] = Array.isArray(failures)
    ? (failures as unknown[]).slice()
    : [];
  nested.push(cause, inner);
  return nested.some((next) => isQuotaExceeded(next, depth + 1));
}
