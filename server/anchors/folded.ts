// A folded view of a text for pattern matching, with a map back to the original offsets:
// lower case, Latin accents removed, Arabic marks and tatweel removed, alef forms, ى and ة
// folded, digits of every script made ASCII (the character folding of matchKey, applied one
// character at a time so that every folded character knows where it came from).
import { matchKey } from '../text/normalize';

/** Arabic short vowels, shadda, sukun, tanwin, dagger alef and tatweel: they stick to the letter before. */
const TRAILING_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u0640]/;

/** Folded forms of single characters (only non-ASCII ones are cached). */
const charCache = new Map<string, string>();

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c;
  let folded = charCache.get(c);
  if (folded === undefined) {
    folded = matchKey(c);
    charCache.set(c, folded);
  }
  return folded;
}

/** A folded text: `text` to match on, `origin[i]` the original offset of folded character i. */
export interface FoldedText {
  text: string;
  origin: number[];
  original: string;
}

/** Code units gathered before they are turned into a string, in one call per chunk. */
const CHUNK = 4096;

/** Folds a text for matching (see the module header); linear in its length. */
export function foldText(original: string): FoldedText {
  const n = original.length;
  const origin: number[] = [];
  const codes = new Uint16Array(Math.min(CHUNK, n) + 8);
  const chunks: string[] = [];
  let filled = 0;
  const flush = (): void => {
    chunks.push(String.fromCharCode.apply(null, codes.subarray(0, filled) as unknown as number[]));
    filled = 0;
  };
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if (filled >= CHUNK) flush();
    if (code < 0x80) {
      codes[filled++] = code >= 0x41 && code <= 0x5a ? code + 32 : code;
      origin.push(i);
      continue;
    }
    let c = original[i];
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) c += original[i + 1];
    const folded = foldChar(c);
    for (let k = 0; k < folded.length; k++) {
      if (filled >= CHUNK) flush();
      codes[filled++] = folded.charCodeAt(k);
      origin.push(i);
    }
    if (c.length === 2) i++;
  }
  flush();
  return { text: chunks.length === 1 ? chunks[0] : chunks.join(''), origin, original };
}

/** The original span of folded characters [start, end): marks that follow the last letter belong to it. */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number; text: string } {
  const from = folded.origin[start];
  let to = folded.origin[end - 1] + 1;
  const source = folded.original;
  if (to < source.length && source.charCodeAt(to - 1) >= 0xd800 && source.charCodeAt(to - 1) <= 0xdbff) to++;
  while (to < source.length && TRAILING_MARK.test(source[to])) to++;
  return { start: from, end: to, text: source.slice(from, to) };
}
