// Errors that are values users can read: bad input they can fix.

/**
 * Bad input the user can act on (an empty or binary file, an unknown encoding, a line
 * without a tab). The message says which file or line and what to do; the CLI prints it
 * on one line and exits 1, the web app shows it on a readable page.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
