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

/** Folds a text for matching (see the module header); linear in its length. */
export function foldText(original: string): FoldedText {
  const n = original.length;
  const origin: number[] = new Array<number>(n);
  let text = '';
  let chunkStart = 0;
  let length = 0;
  let plain = true;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x80 && plain) {
      origin[length++] = i;
      continue;
    }
    // Past the first non-ASCII character: copy what came before, then fold one by one.
    if (plain) {
      text = original.slice(chunkStart, i).toLowerCase();
      plain = false;
    }
    let c = original[i];
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) c += original[i + 1];
    const folded = foldChar(c);
    for (let k = 0; k < folded.length; k++) origin[length++] = i;
    text += folded;
    if (c.length === 2) i++;
  }
  if (plain) text = original.toLowerCase();
  origin.length = length;
  return { text, origin, original };
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
