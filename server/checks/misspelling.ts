// Is a French name that the matcher judges different from its closest Arabic counterpart
// a misspelling of it (Hmouzi for حموشي), or a chance likeness between a capitalised
// common word or a translated name and some Arabic word (Mission and المسؤول)? Only the
// first is worth a reviewer's time: one main consonant written as another, in a name long
// enough, whose first letter and article are rendered.
import { alignName, arabicNameWords, AlignmentStep } from '../anchors/name-match';
import { TOLERATED_SUBSTITUTIONS } from './misspelling-data';

/** Fewer Arabic letters than this and a likeness is too often chance (Alep حلب, Web على). */
const MIN_ARABIC_LETTERS = 4;
/** Arabic letters rendered right, at least (the name is recognisable). */
const MIN_MATCHED_LETTERS = 3;
const ARTICLE = 'ال';
const ARABIC_LETTER = /[\u0621-\u064A]/g;

const isRendered = (step: AlignmentStep): boolean => step.kind === 'match' || step.kind === 'rare';

function tolerated(step: AlignmentStep): boolean {
  return step.arabic !== undefined && step.latin !== undefined && (TOLERATED_SUBSTITUTIONS[step.arabic] ?? []).includes(step.latin);
}

/** One main consonant written as another in a name otherwise rendered: the pattern of a misspelling. */
export function looksMisspelled(arabic: string, latin: string): boolean {
  if ((arabic.match(ARABIC_LETTER) ?? []).length < MIN_ARABIC_LETTERS) return false;
  const { steps } = alignName(arabicNameWords(arabic).join(' '), latin);
  const majors = steps.filter((step) => step.severity === 'major');
  if (majors.length !== 1 || majors[0].kind !== 'substitute' || tolerated(majors[0])) return false;
  if (steps.some((step) => step.arabic === ARTICLE && !isRendered(step))) return false;
  const letters = steps.filter((step) => step.arabic !== undefined && step.arabic !== ARTICLE);
  if (letters.length === 0 || !isRendered(letters[0])) return false;
  return letters.filter(isRendered).length >= MIN_MATCHED_LETTERS;
}
