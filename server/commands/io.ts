// Input, output and failure conventions shared by every command: FILE or standard
// input, exit 1 with a one-line reason on failure, exit 2 on bad usage.
import { readFileSync } from 'node:fs';
import { InputError } from '../errors';

/** A failure the user can act on; the CLI prints its message on one line and exits 1. */
export const UserError = InputError;

/** Bad command-line usage; the CLI prints the message and the command's usage and exits 2. */
export class UsageError extends Error {}

/** Reads FILE as bytes, or standard input when the name is `-` or missing. */
export function readInputBytes(file: string | undefined): Buffer {
  const name = file === undefined || file === '-' ? 0 : file;
  try {
    return readFileSync(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const label = name === 0 ? 'standard input' : file;
    if (code === 'ENOENT') throw new UserError(`${label}: no such file`);
    if (code === 'EISDIR') throw new UserError(`${label}: is a directory, not a file`);
    if (code === 'EACCES') throw new UserError(`${label}: permission denied`);
    throw new UserError(`${label}: cannot read (${code ?? (error as Error).message})`);
  }
}

/** Writes text to standard output. */
export function print(text: string): void {
  process.stdout.write(text);
}
