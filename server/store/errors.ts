// Errors of the store that the web app maps to HTTP statuses: not found (404), a write
// based on an outdated version (409); bad input is the shared InputError (400).
export { InputError } from '../errors';

/** A document, pair, bead or sentence that does not exist (HTTP 404). */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * A write carrying a version older than the stored one (HTTP 409). The message says what
 * changed ("bead 12 was confirmed by ana at 14:02 UTC (version 3, you had 2)") and
 * `current` is the record as it is now, so the client can show it without losing work.
 */
export class StaleVersionError<T = unknown> extends Error {
  constructor(message: string, readonly current: T) {
    super(message);
    this.name = 'StaleVersionError';
  }
}
