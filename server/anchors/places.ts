// Translated names of countries, cities and organisations: ألمانيا is Allemagne, الأمم المتحدة
// is the ONU. The countries come from the locale data (Intl.DisplayNames over the ISO 3166
// codes, in Arabic and French) at module load, the cities and organisations from a small
// hand-made list; each name found gets an entity key (`country:DE`, `org:un`) that both
// languages share. Arabic names are found behind clitics (بمراكش، والمغرب، للأمم المتحدة).
// Node 20's ICU writes ألمانيا، المغرب، الدانمرك، هنغاريا، بيلاروس; the aliases add the forms
// the press also uses (الدنمارك، المجر، بيلاروسيا، المملكة المغربية, République tchèque).
// Arabic says "French" where French names the country (الرئاسة الفرنسية, la présidence de la
// France): the adjectives of countries (الفرنسية، المغربي، الأمريكية) carry the country's entity.
import { arabicKey, latinKey } from '../text/normalize';
import { Lang } from '../text/types';
import { COUNTRY_ADJECTIVE_STEMS, COUNTRY_ALIASES, NON_COUNTRY_CODES, PLACES, PlaceEntry } from './places-data';
import { remembered } from './remembered';
import { NameAnchor } from './types';

/** Arabic country names that are also common words (مالي "financial", بنين "sons", عمان Amman/Oman): not looked for. */
const AMBIGUOUS_ARABIC = new Set(['مالي', 'بنين', 'عمان'].map(arabicKey));
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** A word of either script: letters and the marks on them. */
const WORD = /[\p{L}\p{M}]+/gu;

/** A word of a text with its span and matching key. */
export interface KeyedWord {
  text: string;
  start: number;
  end: number;
  key: string;
}

const startsUpper = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Most words whose keys are remembered per language. */
const MAX_REMEMBERED_KEYS = 50_000;
const wordKey = { ar: remembered(arabicKey, MAX_REMEMBERED_KEYS), fr: remembered(latinKey, MAX_REMEMBERED_KEYS) };

/** The words of a text with their spans and keys (Arabic or Latin folding by language). */
export function keyedWords(text: string, lang: Lang): KeyedWord[] {
  const fold = wordKey[lang === 'ar' ? 'ar' : 'fr'];
  const words: KeyedWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ text: m[0], start: m.index, end: m.index + m[0].length, key: fold(m[0]) });
  return words;
}

/** The readings of an Arabic word behind its clitics: وبمراكش → بمراكش, مراكش; للأمم → الأمم. */
export function arabicCliticReadings(key: string): string[] {
  const readings = new Set<string>([key]);
  const afterConjunction = /^[وف]/.test(key) && key.length > 3 ? [key, key.slice(1)] : [key];
  for (const word of afterConjunction) {
    readings.add(word);
    if (word.startsWith('لل') && word.length > 4) readings.add(`ال${word.slice(2)}`);
    if (/^[بلك]/.test(word) && word.length > 3) readings.add(word.slice(1));
  }
  return [...readings];
}

/** Fewest letters of an adjective stem made by rule (shorter ones are common words). */
const MIN_ADJECTIVE_STEM = 4;

/**
 * The adjective stem of a one-word Arabic country name: the article and a final يا or ا
 * dropped, ي added (فرنسا → فرنسي، المغرب → مغربي، ألمانيا → ألماني، اليمن → يمني);
 * undefined for names of several words or already adjectives (السعودية، سورية).
 */
export function arabicAdjectiveStem(name: string): string | undefined {
  if (/\s/.test(name.trim()) || /(?:ي|ية|ى)$/.test(name)) return undefined;
  const base = name.trim().replace(/^ال/, '').replace(/(?:يا|ا|ة)$/, '');
  return base.length + 1 >= MIN_ADJECTIVE_STEM ? `${base}ي` : undefined;
}

/** The forms of an adjective stem: masculine and feminine, with and without the article. */
function adjectiveForms(stem: string): string[] {
  const definite = [`ال${stem}`, `ال${stem}ة`];
  for (const form of definite) DEFINITE_ADJECTIVES.add(arabicKey(form));
  return [stem, `${stem}ة`, ...definite];
}

/** Keys of the country adjectives with the article (المصري): a country only after a definite word. */
const DEFINITE_ADJECTIVES = new Set<string>();
/** A definite Arabic word, behind a clitic (الجيش، والحكومة، للشرطة). */
const DEFINITE_WORD = /^(?:[وف]?(?:[بلك]?ال|لل))/;

/** The French and Arabic names of every entity, countries from the locale data included. */
function buildEntries(): PlaceEntry[] {
  const arabic = new Intl.DisplayNames(['ar'], { type: 'region' });
  const french = new Intl.DisplayNames(['fr'], { type: 'region' });
  const entries: PlaceEntry[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      if (NON_COUNTRY_CODES.has(code)) continue;
      const ar = arabic.of(code);
      const fr = french.of(code);
      if (!ar || !fr || ar === code || fr === code) continue;
      const plain = (name: string): string => name.replace(/\s*\(.*\)\s*/, '').trim();
      const alias = COUNTRY_ALIASES[code] ?? {};
      const names = [plain(ar), ...(alias.ar ?? [])];
      const stems = [...names.map(arabicAdjectiveStem), ...(COUNTRY_ADJECTIVE_STEMS[code] ?? [])].filter((x): x is string => x !== undefined);
      const adjectives = stems.filter((stem) => !AMBIGUOUS_ARABIC.has(arabicKey(stem))).flatMap(adjectiveForms);
      entries.push({ entity: `country:${code}`, fr: [plain(fr), ...(alias.fr ?? [])], ar: [...names, ...adjectives] });
    }
  }
  return [...entries, ...PLACES];
}

