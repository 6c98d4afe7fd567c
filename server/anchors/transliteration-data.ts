// The classes of acceptable Latin renderings of each Arabic letter, French conventions
// for Maghrebi names (ش ch, ج dj, و ou, غ rh, ة a/et) side by side with English ones
// (sh, j, w, th), as the name matcher compares letter by letter. Latin strings here are
// already folded the way the matcher folds Latin (lower case, no accents). The rare
// renderings include the habits of names of foreign origin: a final s for ز (Simpsons
// سيمبسونز), c for ج (Recep رجب), h and the German ch for خ (Xinhua شينخوا, Achim أخيم), ch
// for ك (Bachmann باكمان), g for the Slavic h written ه (Lougansk لوهانسك), s and c for ش
// (Aerosmith إيروشميث before a consonant only, Rogač روغاتش, Versace فرساتشي), t and d for each other in exonyms (Achgabat
// عشق أباد, Mahomet محمد), ng for the ن of Chinese names (Beijing بيجين).

/** What it costs to leave an Arabic letter out of the Latin spelling. */
export type DropCost = 'free' | 'minor' | 'major';

/** The renderings of one Arabic letter. */
export interface LetterClass {
  /** Usual renderings: using any of them costs nothing. */
  usual: readonly string[];
  /** Accepted but less usual renderings: a variant, not an error. */
  rare?: readonly string[];
  /** Less usual renderings accepted only before a Latin consonant (Aerosmith's s for ش: إيروشميث). */
  rareBeforeConsonant?: readonly string[];
  /** Cost of not writing the letter at all. */
  drop: DropCost;
  /** Long vowels and weak letters: a vowel difference, never a wrong consonant. */
  vowel?: boolean;
}

const VOWELS_A = ['a', 'e', 'aa', 'ae'];
const VOWELS_I = ['i', 'y', 'e', 'ee', 'ei', 'ai', 'ie', 'iy', 'ey', 'ay'];
const VOWELS_U = ['ou', 'o', 'u', 'oo', 'w', 'ow', 'uo'];

