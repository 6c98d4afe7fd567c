// Name candidates in French and Arabic text. Translated place and organisation names come
// first (places.ts, with an entity). French: runs of capitalised words joined by particles
// (Abdellatif Hammouchi, Ahmed Nasser Al-Raisi, Håkon Skulstad), without function words,
// titles, months and sentence-initial common words. Arabic: names after a title (السيد),
// from a name part (عبد، بن، أبو) or a common given name, with the family name that
// follows (أحمد ناصر الريسي), and the subject heading a headline before its verb (حموشي يجري). Given a Latin name of the aligned sentence,
// findArabicCounterpart finds the Arabic words that render it.
import { arabicKey, latinKey } from '../text/normalize';
import { Lang } from '../text/types';
import { ACCEPTABLE_COST, alignName, matchName, NameMatch } from './name-match';
import {
  ARABIC_COMPOUND_ENDS,
  ARABIC_FUNCTIONS,
  ARABIC_GIVEN_NAMES,
  ARABIC_GIVEN_NAMES_ALSO_WORDS,
  ARABIC_HEADLINE_VERBS,
  ARABIC_NAME_PARTS,
  ARABIC_NOT_NAMES,
  ARABIC_TITLES,
  FRENCH_COMMON_ENDINGS,
  FRENCH_NAME_PARTICLES,
  FRENCH_NOT_NAMES,
} from './names-data';
import { arabicCliticReadings, cliticLength, findPlaces, keyedWords, KeyedWord } from './places';
import { remembered } from './remembered';
import { consonantSkeleton } from './spellings';
import { NameAnchor } from './types';
import frenchWords from './french-common-words.json';

/** Most words in one Arabic person name found without a Latin counterpart. */
const MAX_ARABIC_NAME_WORDS = 4;
/** Most words in an Arabic window compared with a Latin name. */
const MAX_COUNTERPART_WORDS = 3;
/** Shortest French name word (single capitals such as "A" are not names). */
const MIN_FRENCH_NAME_LENGTH = 2;

const NOT_NAMES_FR = new Set(FRENCH_NOT_NAMES);
/** French words the development data writes in lower case: alone, capitalised, they are no names (Cela, Terre). */
const COMMON_WORDS_FR = new Set<string>(frenchWords.words);
/** Roman numerals and century ordinals (XIe, XIVe siècle, VI). */
const ROMAN = /^[IVXLC]+(?:e|er|eme|ème)?$/;
const PARTICLES_FR = new Set(FRENCH_NAME_PARTICLES);
/** Placeholder that carries ى through arabicKey (which folds it to ي): على is not علي. */
const ALEF_MAQSURA_MARK = '\uE000';

/** The Arabic key of a word for the name lists: arabicKey, but ى kept apart from ي. */
function nameKey(word: string): string {
  return arabicKey(word.replace(/\u0649/g, ALEF_MAQSURA_MARK)).split(ALEF_MAQSURA_MARK).join('\u0649');
}

