// Bytes of a report to text: UTF-8 (with or without BOM), UTF-16 (BOM, or BOM-less when
// the NUL bytes show it), and the legacy Windows-1256 (Arabic) and Windows-1252 (French)
// code pages, told apart by which one turns the non-ASCII bytes into plausible letters.
// Empty, oversized, binary and undecodable input is refused with a message naming the file.
import { InputError } from '../errors';

/** The encodings a report may come in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'windows-1252';

/** Largest input accepted (bytes): a news report is a few kilobytes; 20 MB is a whole corpus dump. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** How many bytes the binary and UTF-16 sniffers look at (the start of the file says enough). */
const SNIFF_BYTES = 64 * 1024;
/** Share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of NUL bytes that must fall on one parity for a BOM-less file to be read as UTF-16. */
const UTF16_PARITY_SHARE = 0.9;
/** Share of the sample that must be NUL for a BOM-less file to be considered UTF-16 at all (Arabic has NULs only in spaces, digits and punctuation). */
const UTF16_MIN_NUL_SHARE = 0.03;
/** Share of non-ASCII characters that must decode to letters/typography for a legacy code page to be accepted. */
const LEGACY_PLAUSIBLE_SHARE = 0.9;
/** Share of non-ASCII characters that must read as Arabic for Windows-1256 to win. */
const ARABIC_MIN_SHARE = 0.5;

