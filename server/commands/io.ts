// Input, output and failure conventions shared by every command: FILE or standard
// input, exit 1 with a one-line reason on failure, exit 2 on bad usage.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors';
import { checkSize, decodeText, TextEncoding } from '../text/decode';

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

/** How messages name the input: the file name, or `standard input` for `-` and no argument. */
export function inputLabel(file: string | undefined): string {
  return file === undefined || file === '-' ? 'standard input' : file;
}

/** The decoded text of an input, the name that labels it in messages, and the encoding it was read in. */
export interface InputText {
  text: string;
  label: string;
  encoding: TextEncoding;
}

/**
 * Reads FILE (or standard input for `-` and no argument) and decodes it as `decodeText`
 * does: UTF-8 with or without BOM, UTF-16, Windows-1256 or Windows-1252; the BOM is
 * dropped, nothing else is changed (line endings stay as given). A file over the size
 * limit is refused from its size, before it is read. Empty, blank, binary or undecodable
 * input is a UserError naming the input; `allowBlank` accepts empty and whitespace-only input.
 */
export function readInputText(file: string | undefined, options: { allowBlank?: boolean } = {}): InputText {
  const label = inputLabel(file);
  if (label === file) checkSize(fileSize(file), label);
  const bytes = readInputBytes(file);
  const { text, encoding } = decodeText(bytes, label, options);
  return { text, label, encoding };
}

/** The size of a file in bytes; 0 when it cannot be read (reading it then says why). */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Writes text to standard output. */
export function print(text: string): void {
  process.stdout.write(text);
}

/** The lines of a text without their line breaks (LF or CRLF); a final line break ends the last line, it does not open another. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