interface Phrase {
  keys: string[];
  entity: string;
  /** French: which words the name capitalises (La Réunion is no "la réunion"). */
  capitals: boolean[];
}

/** Phrases by their first word's key, longest first, for each language. */
function buildIndex(entries: readonly PlaceEntry[]): Record<'ar' | 'fr', Map<string, Phrase[]>> {
  const index = { ar: new Map<string, Phrase[]>(), fr: new Map<string, Phrase[]>() };
  for (const entry of entries) {
    for (const lang of ['ar', 'fr'] as const) {
      for (const name of entry[lang]) {
        const words = keyedWords(name, lang);
        const keys = words.map((w) => w.key);
        const capitals = words.map((w) => lang === 'fr' && startsUpper(w.text));
        if (keys.length === 0 || (lang === 'ar' && keys.length === 1 && AMBIGUOUS_ARABIC.has(keys[0]))) continue;
        const list = index[lang].get(keys[0]) ?? [];
        if (!list.some((p) => p.keys.join(' ') === keys.join(' '))) list.push({ keys, entity: entry.entity, capitals });
        index[lang].set(keys[0], list);
      }
    }
  }
  for (const map of Object.values(index)) for (const list of map.values()) list.sort((x, y) => y.keys.length - x.keys.length);
  return index;
}

let placeIndex: Record<'ar' | 'fr', Map<string, Phrase[]>> | undefined;

/** The index of every translated name the tool knows, built on first use (the locale data takes a while to read). */
function index(): Record<'ar' | 'fr', Map<string, Phrase[]>> {
  placeIndex ??= buildIndex(buildEntries());
  return placeIndex;
}

/** The place or organisation names of a text, longest match first, each with its entity. */
export function findPlaces(text: string, lang: Lang): NameAnchor[] {
  if (lang === 'other') return [];
  const phrases = index()[lang];
  const words = keyedWords(text, lang);
  const found: NameAnchor[] = [];
  for (let i = 0; i < words.length; ) {
    const match = phraseAt(words, i, lang, phrases);
    if (!match) {
      i++;
      continue;
    }
    const start = words[i].start + match.skip;
    const end = words[i + match.length - 1].end;
    const span = text.slice(start, end);
    // An adjective with the article qualifies a definite word (الشرطة المصرية); after a name it is a family name (أحمد المصري).
    if (lang === 'ar' && match.length === 1 && DEFINITE_ADJECTIVES.has(arabicKey(span)) && !(i > 0 && DEFINITE_WORD.test(words[i - 1].key))) {
      i++;
      continue;
    }
    found.push({ kind: 'name', text: span, start, end, value: lang === 'ar' ? arabicKey(span) : latinKey(span), entity: match.entity });
    i += match.length;
  }
  return found;
}

/** The longest known phrase starting at word i: its length in words, entity, and clitic characters skipped. */
function phraseAt(words: KeyedWord[], i: number, lang: 'ar' | 'fr', phrases: Map<string, Phrase[]>): { length: number; entity: string; skip: number } | null {
  const first = words[i];
  if (lang === 'fr' && !startsUpper(first.text)) return null;
  const readings = lang === 'ar' ? arabicCliticReadings(first.key) : [first.key];
  let best: { length: number; entity: string; skip: number } | null = null;
  for (const reading of readings) {
    for (const phrase of phrases.get(reading) ?? []) {
      if (best && phrase.keys.length <= best.length) break;
      const fits = phrase.keys.every((key, k) => k === 0 || (words[i + k]?.key === key && (!phrase.capitals[k] || startsUpper(words[i + k].text))));
      if (fits) best = { length: phrase.keys.length, entity: phrase.entity, skip: cliticLength(first, reading) };
    }
  }
  return best;
}

/** How many characters of the original word are clitics before the reading (بمراكش read as مراكش: one; للأمم keeps its لل). */
export function cliticLength(word: KeyedWord, reading: string): number {
  const dropped = word.key.length - reading.length;
  if (dropped <= 0) return 0;
  // Clitics are single letters without marks: count letters of the original.
  let letters = 0;
  let offset = 0;
  for (const char of word.text) {
    if (letters === dropped) break;
    if (/\p{L}/u.test(char)) letters++;
    offset += char.length;
  }
  return offset;
}

/** The entity of a name standing alone (Maroc → country:MA, بألمانيا → country:DE), if known. */
export function placeEntity(name: string, lang: Lang): string | undefined {
  const found = findPlaces(name.trim(), lang);
  const words = keyedWords(name, lang);
  return found.length === 1 && found[0].end === words[words.length - 1]?.end ? found[0].entity : undefined;
}
