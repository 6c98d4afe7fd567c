// Script and language of a line: Arabic, Latin (French), mixed or other. Decided by
// words, not letters, so that Arabic (written without short vowels, hence with fewer
// letters per word) is not outweighed by a Latin name, and Latin acronyms, codes and
// URLs inside Arabic text ("2025", "DGSN", "G20", "www.dgsn.gov.ma") do not make an
// Arabic line mixed.
import { Lang } from './types';

/** The script make-up of a line. */
export type LineScript = 'arabic' | 'latin' | 'mixed' | 'none' | 'other';

/** Share of the weighted words a script must reach for a line to count as that script alone. */
const DOMINANT_SHARE = 0.75;
/** Weight of a Latin acronym or code (DGSN, G20, COP28) beside words of another script. */
const EMBEDDED_TOKEN_WEIGHT = 0.25;
/** Longest all-capital Latin word still read as an acronym. */
const MAX_ACRONYM_LENGTH = 6;
/** A text longer than this (UTF-16 code units) is judged on samples of it: a few pages tell its language as well as all of them. */
const DETECT_FULL_MAX = 200_000;
/** The number and length of the evenly spaced samples of a longer text. */
const DETECT_SAMPLES = 8;
const DETECT_SAMPLE_LENGTH = 16_000;
/** URLs, e-mail addresses and @handles: no language of their own. */
const ADDRESS = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+/gi;

/** Counts of letters by script in a text. */
export interface ScriptCounts {
  arabic: number;
  latin: number;
  other: number;
}

/** Weighted counts of words by script in a text (acronyms and codes weigh little). */
export interface ScriptWeights {
  arabic: number;
  latin: number;
  other: number;
}

type LetterScript = 'arabic' | 'latin' | 'other' | null;

/** The script of one character, or null when it is not a letter (digits, marks, punctuation). */
function letterScript(char: string): LetterScript {
  const code = char.codePointAt(0) as number;
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'latin' : null;
  if (isArabicLetterCode(code)) return 'arabic';
  if (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x1d00 && code <= 0x1dbf) || // phonetic and modifier letters: the superscripts of 93ᵉ, Mᵐᵉ
    (code >= 0x2071 && code <= 0x209c) || // superscript and subscript letters (ⁿ)
    code === 0xaa || // ª
    code === 0xba // º
  ) {
    return 'latin';
  }
  return /\p{L}/u.test(char) ? 'other' : null;
}

