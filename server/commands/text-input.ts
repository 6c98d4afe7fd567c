// Bytes given to a line-oriented command (anchors, check) as text: strict UTF-8, a BOM
// dropped, empty, binary and undecodable input refused with a message naming the input;
// then split into lines.
import { InputError } from '../errors';

const UTF8_BOM = '\uFEFF';

/** Decodes strict UTF-8; throws InputError for empty, binary (NUL bytes) or non-UTF-8 input. */
export function decodeUtf8Input(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new InputError(`${label}: the input is empty`);
  if (bytes.includes(0)) throw new InputError(`${label}: not a text file (it contains NUL bytes); give UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${label}: not valid UTF-8 text; save it as UTF-8 and try again`);
  }
  if (text.startsWith(UTF8_BOM)) text = text.slice(UTF8_BOM.length);
  if (text.trim() === '') throw new InputError(`${label}: the input has no text (only white space)`);
  return text;
}

/** The lines of a text without their line breaks (a final line break ends the last line, it does not open another). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
