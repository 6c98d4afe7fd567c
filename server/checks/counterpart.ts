// The Arabic words a French name comes closest to in the aligned Arabic sentence when no
// words render it (findArabicCounterpart finds none): what a misspelling looks like,
// Hmouzi for حموشي (ش written as z). The windows and clitic readings are those of
// findArabicCounterpart, which keeps only the same name or a variant.
import { alignName, matchName, NameMatch } from '../anchors/name-match';
import { arabicCliticReadings, cliticLength, keyedWords } from '../anchors/places';
import { SideSpan } from './types';

/** Most Arabic words compared with a one-word Latin name; one more for each further Latin word, up to the last. */
const MAX_WINDOW_WORDS = 3;
/** Arabic letters fewer than this are not compared for a misspelling (short words match too much by chance). */
const MIN_ARABIC_LETTERS = 3;
/** Latin letters per Arabic letter a rendering stays within (Latin writes the short vowels Arabic leaves out). */
const MIN_LATIN_PER_ARABIC = 0.8;
const MAX_LATIN_PER_ARABIC = 2.6;

/** Where a French name is in the Arabic and how the matcher judges the rendering. */
export interface Counterpart extends SideSpan {
  match: NameMatch;
}

const ARABIC_LETTER = /[\u0621-\u064A]/g;

function letters(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/**
 * The best-scoring Arabic window (one to three words) for a Latin name among those whose
 * alignment costs at most `maxCost`, whatever the verdict; undefined when there is none.
 */
export function closestArabicWindow(arabicText: string, latinName: string, maxCost: number): Counterpart | undefined {
  const words = keyedWords(arabicText, 'ar');
  const latinLetters = letters(latinName.normalize('NFD'), /\p{L}/gu);
  const maxWords = Math.min(MAX_WINDOW_WORDS, latinName.trim().split(/\s+/).length + 1);
  let best: Counterpart | undefined;
  for (let i = 0; i < words.length; i++) {
    for (const reading of arabicCliticReadings(words[i].key)) {
      const start = words[i].start + cliticLength(words[i], reading);
      for (let size = 1; size <= maxWords && i + size <= words.length; size++) {
        const last = words[i + size - 1];
        if (size > 1 && !/^[ \u00A0]+$/.test(arabicText.slice(words[i + size - 2].end, last.start))) break;
        const text = arabicText.slice(start, last.end);
        const arabicLetters = letters(text, ARABIC_LETTER);
        if (arabicLetters < MIN_ARABIC_LETTERS) continue;
        if (latinLetters < MIN_LATIN_PER_ARABIC * arabicLetters || latinLetters > MAX_LATIN_PER_ARABIC * arabicLetters) continue;
        if (alignName(text, latinName, maxCost).cost > maxCost) continue;
        const match = matchName(text, latinName);
        if (!best || match.score > best.match.score) best = { start, end: last.end, text, match };
      }
    }
  }
  return best;
}