const TITLES_AR = new Set(ARABIC_TITLES.map(nameKey));
const NAME_PARTS_AR = new Set(ARABIC_NAME_PARTS.map(nameKey));
const COMPOUND_ENDS_AR = new Set(ARABIC_COMPOUND_ENDS.map(nameKey));
const GIVEN_NAMES_AR = new Set(ARABIC_GIVEN_NAMES.map(nameKey));
const GIVEN_NAMES_ALSO_WORDS_AR = new Set(ARABIC_GIVEN_NAMES_ALSO_WORDS.map(nameKey));
const NOT_NAMES_AR = new Set(ARABIC_NOT_NAMES.map(nameKey));
const FUNCTIONS_AR = new Set(ARABIC_FUNCTIONS.map(nameKey));
/** Headline verbs, masculine (يجري) and feminine (تجري). */
const HEADLINE_VERBS_AR = new Set(ARABIC_HEADLINE_VERBS.flatMap((verb) => [nameKey(verb), nameKey(`ت${verb.slice(1)}`)]));
/** Most words in a headline's subject read as a name. */
const MAX_HEADLINE_SUBJECT_WORDS = 2;
/** Where a headline's subject may begin: the text's start, or after a headline separator (.. : – | «). */
const HEADLINE_START = /(?:^|\.\.+|[:|«"“]|\s[-–—]|\n)[ \u00A0\u200B\u200E\u200F\u061C\u2066-\u2069]*$/;
/** Shortest word taken for a name in a headline's subject (shorter ones are particles: لا، ما). */
const MIN_HEADLINE_NAME_LENGTH = 3;
/** A preposition or conjunction glued to the article (بال، لل، وال): never inside a name. */
const CLITIC_AND_ARTICLE = /^(?:وال|بال|كال|فال|لل|وبال|ولل)/;
/** A French word, hyphenated parts kept together (Al-Raisi). */
const FRENCH_WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;
/** A lower-case article or particle joined to a family name (el-Assad, al-Sissi, ben-Ali): part of the name before it. */
const ARTICLE_JOINED = /^(?:al|el|ul|ad|ar|as|at|az|ech|ed|er|es|et|ez|en|ben|bin|ibn|ould|abu|abou|bou)-\p{Lu}/u;
/** What may stand between two words of one name. */
const NAME_GAP = /^[ \u00A0]$/;
/** What may stand between two words of one Arabic name: spaces, and the direction marks and zero-width spaces of web text. */
const ARABIC_NAME_GAP = /^[ \u00A0\u200B\u200E\u200F\u061C\u2066-\u2069]+$/;

/** The name candidates of a text with their spans and matching keys, in text order. */
export function extractNames(text: string, lang: Lang): NameAnchor[] {
  if (lang === 'other') return [];
  const places = findPlaces(text, lang);
  const people = lang === 'fr' ? frenchNames(text) : arabicNames(text, places);
  const outside = people.filter((p) => !places.some((q) => p.start < q.end && q.start < p.end));
  return [...places, ...outside].sort((a, b) => a.start - b.start);
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const anchor = (text: string, start: number, end: number, lang: 'ar' | 'fr'): NameAnchor => {
  const span = text.slice(start, end);
  return { kind: 'name', text: span, start, end, value: lang === 'ar' ? arabicKey(span) : latinKey(span) };
};

function frenchNames(text: string): NameAnchor[] {
  const words: Word[] = [...text.matchAll(FRENCH_WORD)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const lowerWords = new Set(words.filter((w) => /^\p{Ll}/u.test(w.text)).map((w) => latinKey(w.text)));
  const isName = (i: number): boolean => {
    const word = words[i];
    if (!/^\p{Lu}/u.test(word.text) || word.text.length < MIN_FRENCH_NAME_LENGTH) return false;
    const key = latinKey(word.text);
    if (NOT_NAMES_FR.has(key) || NOT_NAMES_FR.has(key.split('-')[0])) return false;
    if (word.text === word.text.toUpperCase() || ROMAN.test(word.text)) return false; // an acronym (ONU, DGST; known ones are places) or a numeral
    // A capitalised word also written in lower case in the text is a common word (Lors, Politique).
    return !lowerWords.has(key);
  };
  const gap = (a: Word, b: Word): string => text.slice(a.end, b.start);
  const names: NameAnchor[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isName(i)) continue;
    // A common word opening a sentence (Cela, Selon) is not the first word of a name.
    if (isSentenceInitial(text, words[i].start) && COMMON_WORDS_FR.has(latinKey(words[i].text))) continue;
    let last = i;
    for (let j = i + 1; j < words.length; j++) {
      if (!NAME_GAP.test(gap(words[j - 1], words[j]))) break;
      if (isName(j) || ARTICLE_JOINED.test(words[j].text)) {
        last = j;
        continue;
      }
      const particle = PARTICLES_FR.has(latinKey(words[j].text)) && /^\p{Ll}/u.test(words[j].text);
      if (particle && j + 1 < words.length && isName(j + 1) && NAME_GAP.test(gap(words[j], words[j + 1]))) continue;
      break;
    }
    const key = latinKey(words[i].text);
    if (last === i && (COMMON_WORDS_FR.has(key) || (isSentenceInitial(text, words[i].start) && FRENCH_COMMON_ENDINGS.test(key)))) continue;
    names.push(anchor(text, words[i].start, words[last].end, 'fr'));
    i = last;
  }
  return names;
}

/** Lookback for the end of the previous sentence. */
const LOOKBACK = 12;

/** Whether a word starts a sentence, a title or a line. */
function isSentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LOOKBACK), start).replace(/[ \t\u00A0]+$/, '');
  return before === '' || /[.!?:;\n«"“]$/.test(before);
}

interface ArabicWord extends KeyedWord {
  /** The word's key without its clitics when a clitic reading is a known name word. */
  bare: string;
  /** Characters of clitics before the name in the original word. */
  skip: number;
}

/** What an Arabic word is for the name finder, whatever its place: its key, bare key and clitic length. */
type ArabicWordReading = Pick<ArabicWord, 'key' | 'bare' | 'skip'>;

function readArabicWord(text: string): ArabicWordReading {
  const key = nameKey(text);
  // Clitics before a name: و، ف، ب، ل (وفيصل، لمحمد); not ك, which begins too many words (كابو).
  const readings = key.startsWith('ك') ? [] : arabicCliticReadings(key);
  const known = readings.find((r) => r !== key && (GIVEN_NAMES_AR.has(r) || NAME_PARTS_AR.has(r)));
  if (!known || GIVEN_NAMES_AR.has(key) || NAME_PARTS_AR.has(key)) return { key, bare: key, skip: 0 };
  return { key, bare: known, skip: cliticLength({ text, start: 0, end: text.length, key }, known) };
}

/** Most words whose readings are remembered. */
const MAX_REMEMBERED_READINGS = 50_000;
const readingOf = remembered(readArabicWord, MAX_REMEMBERED_READINGS);

function arabicWords(text: string): ArabicWord[] {
  return keyedWords(text, 'ar').map((word) => {
    const reading = readingOf(word.text);
    return { text: word.text, start: word.start, end: word.end, key: reading.key, bare: reading.bare, skip: reading.skip };
  });
}

const isTitle = (w: ArabicWord): boolean => TITLES_AR.has(w.key) || TITLES_AR.has(w.bare);
const startsName = (w: ArabicWord): boolean => GIVEN_NAMES_AR.has(w.bare) || NAME_PARTS_AR.has(w.bare);
/** Tanwin marks an indefinite noun or an adverb (مؤخراً), never a name. */
const TANWIN = /[\u064B-\u064D]/;
const notName = (w: ArabicWord): boolean => NOT_NAMES_AR.has(w.key) || isTitle(w) || TANWIN.test(w.text);

/** How many words before an organisation a function (رئيس منظمة الإنتربول) may stand. */
const FUNCTION_REACH = 3;

/** The person names of an Arabic text, given its places (found by findPlaces). */
function arabicNames(text: string, places: readonly NameAnchor[]): NameAnchor[] {
  const words = arabicWords(text);
  const joined = (a: ArabicWord, b: ArabicWord): boolean => ARABIC_NAME_GAP.test(text.slice(a.end, b.start));
  // Words right after "function + organisation" (رئيس منظمة الإنتربول …, المدير العام للأمن الوطني …).
  const afterFunction = new Set<number>();
  for (const place of places) {
    if (!place.entity?.startsWith('org:')) continue;
    const next = words.findIndex((w) => w.start >= place.end);
    const first = words.findIndex((w) => w.end > place.start);
    if (next < 0 || first < 0 || !ARABIC_NAME_GAP.test(text.slice(place.end, words[next].start))) continue;
    const before = words.slice(Math.max(0, first - FUNCTION_REACH), first);
    if (before.some((w) => FUNCTIONS_AR.has(w.key) || FUNCTIONS_AR.has(w.key.replace(/^و/, '')))) afterFunction.add(next);
  }
  const names: NameAnchor[] = [];
  for (let i = 0; i < words.length; i++) {
    const afterTitle = i > 0 && isTitle(words[i - 1]) && joined(words[i - 1], words[i]);
    if (!(startsName(words[i]) || afterTitle || afterFunction.has(i)) || notName(words[i])) continue;
    // Without a title, a given name that is also a common word (حسن نية) or a name after an organisation needs a second name word.
    const needsTwoWords = !afterTitle && (GIVEN_NAMES_ALSO_WORDS_AR.has(words[i].bare) || !startsName(words[i]));
    let last = i;
    let count = 1;
    const extendable = (j: number): boolean => {
      const w = words[j];
      if (!joined(words[j - 1], w) || notName(w) || w.bare !== w.key) return false;
      const previous = words[j - 1];
      // The word after a name part belongs to it (عبد اللطيف، بن علي), whatever it is.
      if (NAME_PARTS_AR.has(previous.bare)) return true;
      if (COMPOUND_ENDS_AR.has(w.key)) return true;
      if (CLITIC_AND_ARTICLE.test(w.key)) return false;
      if (/^[وف]/.test(w.key) && !GIVEN_NAMES_AR.has(w.key)) return false; // a conjunction starts the next phrase
      // A word with the article is a family name only as a nisba (-ي) after two name words (أحمد ناصر الريسي).
      if (w.key.startsWith('ال')) return w.key.endsWith('ي') && count >= 2;
      return true;
    };
    while (last + 1 < words.length && count < MAX_ARABIC_NAME_WORDS && extendable(last + 1)) {
      last++;
      count++;
    }
    if (NAME_PARTS_AR.has(words[last].bare)) continue; // a name part alone (بن، أبو) is no name
    if (needsTwoWords && count < 2) continue;
    names.push(anchor(text, words[i].start + words[i].skip, words[last].end, 'ar'));
    i = last;
  }
  const subjects = headlineSubjects(text, words, joined).filter((s) => !names.some((n) => s.start < n.end && n.start < s.end));
  return [...names, ...subjects].sort((a, b) => a.start - b.start);
}

/**
 * Names that head a headline or one of its parts before a present-tense verb ("من مراكش..
 * حموشي يجري مباحثات"): one or two words without the article or a conjunction, none of
 * them a function word, title or common word.
 */
function headlineSubjects(text: string, words: readonly ArabicWord[], joined: (a: ArabicWord, b: ArabicWord) => boolean): NameAnchor[] {
  const subjects: NameAnchor[] = [];
  const plain = (w: ArabicWord): boolean =>
    w.key.length >= MIN_HEADLINE_NAME_LENGTH && !notName(w) && !w.key.startsWith('ال') && !/^[وف]/.test(w.key) && !FUNCTIONS_AR.has(w.key);
  for (let verb = 1; verb < words.length; verb++) {
    if (!HEADLINE_VERBS_AR.has(words[verb].key) || !joined(words[verb - 1], words[verb])) continue;
    for (let size = 1; size <= MAX_HEADLINE_SUBJECT_WORDS && verb - size >= 0; size++) {
      const first = verb - size;
      const run = words.slice(first, verb);
      if (!run.every(plain) || !run.slice(1).every((w, k) => joined(run[k], w))) break;
      if (HEADLINE_START.test(text.slice(0, words[first].start))) {
        subjects.push(anchor(text, words[first].start, words[verb - 1].end, 'ar'));
        break;
      }
    }
  }
  return subjects;
}

/** Where a Latin name is rendered in an Arabic text: the words, their span and the match. */
export interface ArabicCounterpart {
  start: number;
  end: number;
  text: string;
  match: NameMatch;
}

/** A hyphen between two words of a name, with what stands around it. */
const SPACED_HYPHEN = /^(.+)[-\u2013](.+)$/;

/** What may stand between two words of one Arabic window: what stands between name words, or a spaced hyphen (بان كي - مون for Ban Ki-moon). */
function isWindowGap(gap: string): boolean {
  if (ARABIC_NAME_GAP.test(gap)) return true;
  const sides = SPACED_HYPHEN.exec(gap);
  return sides !== null && ARABIC_NAME_GAP.test(sides[1]) && ARABIC_NAME_GAP.test(sides[2]);
}

const VERDICT_RANK = { same: 2, variant: 1, different: 0 } as const;

/** Options of findArabicCounterpart. */
export interface CounterpartOptions {
  /**
   * Also return the closest window the matcher judges different (a possible misspelling,
   * Hmouzi for حموشي) when no window is the same name or a variant.
   */
  includeDifferent?: boolean;
  /** Windows whose alignment costs more are not compared (default: what a variant may cost; one wrong main consonant costs 1). */
  maxCost?: number;
}

/**
 * The Arabic words (a window of one to three words, clitics such as و، ب، ل left out)
 * that best render a Latin name, or null when none is the same name or a variant (or,
 * with `includeDifferent`, when none aligns within `maxCost`). The same name ranks
 * before a variant, a variant before a different name, then the higher score.
 */
export function findArabicCounterpart(arabicText: string, latinName: string, options: CounterpartOptions = {}): ArabicCounterpart | null {
  const maxCost = options.maxCost ?? ACCEPTABLE_COST;
  const words = keyedWords(arabicText, 'ar');
  const latinWords = latinName.trim().split(/\s+/).length;
  const maxWords = Math.min(MAX_COUNTERPART_WORDS, latinWords + 1);
  const latinConsonants = consonantSkeleton(latinName).length;
  const latinLetters = (latinName.normalize('NFD').match(/\p{L}/gu) ?? []).length;
  let best: ArabicCounterpart | null = null;
  for (let i = 0; i < words.length; i++) {
    if (NOT_NAMES_AR.has(nameKey(words[i].text))) continue;
    for (const reading of arabicCliticReadings(words[i].key)) {
      const skip = cliticLength(words[i], reading);
      for (let size = 1; size <= maxWords && i + size <= words.length; size++) {
        const last = words[i + size - 1];
        if (size > 1 && !isWindowGap(arabicText.slice(words[i + size - 2].end, last.start))) break;
        const start = words[i].start + skip;
        const text = arabicText.slice(start, last.end);
        if (!plausibleConsonants(text, latinConsonants) && !(options.includeDifferent && plausibleLetters(text, latinLetters))) continue;
        if (alignName(text, latinName, maxCost).cost > maxCost) continue;
        const match = matchName(text, latinName);
        if (match.verdict === 'different' && !options.includeDifferent) continue;
        if (!best || VERDICT_RANK[match.verdict] > VERDICT_RANK[best.match.verdict] || (match.verdict === best.match.verdict && match.score > best.match.score)) {
          best = { start, end: last.end, text, match };
        }
      }
    }
  }
  return best;
}

/** Arabic consonants that a Latin spelling must write (not ا و ي ع ء ة ى). */
const ARABIC_CONSONANT = /[بتثجحخدذرزسشصضطظغفقكلمنهپچژگڤڭ]/g;
/** A window whose consonants outnumber the Latin ones (or the reverse) by more than this is another name. */
const MAX_CONSONANT_GAP = 1;

/** Latin letters per Arabic letter a rendering stays within (Latin writes the short vowels Arabic leaves out). */
const MIN_LATIN_PER_ARABIC = 0.8;
const MAX_LATIN_PER_ARABIC = 2.6;

/**
 * Whether a Latin name has about as many letters as a rendering of the Arabic window would:
 * the looser test of a possible misspelling, whose consonants may be written doubled or
 * merged (Ttatelolco for تلاتيلولكو).
 */
function plausibleLetters(arabic: string, latinLetters: number): boolean {
  const arabicLetters = (arabic.match(/[\u0621-\u064A]/g) ?? []).length;
  return latinLetters >= MIN_LATIN_PER_ARABIC * arabicLetters && latinLetters <= MAX_LATIN_PER_ARABIC * arabicLetters;
}

/** Whether the Arabic window has about as many consonants as the Latin name (a cheap test before the alignment). */
function plausibleConsonants(arabic: string, latinConsonants: number): boolean {
  const words = arabicKey(arabic).split(/\s+/);
  // The article's ل is often not written (Raisi for الريسي): count it as optional.
  const articles = words.filter((w) => w.startsWith('ال') && w.length > 3).length;
  const consonants = (arabicKey(arabic).match(ARABIC_CONSONANT) ?? []).length;
  return consonants - articles - MAX_CONSONANT_GAP <= latinConsonants && latinConsonants <= consonants + MAX_CONSONANT_GAP;
}
