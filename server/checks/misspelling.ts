// Is a French name that the matcher judges different from its closest Arabic counterpart
// a misspelling of it (Hmouzi for حموشي), or a chance likeness between a capitalised
// common word or a translated name and some Arabic word (Mission and المسؤول)? Only the
// first is worth a reviewer's time: one main consonant written as another, in a name long
// enough, whose first letter and article are rendered. The habits of foreign names (a
// final s for ز, the German ch) are the matcher's less usual renderings, not substitutions.
import { alignName, arabicNameWords, AlignmentStep } from '../anchors/name-match';

/** Fewer Arabic letters than this and a likeness is too often chance (Alep حلب, Web على). */
const MIN_ARABIC_LETTERS = 4;
/** Arabic letters rendered right, at least (the name is recognisable). */
const MIN_MATCHED_LETTERS = 3;
const ARTICLE = 'ال';
/** The ending of a French plural. */
const FRENCH_PLURAL = 's';
const ARABIC_LETTER = /[\u0621-\u064A]/g;

const isRendered = (step: AlignmentStep): boolean => step.kind === 'match' || step.kind === 'rare';

/** One main consonant written as another in a name otherwise rendered: the pattern of a misspelling. */
export function looksMisspelled(arabic: string, latin: string): boolean {
  if ((arabic.match(ARABIC_LETTER) ?? []).length < MIN_ARABIC_LETTERS) return false;
  const { steps } = alignName(arabicNameWords(arabic).join(' '), latin);
  const majors = steps.filter((step) => step.severity === 'major');
  if (majors.length !== 1 || majors[0].kind !== 'substitute') return false;
  // A final s for the last Arabic letter is a French plural (îles Vierges, جزر فرجن), not a wrong consonant.
  if (majors[0] === steps[steps.length - 1] && majors[0].latin === FRENCH_PLURAL) return false;
  if (steps.some((step) => step.arabic === ARTICLE && !isRendered(step))) return false;
  const letters = steps.filter((step) => step.arabic !== undefined && step.arabic !== ARTICLE);
  if (letters.length === 0 || !isRendered(letters[0])) return false;
  return letters.filter(isRendered).length >= MIN_MATCHED_LETTERS;
}
