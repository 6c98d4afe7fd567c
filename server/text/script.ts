// Script and language of a line: Arabic, Latin (French), mixed or other, decided by
// counting letters, so that an Arabic line with "2025" or "DGSN" in it stays Arabic.
import { Lang } from './types';

/** The script make-up of a line. */
export type LineScript = 'arabic' | 'latin' | 'mixed' | 'none' | 'other';

/** Letters of the Arabic blocks (Arabic, Supplement, Extended-A, Presentation Forms). */
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** Latin letters, with accents and ligatures. */
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0153\u0152]/u;
/** Any letter of any script. */
const ANY_LETTER = /\p{L}/u;
/** Share of letters a script must reach for a line to count as that script alone. */
const DOMINANT_SHARE = 0.8;

/** Counts of letters by script in a text. */
export interface ScriptCounts {
  arabic: number;
  latin: number;
  other: number;
}

/** Counts the Arabic, Latin and other letters of a text. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { arabic: 0, latin: 0, other: 0 };
  for (const char of text) {
    if (ARABIC_LETTER.test(char)) counts.arabic++;
    else if (LATIN_LETTER.test(char)) counts.latin++;
    else if (ANY_LETTER.test(char)) counts.other++;
  }
  return counts;
}

/**
 * The script of a line: `arabic` or `latin` when that script holds at least 80% of the
 * letters, `mixed` when Arabic and Latin share them, `other` for other scripts, `none`
 * for a line without letters.
 */
export function lineScript(text: string): LineScript {
  const { arabic, latin, other } = countScripts(text);
  const total = arabic + latin + other;
  if (total === 0) return 'none';
  if (arabic / total >= DOMINANT_SHARE) return 'arabic';
  if (latin / total >= DOMINANT_SHARE) return 'latin';
  if (arabic + latin > other) return 'mixed';
  return 'other';
}

/**
 * The language of a text for processing: `ar` when Arabic letters outnumber Latin ones,
 * `fr` when Latin letters do, `other` otherwise (no letters, or another script).
 */
export function detectLang(text: string): Lang {
  const { arabic, latin, other } = countScripts(text);
  if (arabic === 0 && latin === 0) return 'other';
  if (other > arabic + latin) return 'other';
  return arabic >= latin ? 'ar' : 'fr';
}
