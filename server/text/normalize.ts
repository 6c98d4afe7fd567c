// Matching keys for French and Arabic text. The original text is always kept for
// display; these functions derive the forms that comparisons run on.

/** Arabic short vowels, tanwin, shadda, sukun, dagger alef and Quranic marks. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
/** Tatweel (kashida), a purely typographic stretch. */
const TATWEEL = /\u0640/g;
/** Invisible formatting: LRM, RLM, ALM, ZWSP, ZWNJ, ZWJ, LRE…RLO, LRI…PDI, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Alef with hamza above/below, madda, wasla: all folded to bare alef for keys. */
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
/** Latin combining marks left after NFD (accents). */
const LATIN_ACCENTS = /[\u0300-\u036F]/g;

/** Any character of the Arabic block (letters, marks, tatweel, digits). */
const ARABIC_BLOCK = /[\u0600-\u06FF]/;
const ASCII_ONLY = /^[\u0000-\u007F]*$/;
/** Characters some step of `arabicKey` changes (after NFC): without any, the key is the text itself. */
const ARABIC_FOLDED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u0622\u0623\u0625\u0671\u0649\u0629\u06A9\u06CC\u0660-\u0669\u06F0-\u06F9\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
/** Text `latinKey` leaves as it is: ASCII without capitals or backquote, and Arabic base letters (a key `arabicKey` made). */
const LATIN_KEY_UNCHANGED = /^[\u0000-\u0040\u005B-\u005F\u0061-\u007F\u0621-\u063A\u0641-\u064A]*$/;

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Replaces Arabic-Indic (٠-٩) and Persian (۰-۹) digits by ASCII digits, one for one (length kept). */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String.fromCharCode(0x30 + code - zero);
  });
}

/** Removes invisible direction and joining marks (RLM, LRM, ZWJ, ZWNJ, BOM, …). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * The Arabic matching key of a text: NFC, invisible marks, tatweel and harakat removed,
 * alef forms folded to ا, ى to ي, ة to ه, Persian/Urdu letters folded (ک ی), digits to ASCII.
 */
export function arabicKey(text: string): string {
  const composed = text.normalize('NFC');
  // Every folding below but the invisible marks' concerns the Arabic block.
  if (!ARABIC_BLOCK.test(composed)) return stripInvisible(composed);
  // Most words need none of the foldings: one test instead of nine passes over the text.
  if (!ARABIC_FOLDED.test(composed)) return composed;
  return foldDigits(
    stripInvisible(composed)
      .replace(TATWEEL, '')
      .replace(ARABIC_MARKS, '')
      .replace(ALEF_FORMS, '\u0627')
      .replace(/\u0649/g, '\u064A')
      .replace(/\u0629/g, '\u0647')
      .replace(/\u06A9/g, '\u0643')
      .replace(/\u06CC/g, '\u064A'),
  );
}

/**
 * The Latin matching key of a text: NFC, invisible marks removed, lower case, accents
 * removed (é → e, ç → c), ligatures opened (œ → oe, æ → ae), typographic apostrophes made
 * ASCII, digits folded.
 */
export function latinKey(text: string): string {
  if (LATIN_KEY_UNCHANGED.test(text)) return text;
  // ASCII text: only the case and the backquote change.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(/`/g, "'");
  return foldDigits(stripInvisible(text))
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(LATIN_ACCENTS, '')
    .replace(/[\u2018\u2019\u02BC\u2032`´]/g, "'")
    .normalize('NFC');
}

/** The matching key of any text: Arabic and Latin folding applied together (mixed lines). */
export function matchKey(text: string): string {
  return latinKey(arabicKey(text));
}
