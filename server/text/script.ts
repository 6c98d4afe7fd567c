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

/**
 * Weighted word counts by script. A word is a run of letters, digits and joiners; it
 * belongs to the script of most of its letters. A Latin word in capitals (DGSN) or with
 * digits (G20) weighs EMBEDDED_TOKEN_WEIGHT; URLs and e-mail addresses do not count.
 */
export function scriptWeights(text: string): ScriptWeights {
  const weights: ScriptWeights = { arabic: 0, latin: 0, other: 0 };
  const words = text.replace(ADDRESS, ' ').split(/[^\p{L}\p{M}\p{N}\u200C\u200D\u0640'’-]+/u);
  for (const word of words) {
    const counts = countScripts(word);
    const letters = counts.arabic + counts.latin + counts.other;
    if (letters === 0) continue;
    if (counts.arabic * 2 > letters) weights.arabic += 1;
    else if (counts.latin * 2 > letters) weights.latin += isEmbeddedToken(word, counts.latin) ? EMBEDDED_TOKEN_WEIGHT : 1;
    else if (counts.other * 2 > letters) weights.other += 1;
    else weights[counts.arabic >= counts.latin ? 'arabic' : 'latin'] += 1;
  }
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

/**
 * The language of a text for processing: `ar` when Arabic words outweigh Latin ones,
 * `fr` when Latin words do (Latin script is read as French), `other` when there are no
 * letters or another script dominates. Ties go to Arabic: a Latin name beside an
 * Arabic word is usually a gloss in an Arabic text.
 */
export function detectLang(text: string): Lang {
  const { arabic, latin, other } = scriptWeights(text);
  if (arabic === 0 && latin === 0) return 'other';
  if (other > arabic + latin) return 'other';
  return arabic >= latin ? 'ar' : 'fr';
}
