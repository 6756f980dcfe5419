import type { PlatformFailure } from './types';

/** How a platform adapter rejects; `message` is written for the user. */
export class PlatformError extends Error implements PlatformFailure {
  override readonly name = 'PlatformError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function isPlatformError(error: unknown): error is PlatformError {
  return error instanceof PlatformError;
}