/** Magic numbers of common non-text files, for a helpful refusal. */
const BINARY_SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a .docx/.odt document is one)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word/Office document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable program' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], what: 'UTF-32 text' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], what: 'UTF-32 text' },
];

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (WHATWG Encoding Standard); its other
 * bytes are Latin-1. Decoded here because Node 20's TextDecoder mangles this range
 * (nodejs/node#60888: the bytes are dropped or read as C1 controls).
 */
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const SAVE_AS_UTF8 = 'save it as plain text in UTF-8 and try again';
/** Name used in messages when the caller gives none. */
const DEFAULT_LABEL = 'input';

/** The text of a file's bytes and the encoding it was read in (BOM removed). */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decodes the bytes of a report; `name` (a file name) labels error messages.
 * Throws InputError for empty, whitespace-only, oversized, binary or undecodable input;
 * `allowBlank` accepts empty and whitespace-only input (a list whose blank lines are answered one by one).
 */
export function decodeText(bytes: Uint8Array, name: string = DEFAULT_LABEL, options: { allowBlank?: boolean } = {}): DecodedText {
  if (bytes.length === 0) {
    if (options.allowBlank) return { text: '', encoding: 'utf-8' };
    throw new InputError(`${name}: the file is empty; give some text`);
  }
  checkSize(bytes.length, name);
  refuseKnownBinary(bytes, name);
  const decoded = decodeByMarks(bytes, name) ?? decodeUnmarked(bytes, name);
  checkDecodedText(decoded.text, name, options);
  return decoded;
}

/** Refuses input larger than MAX_INPUT_BYTES (`size` in bytes). */
export function checkSize(size: number, name: string): void {
  if (size > MAX_INPUT_BYTES) {
    // Rounded up, so that a size just over the limit does not print as the limit.
    const mb = (n: number) => `${(Math.ceil((n / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
    throw new InputError(`${name}: too large (${mb(size)}, over the limit of ${mb(MAX_INPUT_BYTES)}): split it into one file per report`);
  }
}

/**
 * Refuses decoded text that is blank (unless `allowBlank`) or binary (NUL or many control
 * characters): the checks that hold whatever the encoding, a string given directly included.
 */
export function checkDecodedText(text: string, name: string, options: { allowBlank?: boolean } = {}): void {
  if (text.includes('\u0000')) throw new InputError(`${name}: binary data (NUL characters), not text; ${SAVE_AS_UTF8}`);
  const sample = text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text;
  if (countMatching(sample, isControl) > sample.length * MAX_CONTROL_SHARE) {
    throw new InputError(`${name}: binary data (control characters), not text; ${SAVE_AS_UTF8}`);
  }
  if (!options.allowBlank && !/[^\s\u200B-\u200F\u2060\uFEFF]/.test(text)) {
    throw new InputError(`${name}: the file has no text (only white space); give some text`);
  }
}

/** Decodes input whose BOM or NUL pattern names its encoding; null when there is neither. */
function decodeByMarks(bytes: Uint8Array, label: string): DecodedText | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strictDecode(bytes.subarray(3), 'utf-8', label);
  if (startsWith(bytes, [0xff, 0xfe])) return strictDecode(bytes.subarray(2), 'utf-16le', label);
  if (startsWith(bytes, [0xfe, 0xff])) return strictDecode(bytes.subarray(2), 'utf-16be', label);
  const utf16 = sniffUtf16(bytes);
  if (!utf16) return null;
  // Without a BOM, the NULs could be binary data's: the decoded text must look like text.
  const text = new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes.subarray(0, SNIFF_BYTES & ~1));
  return plausibleShare(text, isUnicodeTextChar) >= LEGACY_PLAUSIBLE_SHARE ? strictDecode(bytes, utf16, label) : null;
}

/** Decodes input without a BOM: UTF-8 when valid, else a recognisable legacy code page. */
function decodeUnmarked(bytes: Uint8Array, label: string): DecodedText {
  if (bytes.includes(0)) throw new InputError(`${label}: binary data (NUL bytes), not text; ${SAVE_AS_UTF8}`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: damaged UTF-8, or a legacy code page.
  }
  const damage = utf8Damage(bytes);
  if (damage.validMultibyte > damage.invalid) {
    throw new InputError(
      `${label}: mostly UTF-8 but with invalid bytes (first at line ${damage.firstInvalidLine}); ` +
        `the file is damaged or mixes encodings: ${SAVE_AS_UTF8}`,
    );
  }
  const legacy = guessLegacyCodePage(bytes.subarray(0, SNIFF_BYTES));
  if (legacy) return { text: decodeLegacy(bytes, legacy), encoding: legacy };
  throw new InputError(`${label}: not valid UTF-8 and not recognisable as Windows-1256 or Windows-1252; ${SAVE_AS_UTF8}`);
}

/** Decodes Windows-1252 bytes (Latin-1 with typographic signs in 0x80–0x9F). */
export function decodeWindows1252(bytes: Uint8Array): string {
  // Buffer's latin1 is ISO-8859-1 (0x80–0x9F as C1 controls), which the table then replaces.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]);
}

function decodeLegacy(bytes: Uint8Array, codePage: 'windows-1256' | 'windows-1252'): string {
  return codePage === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder('windows-1256').decode(bytes);
}

/** Decodes in a known encoding, refusing malformed sequences with a message naming the file. */
function strictDecode(bytes: Uint8Array, encoding: TextEncoding, label: string): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    throw new InputError(`${label}: starts like ${encoding.toUpperCase()} but contains invalid data; ${SAVE_AS_UTF8}`);
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * BOM-less UTF-16: text in UTF-16 has a NUL in one byte of most ASCII characters
 * (spaces, digits, Latin letters), always on the same side of the pair.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const nuls = evenNuls + oddNuls;
  if (nuls < length * UTF16_MIN_NUL_SHARE) return null;
  if (oddNuls >= nuls * UTF16_PARITY_SHARE) return 'utf-16le';
  if (evenNuls >= nuls * UTF16_PARITY_SHARE) return 'utf-16be';
  return null;
}

/** Throws for the signatures of known non-text formats (PDF, ZIP, images, …). */
function refuseKnownBinary(bytes: Uint8Array, label: string): void {
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) throw new InputError(`${label}: this is ${signature.what}, not plain text; ${SAVE_AS_UTF8}`);
}

/** A control character that text does not hold (tab, line feed, vertical tab, form feed, carriage return and escape excepted). */
function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d) && code !== 0x1b) || code === 0x7f || (code >= 0x80 && code <= 0x9f);
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes, and finds the line of the first invalid one. */
function utf8Damage(bytes: Uint8Array): { validMultibyte: number; invalid: number; firstInvalidLine: number } {
  let validMultibyte = 0;
  let invalid = 0;
  let line = 1;
  let firstInvalidLine = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      validMultibyte++;
      i += need + 1;
    } else {
      invalid++;
      if (firstInvalidLine === 0) firstInvalidLine = line;
      i++;
    }
  }
  return { validMultibyte, invalid, firstInvalidLine };
}

/**
 * Chooses between Windows-1256 and Windows-1252 for non-UTF-8 input. Arabic words are
 * runs of several high bytes that 1256 turns into Arabic letters; French accents are
 * single high bytes inside ASCII words that 1252 turns into Latin letters. Null when
 * neither reading is plausible.
 */
function guessLegacyCodePage(bytes: Uint8Array): 'windows-1256' | 'windows-1252' | null {
  const arabic = decodeLegacy(bytes, 'windows-1256');
  const latin = decodeLegacy(bytes, 'windows-1252');
  const high = countMatching(arabic, (code) => code >= 0x80);
  // French read as 1256 keeps most accents (1256 has é, è, à, ç…) and only its capitals
  // turn Arabic; Arabic read as 1256 is mostly Arabic.
  const arabicShare = countMatching(arabic, isArabicBlock) / high;
  if (arabicShare >= ARABIC_MIN_SHARE && plausibleShare(arabic, isArabicTextChar) >= LEGACY_PLAUSIBLE_SHARE) {
    return 'windows-1256';
  }
  if (plausibleShare(latin, isLatinTextChar) >= LEGACY_PLAUSIBLE_SHARE) return 'windows-1252';
  return null;
}

/** Share of the non-ASCII characters of `text` that pass `plausible` (1 when there are none). */
function plausibleShare(text: string, plausible: (code: number) => boolean): number {
  let high = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    high++;
    if (plausible(code)) good++;
  }
  return high === 0 ? 1 : good / high;
}

function countMatching(text: string, test: (code: number) => boolean): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (test(text.charCodeAt(i))) count++;
  return count;
}

/** A character of French or Arabic text beyond ASCII: Latin letters, Arabic, typography. */
function isUnicodeTextChar(code: number): boolean {
  return (
    (code >= 0xa0 && code <= 0x24f) || (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x1d00 && code <= 0x1dbf) || (code >= 0x2000 && code <= 0x206f) || (code >= 0xfb50 && code <= 0xfeff) ||
    code === 0x20ac || code === 0x2122
  );
}

function isArabicBlock(code: number): boolean {
  return code >= 0x0600 && code <= 0x06ff;
}

/** A letter, mark, digit or punctuation sign that Arabic text in Windows-1256 plausibly holds. */
function isArabicTextChar(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x06ff) || // Arabic block (letters, harakat, ، ؛ ؟)
    isLatinLetterHigh(code) || // French letters 1256 keeps (é, à, ç…)
    isTypography(code)
  );
}

/** A Latin-1 or Latin Extended letter (accented letters, œ). */
function isLatinLetterHigh(code: number): boolean {
  return (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) || code === 0x0152 || code === 0x0153 || code === 0x0178;
}

/** Characters French text in Windows-1252 plausibly holds beyond ASCII. */
function isLatinTextChar(code: number): boolean {
  return isLatinLetterHigh(code) || isTypography(code);
}

/** Typographic signs both code pages carry: quotes, dashes, ellipsis, nbsp, °, €, «», ©, etc. */
function isTypography(code: number): boolean {
  return (
    code === 0xa0 || code === 0xab || code === 0xbb || code === 0xb0 || code === 0xa9 || code === 0xae ||
    code === 0xa7 || code === 0xb7 || code === 0xd7 || code === 0xf7 || code === 0x20ac || code === 0x2122 ||
    (code >= 0x2013 && code <= 0x2026) || code === 0x2030 || code === 0x2039 || code === 0x203a ||
    (code >= 0x200c && code <= 0x200f) || code === 0xb2 || code === 0xb3 || code === 0xb9 || code === 0xba ||
    code === 0xaa || code === 0xbd || code === 0xbc || code === 0xbe || code === 0xa3 || code === 0xa2 || code === 0xa5
  );
}