/** Letters of the Arabic blocks (Arabic, Supplement, Extended-A, Presentation Forms). */
function isArabicLetterCode(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    code === 0x06d5 ||
    code === 0x06ee ||
    code === 0x06ef ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/** Counts the Arabic, Latin and other letters of a text. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { arabic: 0, latin: 0, other: 0 };
  for (const char of text) {
    const script = letterScript(char);
    if (script) counts[script]++;
  }
  return counts;
}

/** Classes of a character for scriptWeights: outside words, in a word without a script (digit, mark, joiner), or a letter of a script. */
const SEPARATOR = 1;
const WORD_NO_SCRIPT = 2;
const WORD_ARABIC = 3;
const WORD_LATIN = 4;
const WORD_OTHER = 5;
/** A character that belongs to a word: letters, marks, digits, joiners, tatweel, apostrophes and the hyphen. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\u200C\u200D\u0640'’-]$/u;
/** Class of each BMP character, filled on first sight (0: not yet seen): the Unicode property tests are the slow part. */
const BMP_CLASS = new Uint8Array(0x10000);

/** The class of one character (a code point as a string). */
function charClass(char: string): number {
  if (!WORD_CHAR.test(char)) return SEPARATOR;
  const script = letterScript(char);
  return script === 'arabic' ? WORD_ARABIC : script === 'latin' ? WORD_LATIN : script === 'other' ? WORD_OTHER : WORD_NO_SCRIPT;
}

/**
 * Weighted word counts by script. A word is a run of letters, digits and joiners; it
 * belongs to the script of most of its letters. A Latin word in capitals (DGSN) or with
 * digits (G20) weighs EMBEDDED_TOKEN_WEIGHT; URLs and e-mail addresses do not count.
 * One pass over the characters, each classed through a table.
 */
export function scriptWeights(text: string): ScriptWeights {
  const weights: ScriptWeights = { arabic: 0, latin: 0, other: 0 };
  const scanned = text.includes('@') || text.includes('://') || /www\./i.test(text) ? text.replace(ADDRESS, ' ') : text;
  let wordStart = 0;
  let arabic = 0;
  let latin = 0;
  let other = 0;
  const endWord = (end: number) => {
    const letters = arabic + latin + other;
    if (letters === 0) return;
    if (arabic * 2 > letters) weights.arabic += 1;
    else if (latin * 2 > letters) weights.latin += isEmbeddedToken(scanned.slice(wordStart, end), latin) ? EMBEDDED_TOKEN_WEIGHT : 1;
    else if (other * 2 > letters) weights.other += 1;
    else weights[arabic >= latin ? 'arabic' : 'latin'] += 1;
    arabic = latin = other = 0;
  };
  for (let i = 0; i < scanned.length; i++) {
    const code = scanned.charCodeAt(i);
    let cls: number;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < scanned.length) {
      const point = scanned.codePointAt(i) as number;
      width = point > 0xffff ? 2 : 1;
      cls = charClass(String.fromCodePoint(point));
    } else {
      cls = BMP_CLASS[code];
      if (cls === 0) cls = BMP_CLASS[code] = charClass(scanned[i]);
    }
    if (cls === SEPARATOR) {
      endWord(i);
      wordStart = i + width;
    } else if (cls === WORD_ARABIC) arabic++;
    else if (cls === WORD_LATIN) latin++;
    else if (cls === WORD_OTHER) other++;
    i += width - 1;
  }
  endWord(scanned.length);
  return weights;
}

/** A Latin acronym or code: all capitals (at most MAX_ACRONYM_LENGTH letters) or letters mixed with digits. */
function isEmbeddedToken(word: string, latinLetters: number): boolean {
  if (/\d/.test(word)) return true;
  return latinLetters > 1 && latinLetters <= MAX_ACRONYM_LENGTH && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * The script of a line: `arabic` or `latin` when that script holds at least 75% of the
 * weighted words, `mixed` when Arabic and Latin share them, `other` for other scripts,
 * `none` for a line without letters. A line of acronyms alone ("DGSN") is `latin`.
 */
export function lineScript(text: string): LineScript {
  const { arabic, latin, other } = scriptWeights(text);
  const total = arabic + latin + other;
  if (total === 0) return 'none';
  if (arabic >= total * DOMINANT_SHARE) return 'arabic';
  if (latin >= total * DOMINANT_SHARE) return 'latin';
  if (arabic + latin > other) return 'mixed';
  return 'other';
}

/** Evenly spaced stretches of a long text, from its start to its end, joined by line breaks. */
function samplesOf(text: string): string {
  const step = (text.length - DETECT_SAMPLE_LENGTH) / (DETECT_SAMPLES - 1);
  const samples: string[] = [];
  for (let k = 0; k < DETECT_SAMPLES; k++) {
    const start = Math.round(k * step);
    samples.push(text.slice(start, start + DETECT_SAMPLE_LENGTH));
  }
  return samples.join('\n');
}

/**
 * The language of a text for processing: `ar` when Arabic words outweigh Latin ones,
 * `fr` when Latin words do (Latin script is read as French), `other` when there are no
 * letters or another script dominates. Ties go to Arabic: a Latin name beside an
 * Arabic word is usually a gloss in an Arabic text. A long text is judged on samples spread
 * over it.
 */
export function detectLang(text: string): Lang {
  const { arabic, latin, other } = scriptWeights(text.length > DETECT_FULL_MAX ? samplesOf(text) : text);
  if (arabic === 0 && latin === 0) return 'other';
  if (other > arabic + latin) return 'other';
  return arabic >= latin ? 'ar' : 'fr';
}