/** Letter classes keyed by the Arabic letter (after the matcher's folding of rare forms). */
export const LETTER_CLASSES: Readonly<Record<string, LetterClass>> = {
  'ا': { usual: [...VOWELS_A], rare: ['o', 'i', 'u', 'ou'], drop: 'minor', vowel: true },
  // A word-initial bare alef carries a hamza that is not written: any vowel, or none.
  'ٱ': { usual: ['a', 'e', 'i', 'o', 'u', 'ou'], drop: 'free', vowel: true },
  'أ': { usual: [...VOWELS_A, 'o', 'ou', 'u', 'i'], drop: 'free', vowel: true },
  'إ': { usual: ['i', 'e', 'a'], drop: 'free', vowel: true },
  'آ': { usual: ['a', 'aa', 'ae', 'e'], drop: 'free', vowel: true },
  'ء': { usual: ['a', 'e', 'i', 'o', 'u'], drop: 'free', vowel: true },
  'ؤ': { usual: [...VOWELS_U], drop: 'free', vowel: true },
  'ئ': { usual: ['i', 'y', 'e', 'ei', 'ai'], drop: 'free', vowel: true },
  'ب': { usual: ['b', 'p'], drop: 'major' },
  'ت': { usual: ['t'], rare: ['th', 'd', 'c'], drop: 'major' },
  'ث': { usual: ['t', 'th', 's'], drop: 'major' },
  'ج': { usual: ['j', 'dj', 'g', 'gu', 'ge', 'dg'], rare: ['y', 'dge', 'zh', 'c'], drop: 'major' },
  'ح': { usual: ['h'], rare: ['kh'], drop: 'major' },
  'خ': { usual: ['kh'], rare: ['k', 'x', 'h', 'ch'], drop: 'major' },
  'د': { usual: ['d'], rare: ['dh', 't'], drop: 'major' },
  'ذ': { usual: ['d', 'dh', 'th', 'z'], rare: ['t', 'tt'], drop: 'major' },
  'ر': { usual: ['r'], drop: 'major' },
  'ز': { usual: ['z'], rare: ['dz', 's', 'ss'], drop: 'major' },
  'س': { usual: ['s', 'c', 'ç'], rare: ['z'], drop: 'major' },
  'ش': { usual: ['ch', 'sh', 'sch'], rare: ['sc', 'x', 'c'], rareBeforeConsonant: ['s'], drop: 'major' },
  'ص': { usual: ['s', 'c', 'ç'], drop: 'major' },
  'ض': { usual: ['d', 'dh'], rare: ['z', 'th'], drop: 'major' },
  'ط': { usual: ['t'], rare: ['th'], drop: 'major' },
  'ظ': { usual: ['z', 'd', 'dh', 'th'], drop: 'major' },
  'ع': { usual: ['a', 'e', 'i', 'o', 'u', 'aa', 'ai', 'ou'], drop: 'free', vowel: true },
  'غ': { usual: ['gh', 'g', 'rh'], rare: ['kh'], drop: 'major' },
  'ف': { usual: ['f', 'ph', 'v'], drop: 'major' },
  'ق': { usual: ['k', 'q', 'g', 'c', 'ck', 'qu', 'gu'], rare: ['kh'], drop: 'major' },
  'ك': { usual: ['k', 'c', 'ck', 'q', 'qu', 'kk'], rare: ['g', 'cq', 'cqu', 'ch'], drop: 'major' },
  'ل': { usual: ['l'], drop: 'major' },
  'م': { usual: ['m'], drop: 'major' },
  'ن': { usual: ['n'], rare: ['ng'], drop: 'major' },
  'ه': { usual: ['h'], rare: ['g'], drop: 'minor' },
  'و': { usual: [...VOWELS_U, 'v'], drop: 'minor', vowel: true },
  'ي': { usual: [...VOWELS_I], drop: 'minor', vowel: true },
  'ى': { usual: ['a', 'i', 'y', 'e', 'ah'], drop: 'free', vowel: true },
  'ة': { usual: ['a', 'e', 'at', 'et', 't', 'ah', 'eh', 'it'], drop: 'free', vowel: true },
  'پ': { usual: ['p', 'b'], drop: 'major' },
  'چ': { usual: ['ch', 'tch', 'tsch', 'j'], drop: 'major' },
  'ژ': { usual: ['j', 'zh', 'g'], drop: 'major' },
  'گ': { usual: ['g', 'gu', 'k'], drop: 'major' },
  'ڤ': { usual: ['v', 'f'], drop: 'major' },
  'ڭ': { usual: ['g', 'gu', 'ng'], drop: 'major' },
};

/** Letters the article ال assimilates to (sun letters): Abderrahmane, Nasreddine. */
export const SUN_LETTERS = new Set('تثدذرزسشصضطظلن'.split(''));

/** Latin renderings of the article ال (besides the assimilated ones and dropping it). */
export const ARTICLE_RENDERINGS: readonly string[] = ['al', 'el', 'ul', 'il', 'ol', 'oul', 'l', 'a', 'e'];

/** Vowels a Latin spelling may insert where Arabic writes no short vowel. */
export const LATIN_VOWELS = new Set('aeiou'.split(''));

/** Latin letters that are often silent or glide-like when inserted: a variant at worst (h only after a final vowel). */
export const LATIN_WEAK_LETTERS = new Set('hyw'.split(''));

/** Latin consonant digraphs read as one letter when a whole letter is written wrong. */
export const LATIN_DIGRAPHS: readonly string[] = ['ch', 'sh', 'kh', 'gh', 'th', 'dh', 'dj', 'ph', 'rh', 'ou', 'qu', 'ck'];

/**
 * Given names that are easily confused with one another (one word or a compound): a Latin
 * spelling that renders another member of the group better is a different name, not a variant.
 */
export const CONFUSABLE_GIVEN_NAMES: readonly (readonly string[])[] = [
  ['محمد', 'محمود', 'أحمد', 'حامد', 'حمد', 'امحمد'],
  ['حسن', 'حسين', 'حسان'],
  ['سعد', 'سعيد', 'سعدي'],
  ['عمر', 'عمار', 'عامر'],
  ['كريم', 'كريمة'],
  ['علي', 'عالي', 'عليا', 'علية'],
  ['جمال', 'جميل', 'جميلة'],
  ['سليم', 'سليمان', 'سالم'],
  ['رشيد', 'رشيدة', 'راشد'],
  ['نبيل', 'نبيلة'],
  ['خالد', 'خليل'],
  ['فريد', 'فريدة'],
  ['عبد الله', 'عبد الإله', 'عبد العالي'],
];
