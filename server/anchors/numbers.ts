// Numbers in French and Arabic text: digits of any script with the separators of either
// language, number words (quarante-trois, ثلاث وأربعين), ordinals (93e, الـ93, الثالثة والتسعين),
// percentages, amounts with their unit, list numbers at the start of a line (7 -, III.,
// ثالثاً -), decades (الثمانينيات, les années 80: 1980), approximate counts (une trentaine: 30).
// Times of day ("à 11 heures", "الساعة 10:00", الساعة العاشرة) and document symbols
// (A/69/767) are not numbers; durations ("jusqu'à 18 heures", "18 ساعة") are.
// Works on a folded view of the text (folded.ts) and maps every span back to the original.
import { Lang } from '../text/types';
import { FoldedText, foldText, originalSpan } from './folded';
import {
  ARABIC_BIG, ARABIC_CLITICS, ARABIC_DIGIT_PREFIXES, ROMAN_VALUES, ARABIC_HUNDREDS, ARABIC_ORDINAL_ONE, ARABIC_ORDINALS, ARABIC_PLURAL_MULTIPLIER,
  ARABIC_TEEN_ONE, ARABIC_TEN, ARABIC_TENS, ARABIC_UNITS, FRENCH_ADDITIVE, FRENCH_HUNDRED,
  FRENCH_MULTIPLIER, FRENCH_ORDINAL_SPECIAL, ORDINAL_NOUNS, UNIT_WORDS, MONTH_HEADS, ARABIC_NOT_DEFINITE_UNITS,
  ARABIC_LETTER_NOUNS, FRENCH_FRACTIONS, NEW_MARKERS, ARABIC_ADVERBIAL_ORDINALS, ARABIC_BARE_ORDINALS, BARE_ORDINAL_NOT_BEFORE,
  FRENCH_APPROXIMATE, ARABIC_DECADE, DEFAULT_DECADE_CENTURY, ARABIC_DECADE_CENTURIES, ARABIC_DECADE_OF_AGE,
} from './number-words';
import { NumberAnchor } from './types';

/**
 * Digits with French separators (used for every language but Arabic): 1 500 (space, no-break,
 * narrow no-break, thin or figure space), 1.500 (exactly 3 digits), 3,5 decimal. Other dotted
 * numbers are section numbers, two numbers each ("art. 2.1", written "2-1" in Arabic), unless a
 * letter follows (802.11n).
 */
const FRENCH_DIGITS = /(?<![0-9a-z])(\d{1,3}(?:[ \u00A0\u2007\u2009\u202F]\d{3})+(?![0-9])|\d{1,3}(?:\.\d{3})+(?![0-9]|\.\d)|\d+)(?:,(\d+)(?![0-9])|\.(\d+)(?=[a-z]))?/g;
/**
 * Digits with Arabic separators: ٬ or , thousands (exactly 3 digits), ٫ . or , decimal. Groups
 * separated by spaces are written least significant first in Arabic UN text ("000 100" is
 * 100 000, "600 10" is 10 600) unless only the usual order makes sense ("15 000"); group 1
 * holds them (see spaceGroups).
 */
const ARABIC_DIGITS = /(?<![0-9a-z])(?:(\d{3}(?:[ \u00A0\u2007\u2009\u202F]\d{3})*[ \u00A0\u2007\u2009\u202F][1-9]\d{0,2}(?![0-9])|\d{1,3}(?:[ \u00A0\u2007\u2009\u202F]\d{3})+(?![0-9]))|(\d{1,3}(?:[,\u066C]\d{3})+(?![0-9]|[,\u066C]\d)|\d+)(?:[.,\u066B](\d+)(?![0-9]|\.\d))?)/g;

/** Document symbols (A/69/767, S/2015/10, E/CN.4/2005/L.10), matched on the original text. */
const DOCUMENT_SYMBOL = /(?<![A-Za-z0-9])[A-Z][A-Za-z]*(?:\.\d+)?(?:\/[A-Za-z0-9.\-]*[A-Za-z0-9])+/g;
/** Web addresses. */
const URL = /(?:https?:\/\/|www\.)\S+/g;
/** Times of day in the folded text of either language. */
const TIMES =
  /(?<![0-9])\d{1,2}\s?h\s?\d{1,2}(?![0-9])|(?<![0-9])\d{1,2}\s?h(?![a-z0-9])|(?<![0-9])\d{1,2}:\d{2}(?::\d{2})?(?![0-9])|(?<![a-z'\u2019])(?:a|vers|de|et|entre|des)\s+\d{1,2}\s+heures?(?:\s+\d{2})?|الساعه\s+\d{1,2}(?:[.:/]\d{1,2})?(?![0-9])/g;

/** Ordinal suffixes after digits: 93e, 93eme, 93ᵉ, 1er, 1re, 2nd. */
const FRENCH_ORDINAL_SUFFIX = /^(?:ieme|iemes|eme|emes|ere|er|re|e|es|nd|nde|d|\u1D49\u02B3?|\u1D49\u02E2?)(?![a-z])/;
/** Multipliers after digits. */
const FRENCH_DIGIT_MULTIPLIER = /^\s+(millions?|milliards?)(?![a-z])/;
const ARABIC_DIGIT_MULTIPLIER = /^\s+(?:[وبل])?(مليون|ملايين|مليار|مليارات|بليون|بلايين|الف|الاف)(?![\u0621-\u064A])/;
/** Percent markers after a number. */
const FRENCH_PERCENT = /^\s?(?:%|pour\s+cent(?![a-z])|pour\s+100(?![0-9])|p\.\s?100(?![0-9]))/;
const ARABIC_PERCENT = /^\s?(?:%|\u066A|في\s+الم(?:ا)?[ئي]ه(?![\u0621-\u064A])|بالم(?:ا)?[ئي]ه(?![\u0621-\u064A]))/;
/** Units after a number (longest first), optionally after "de"/"d'" in French or "من" in Arabic. */
const UNIT_AFTER = new RegExp(
  `^\\s?(?:(?:de|d')\\s*|من\\s+)?(${Object.keys(UNIT_WORDS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![a-z\\u0621-\\u064A0-9])`,
);
/** Currency signs before a number: $100, € 5, US$ 3. */
const UNIT_BEFORE = /(?:us\$|\$|€|£)\s?$/;
/** List markers after a number at the start of a line: "7 -", "11.", "10-", "3)", '4` (UN Arabic). */
const LIST_MARKER = /^\s?(?:-|–|\.|\)|`|')(?=\s|$)/;
/** A list marker after a number word at the start of a line: "ألف -" (the Arabic letter list A, B …). */
const WORD_LIST_MARKER = /^\s?[-–](?=\s)/;
/** Arabic letters glued before digits. */
const GLUED_ARABIC = /([\u0621-\u064A]+)$/;
/**
 * Roman numerals in upper case: with an ordinal suffix (XXIe, XXIᵉ, IIIe) or alone from II on
 * (annexe II, Chapitre VI, Mohammed VI); I alone is not reported, like "premier" and الأول.
 */
const ROMAN = /(?<![A-Za-z0-9\u00C0-\u024F])([IVXLC]+)(e|ème|eme|er|\u1D49\u02B3?)?(?![A-Za-z0-9\u00C0-\u024F\u1D49]|['\u2019][A-Za-z])/g;
/** Tokens for number words: runs of Latin or Arabic letters. */
const WORD = /[a-z]+|[\u0621-\u064A]+/g;
/** What may separate two words of one French number: spaces or a hyphen. */
const FRENCH_JOIN = /^(?:[\s\u00A0\u202F]+|-)$/;
const SPACES = /^[\s\u00A0\u202F]+$/;
/** "After the hundred(s)" after an Arabic ordinal: الحادية والثلاثون بعد المائة (131st). */
const AFTER_HUNDREDS = /^\s+بعد\s+ال(مائه|مئه|مائتين|مئتين)(?![\u0621-\u064A])/;
/** The Arabic word for the hour before a time of day (الساعة العاشرة), with its prepositions. */
const HOUR_WORD = /^(?:[وف])?(?:بال|لل|ال)ساعه$/;
/** French prepositions before a time of day (à dix heures, vers onze heures), as in TIMES. */
const TIME_PREPOSITIONS = new Set(['a', 'vers', 'de', 'et', 'entre', 'des']);
/** The hour after a French number: a time of day after one of TIME_PREPOSITIONS. */
const HOURS_AFTER = /^\s+heures?(?![a-z])/;
/** Characters looked back for "années" before a decade. */
const DECADE_LOOKBACK = 20;
/** "années" before a decade in digits (les années 80, les années 60 et 70: the 1960s and 1970s). */
const DECADE_BEFORE = /annees\s+(?:\d{2,4}\s*(?:et|a|ou|-|,)\s*)?$/;
/** An Arabic superlative (أفعل: أكبر, أهم, أطول) after which a bare ordinal counts: ثالث أكبر مدينة. */
const SUPERLATIVE = /^ا[\u0621-\u064A]{2}[\u0621-\u0648\u064A]$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** A number found in the folded text, before mapping back (offsets into the folded text, no text yet). */
type Found = Omit<NumberAnchor, 'kind' | 'text'>;

/** The numbers of a text with their spans and values, in text order. */
export function extractNumbers(text: string, lang: Lang): NumberAnchor[] {
  const folded = foldText(text);
  const s = folded.text;
  const blocked = blockedSpans(folded);
  const found: Found[] = [];
  const isBlocked = (a: number, b: number): boolean => blocked.some(([x, y]) => a < y && b > x);
  findDigits(s, lang === 'ar', found, isBlocked);
  const tokens = tokenize(s);
  findFrenchWords(s, tokens, found);
  findArabicWords(s, tokens, found);
  findRoman(folded, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: NumberAnchor[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    result.push(toAnchor(folded, f));
  }
  return result;
}

function toAnchor(folded: FoldedText, f: Found): NumberAnchor {
  const span = originalSpan(folded, f.start, f.end);
  const anchor: NumberAnchor = { kind: 'number', text: span.text, start: span.start, end: span.end, value: f.value };
  if (f.ordinal) anchor.ordinal = true;
  if (f.percent) anchor.percent = true;
  if (f.unit) anchor.unit = f.unit;
  if (f.listNumber) anchor.listNumber = true;
  if (f.words) anchor.words = true;
  return anchor;
}

/** Spans of the folded text that hold digits but no number: symbols, addresses, times. */
function blockedSpans(folded: FoldedText): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const s = folded.text;
  if (!/[0-9]/.test(s)) return spans;
  // Symbols and addresses are matched on the original (case matters); map to folded offsets.
  const toFolded = (offset: number): number => lowerBound(folded.origin, offset);
  for (const re of [DOCUMENT_SYMBOL, URL]) {
    re.lastIndex = 0;
    for (let m = re.exec(folded.original); m; m = re.exec(folded.original)) {
      if (/[0-9]/.test(m[0])) spans.push([toFolded(m.index), toFolded(m.index + m[0].length)]);
    }
  }
  TIMES.lastIndex = 0;
  for (let m = TIMES.exec(s); m; m = TIMES.exec(s)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The digit groups of an Arabic number written with spaces, most significant first: reversed
 * when every group but the last has 3 digits and the last does not start with 0 (UN Arabic
 * "000 100"), in order when every group but the first has 3 digits ("15 000"); otherwise
 * only the first group is a number.
 */
function spaceGroups(written: string): string[] {
  const groups = written.split(/[ \u00A0\u2007\u2009\u202F]/);
  const last = groups[groups.length - 1];
  if (groups.slice(0, -1).every((g) => g.length === 3) && last[0] !== '0') return groups.reverse();
  if (groups.slice(1).every((g) => g.length === 3) && groups[0][0] !== '0') return groups;
  return [groups[0]];
}

function parseDigits(integer: string, fraction: string | undefined): number {
  const whole = integer.replace(/[^0-9]/g, '');
  return Number(fraction === undefined ? whole : `${whole}.${fraction}`);
}

function findDigits(s: string, arabic: boolean, found: Found[], isBlocked: (a: number, b: number) => boolean): void {
  const re = arabic ? ARABIC_DIGITS : FRENCH_DIGITS;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index;
    let end = start + m[0].length;
    let value: number;
    if (arabic && m[1] !== undefined) {
      const groups = spaceGroups(m[1]);
      if (groups.length === 1) {
        end = start + groups[0].length;
        re.lastIndex = end;
      }
      value = Number(groups.join(''));
    } else value = arabic ? parseDigits(m[2], m[3]) : parseDigits(m[1], m[2] ?? m[3]);
    if (isBlocked(start, end)) continue;
    const numberEnd = end;
    const number: Found = { start, end, value };
    let rest = s.slice(end, end + 40);
    const suffix = arabic ? null : FRENCH_ORDINAL_SUFFIX.exec(rest);
    if (suffix) {
      number.ordinal = true;
      end += suffix[0].length;
      rest = rest.slice(suffix[0].length);
    }
    const multiplier = (arabic ? ARABIC_DIGIT_MULTIPLIER : FRENCH_DIGIT_MULTIPLIER).exec(rest);
    if (multiplier && !number.ordinal) {
      const word = multiplier[1];
      number.value *= arabic ? (ARABIC_BIG[word] ?? ARABIC_PLURAL_MULTIPLIER[word]) : FRENCH_MULTIPLIER[word];
      number.value = Math.round(number.value * 1000) / 1000;
      end += multiplier[0].length;
      rest = rest.slice(multiplier[0].length);
    }
    end = markSuffixes(number, end, rest, arabic);
    const before = s.slice(Math.max(0, start - 12), start);
    const glued = GLUED_ARABIC.exec(before);
    if (glued && !ARABIC_DIGIT_PREFIXES.has(glued[1])) continue;
    if (glued && glued[1].endsWith('ال')) number.ordinal = true;
    if (ORDINAL_NOUNS.has(withoutClitic(lastWord(before)))) number.ordinal = true;
    // les années 80: the 1980s, as الثمانينيات.
    if (!arabic && DECADE_BEFORE.test(s.slice(Math.max(0, start - DECADE_LOOKBACK), start)) && number.value < 100 && number.value % 10 === 0 && end === numberEnd) number.value += DEFAULT_DECADE_CENTURY;
    const currency = UNIT_BEFORE.exec(before);
    if (currency && !number.unit) number.unit = UNIT_WORDS[currency[0].trim()];
    const decimal = arabic ? m[3] : m[2] ?? m[3];
    if (decimal === undefined && !number.ordinal && isLineStart(s, start) && LIST_MARKER.test(s.slice(numberEnd, numberEnd + 3))) {
      number.listNumber = true;
    }
    number.end = end;
    found.push(number);
  }
}

/** Percent and unit after a number: marks them and returns the new end. */
function markSuffixes(number: Found, end: number, rest: string, arabic: boolean): number {
  const percent = (arabic ? ARABIC_PERCENT : FRENCH_PERCENT).exec(rest) ?? (arabic ? FRENCH_PERCENT : ARABIC_PERCENT).exec(rest);
  if (percent) {
    number.percent = true;
    return end + percent[0].length;
  }
  const unit = UNIT_AFTER.exec(rest);
  if (unit) {
    number.unit = UNIT_WORDS[unit[1]];
    return end + unit[0].length;
  }
  return end;
}

/** Whether only spaces (and an opening quote or parenthesis) stand between a line start and `at`. */
function isLineStart(s: string, at: number): boolean {
  let i = at - 1;
  if (i >= 0 && (s[i] === "'" || s[i] === '(')) i--;
  for (; i >= 0; i--) {
    const c = s[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u00A0') return false;
  }
  return true;
}

/** A definite word without a leading و (والدورة → الدورة). */
function withoutClitic(word: string): string {
  return word.startsWith('وال') ? word.slice(1) : word;
}

function lastWord(before: string): string {
  const m = /([a-z\u0621-\u064A]+)\s*$/.exec(before);
  return m ? m[1] : '';
}

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** The value of a well-formed Roman numeral (up to 399), or undefined. */
function romanValue(letters: string): number | undefined {
  let value = 0;
  for (let i = 0; i < letters.length; i++) {
    const v = ROMAN_VALUES[letters[i]];
    const next = ROMAN_VALUES[letters[i + 1]] ?? 0;
    value += v < next ? -v : v;
  }
  return toRoman(value) === letters ? value : undefined;
}

function toRoman(value: number): string {
  const table: Array<[number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, letters] of table) {
    while (value >= v) {
      out += letters;
      value -= v;
    }
  }
  return out;
}

function findRoman(folded: FoldedText, found: Found[]): void {
  const original = folded.original;
  if (!/[IVXLC]/.test(original)) return;
  ROMAN.lastIndex = 0;
  for (let m = ROMAN.exec(original); m; m = ROMAN.exec(original)) {
    const value = romanValue(m[1]);
    // L and C are mostly letters, unless alone in parentheses: a UN session, "résolution 1894 (LVII)" for (د-57).
    const parenthesised = original[m.index - 1] === '(' && original[m.index + m[0].length] === ')';
    if (value === undefined || (!parenthesised && (/^[LC]$/.test(m[1]) || (!m[2] && /[LC]/.test(m[1]))))) continue;
    const start = lowerBound(folded.origin, m.index);
    const end = lowerBound(folded.origin, m.index + m[0].length);
    if (value < 2 && !m[2]) continue;
    const number: Found = { start, end, value, ordinal: true };
    if (!m[2] && isLineStart(folded.text, start) && LIST_MARKER.test(folded.text.slice(end, end + 3))) number.listNumber = true;
    found.push(number);
  }
}

// ---------------------------------------------------------------- French words

/** The cardinal word behind a French ordinal in -ième (quarante-troisième → trois of the last part). */
function frenchOrdinalBase(word: string): string | undefined {
  if (!word.endsWith('ieme') && !word.endsWith('iemes')) return undefined;
  const m = /^(.+?)iemes?$/.exec(word);
  if (!m) return undefined;
  const stem = m[1];
  const base = FRENCH_ORDINAL_SPECIAL[stem] ?? stem;
  return base in FRENCH_ADDITIVE || FRENCH_HUNDRED.has(base) || base in FRENCH_MULTIPLIER ? base : undefined;
}

/** Every French cardinal word, for a quick first test of each word. */
const FRENCH_CARDINALS = new Set([...Object.keys(FRENCH_ADDITIVE), ...FRENCH_HUNDRED, ...Object.keys(FRENCH_MULTIPLIER)]);

function isFrenchNumberWord(word: string): boolean {
  return FRENCH_CARDINALS.has(word) || frenchOrdinalBase(word) !== undefined;
}

/** State of a number being read word by word. */
interface Reading {
  total: number;
  current: number;
  /** Smallest multiplier used so far (mille = 1000 …), Infinity when none. */
  lastMultiplier: number;
}

/** Adds one French cardinal word to a reading; false when it cannot continue the number. */
function addFrenchWord(r: Reading, word: string, previous: string | undefined): boolean {
  const low = r.current % 100;
  if (word in FRENCH_ADDITIVE) {
    const v = FRENCH_ADDITIVE[word];
    if (v < 10) {
      if (r.current % 10 !== 0 || (previous !== undefined && previous in FRENCH_ADDITIVE && FRENCH_ADDITIVE[previous] < 10)) return false;
      if (low === 10 && previous !== 'dix') return false;
      r.current += v;
    } else if (v < 20) {
      if (low !== 0 && low !== 60 && low !== 80) return false;
      r.current += v;
    } else if (v === 20 && low === 4 && previous === 'quatre') {
      r.current += 76;
    } else {
      if (low !== 0) return false;
      r.current += v;
    }
    return true;
  }
  if (FRENCH_HUNDRED.has(word)) {
    if (r.current === 0) r.current = 100;
    else if (r.current < 10) r.current *= 100;
    else return false;
    return true;
  }
  if (word in FRENCH_MULTIPLIER) {
    const v = FRENCH_MULTIPLIER[word];
    if (v >= r.lastMultiplier) return false;
    r.total += (r.current || 1) * v;
    r.current = 0;
    r.lastMultiplier = v;
    return true;
  }
  return false;
}

function findFrenchWords(s: string, tokens: Token[], found: Found[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const approximate = FRENCH_APPROXIMATE[tokens[i].word];
    if (approximate !== undefined && tokens[i - 1]?.word === 'une') {
      // une trentaine (de femelles): about thirty, as نحو ثلاثين or ثلاثين.
      found.push({ start: tokens[i].start, end: tokens[i].end, value: approximate, words: true });
      continue;
    }
    if (tokens[i].word.charCodeAt(0) > 0x7a || !isFrenchNumberWord(tokens[i].word)) continue;
    const r: Reading = { total: 0, current: 0, lastMultiplier: Infinity };
    let j = i;
    let last = i - 1;
    let previous: string | undefined;
    let ordinal = false;
    const parts: string[] = [];
    while (j < tokens.length) {
      if (j > i && !FRENCH_JOIN.test(s.slice(tokens[j - 1].end, tokens[j].start))) break;
      let word = tokens[j].word;
      let step = 1;
      if (word === 'et' && j > i && j + 1 < tokens.length && FRENCH_JOIN.test(s.slice(tokens[j].end, tokens[j + 1].start))) {
        const next = tokens[j + 1].word;
        const nextBase = frenchOrdinalBase(next) ?? next;
        if (!['un', 'une', 'onze'].includes(nextBase) || r.current % 10 !== 0 || r.current % 100 < 20) break;
        word = next;
        step = 2;
      }
      const base = frenchOrdinalBase(word);
      if (base !== undefined && (base !== 'un' || previous !== undefined)) {
        if (!addFrenchWord(r, base, previous)) break;
        ordinal = true;
        parts.push(base);
        last = j + step - 1;
        break;
      }
      if (word === 'un' || word === 'une') {
        // "un" counts inside a number (vingt et un) or before a multiplier (un million).
        const next = tokens[j + 1]?.word;
        const numericContext = step === 2 || (next !== undefined && next in FRENCH_MULTIPLIER && next !== 'millions' && next !== 'milliards');
        if (!numericContext) break;
      }
      if (!addFrenchWord(r, word, previous)) break;
      parts.push(word);
      previous = word;
      last = j + step - 1;
      j += step;
    }
    if (last < i) continue;
    if (parts.length === 1 && (parts[0] === 'millions' || parts[0] === 'milliards')) continue;
    if (FRENCH_FRACTIONS.has(tokens[last + 1]?.word ?? '')) continue;
    if (parts.length === 1 && parts[0] === 'neuf' && !ordinal && (NEW_MARKERS.has(tokens[i - 1]?.word ?? '') || !/^\s+[a-z]/.test(s.slice(tokens[i].end, tokens[i].end + 2)))) continue;
    const timeOfDay = !ordinal && TIME_PREPOSITIONS.has(tokens[i - 1]?.word ?? '') && s[tokens[i - 1].start - 1] !== "'" && HOURS_AFTER.test(s.slice(tokens[last].end, tokens[last].end + 10));
    if (timeOfDay) {
      // à dix heures: a time of day in words, like "à 10 heures" (a duration, "pendant dix heures", stays a number).
      i = last;
      continue;
    }
    const number: Found = { start: tokens[i].start, end: tokens[last].end, value: r.total + r.current, words: true };
    if (ordinal) number.ordinal = true;
    const rest = s.slice(number.end, number.end + 40);
    number.end = markSuffixes(number, number.end, rest, false);
    found.push(number);
    i = last;
  }
}

// ---------------------------------------------------------------- Arabic words

type ArabicKind = 'unit' | 'teenOne' | 'ten' | 'tens' | 'hundreds' | 'big' | 'plural' | 'ordinal' | 'ordinalOne' | 'ordinalTens';

interface ArabicWord {
  kind: ArabicKind;
  value: number;
  /** Written with the conjunction و (وأربعين). */
  conj: boolean;
}

/** Every bare Arabic number word (without clitic) with its kind and value, built once. */
const ARABIC_LEXICON: ReadonlyMap<string, { kind: ArabicKind; value: number }> = (() => {
  const lexicon = new Map<string, { kind: ArabicKind; value: number }>();
  const add = (table: Readonly<Record<string, number>>, kind: ArabicKind, prefix = ''): void => {
    for (const [word, value] of Object.entries(table)) if (!lexicon.has(prefix + word)) lexicon.set(prefix + word, { kind, value });
  };
  add(ARABIC_UNITS, 'unit');
  add(ARABIC_TEEN_ONE, 'teenOne');
  for (const word of ARABIC_TEN) lexicon.set(word, { kind: 'ten', value: 10 });
  add(ARABIC_TENS, 'tens');
  add(ARABIC_HUNDREDS, 'hundreds');
  add(ARABIC_BIG, 'big');
  add(ARABIC_PLURAL_MULTIPLIER, 'plural');
  add(ARABIC_ORDINALS, 'ordinal', 'ال');
  add(ARABIC_ORDINAL_ONE, 'ordinalOne', 'ال');
  add(ARABIC_TENS, 'ordinalTens', 'ال');
  const definiteUnits = Object.fromEntries(Object.entries(ARABIC_UNITS).filter(([w]) => !ARABIC_NOT_DEFINITE_UNITS.has(w)));
  add(definiteUnits, 'unit', 'ال');
  for (const word of ARABIC_TEN) lexicon.set(`ال${word}`, { kind: 'ten', value: 10 });
  return lexicon;
})();

function classifyBare(word: string): { kind: ArabicKind; value: number } | undefined {
  return ARABIC_LEXICON.get(word);
}

/** An Arabic number word, possibly with one clitic (و ب ل ك ف) in front. */
function classifyArabic(word: string): ArabicWord | undefined {
  const bare = classifyBare(word);
  if (bare) return { ...bare, conj: false };
  if (word.length >= 4 && ARABIC_CLITICS.includes(word[0])) {
    const inner = classifyBare(word.slice(1));
    if (inner) return { ...inner, conj: word[0] === 'و' };
    // و and a preposition: ولخمسة, وبثلاثة.
    if (word.length >= 5 && word[0] === 'و' && ARABIC_CLITICS.includes(word[1])) {
      const innermost = classifyBare(word.slice(2));
      if (innermost) return { ...innermost, conj: false };
    }
  }
  return undefined;
}

function findArabicWords(s: string, tokens: Token[], found: Found[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].word.charCodeAt(0) < 0x600) continue;
    const word = tokens[i].word;
    const next = tokens[i + 1]?.word ?? '';
    const single = (value: number): Found => ({ start: tokens[i].start, end: tokens[i].end, value, ordinal: true, words: true });
    const adverbial = ARABIC_ADVERBIAL_ORDINALS[word];
    if (adverbial !== undefined) {
      // ثالثاً - at the start of a line numbers a part, like "III." in French.
      if (isLineStart(s, tokens[i].start) && WORD_LIST_MARKER.test(s.slice(tokens[i].end, tokens[i].end + 3))) found.push({ ...single(adverbial), listNumber: true });
      continue;
    }
    const decade = ARABIC_DECADE.exec(word);
    if (decade) {
      // الثمانينيات (من القرن الماضي): the 1980s, as "les années 1980" or "les années 80".
      const rest = s.slice(tokens[i].end, tokens[i].end + 40);
      const century = ARABIC_DECADE_OF_AGE.test(rest) ? 0 : ARABIC_DECADE_CENTURIES.find(([pattern]) => pattern.test(rest))?.[1] ?? DEFAULT_DECADE_CENTURY;
      found.push({ start: tokens[i].start, end: tokens[i].end, value: century + ARABIC_TENS[decade[1]], words: true });
      continue;
    }
    const superlative = ARABIC_ORDINALS[word] ?? (word[0] === 'و' ? ARABIC_ORDINALS[word.slice(1)] : undefined);
    if (superlative !== undefined && superlative > 1 && SUPERLATIVE.test(next)) {
      // ثاني أكبر ميناء, سابع أكبر جزيرة: "the 2nd largest", "la 7e plus grande".
      found.push(single(superlative));
      continue;
    }
    const bare = ARABIC_BARE_ORDINALS[word] ?? (word[0] === 'و' ? ARABIC_BARE_ORDINALS[word.slice(1)] : undefined);
    if (bare !== undefined && /^[\u0621-\u064A]/.test(next) && !next.startsWith('ال') && !classifyArabic(next) && !BARE_ORDINAL_NOT_BEFORE.has(next) && SPACES.test(s.slice(tokens[i].end, tokens[i + 1].start))) {
      // عاشر عاصفة: "the 10th storm", an ordinal before an indefinite noun.
      found.push(single(bare));
      continue;
    }
    const head = classifyArabic(tokens[i].word);
    if (!head) continue;
    // الساعة العاشرة: a time of day in words, like الساعة 10:00.
    if ((head.kind === 'ordinal' || head.kind === 'ordinalOne' || head.kind === 'ten') && HOUR_WORD.test(tokens[i - 1]?.word ?? '')) {
      const run = readArabic(s, tokens, i, true);
      if (run) i = run.last;
      continue;
    }
    if (tokens[i].word === 'الف' && (ARABIC_LETTER_NOUNS.has(withoutClitic(tokens[i - 1]?.word ?? '')) || (s[tokens[i].start - 1] === '(' && s[tokens[i].end] === ')'))) continue;
    if (head.kind === 'ordinal' || head.kind === 'ordinalOne') {
      if (MONTH_HEADS.has(tokens[i - 1]?.word ?? '')) continue;
    }
    const run = readArabic(s, tokens, i);
    if (!run) continue;
    // A lone "and sixty" after a word that is no number is a name: جوسلينغ وستون (Gosling and Stone).
    if (run.last === i && head.kind === 'tens' && head.conj && !classifyArabic(tokens[i - 1]?.word ?? '')) continue;
    const number: Found = { start: tokens[i].start, end: tokens[run.last].end, value: run.value, words: true };
    if (run.ordinal) number.ordinal = true;
    let rest = s.slice(number.end, number.end + 40);
    const hundreds = AFTER_HUNDREDS.exec(rest);
    if (hundreds && run.ordinal && run.value < 100) {
      // الحادية والثلاثون بعد المائة: the 131st.
      number.value += ARABIC_HUNDREDS[hundreds[1]];
      number.end += hundreds[0].length;
      rest = rest.slice(hundreds[0].length);
      while (tokens[run.last + 1] && tokens[run.last + 1].start < number.end) run.last++;
    }
    if (isLineStart(s, number.start) && WORD_LIST_MARKER.test(rest)) number.listNumber = true;
    else number.end = markSuffixes(number, number.end, rest, true);
    found.push(number);
    i = run.last;
  }
}

/**
 * The value of a folded Arabic phrase that is one number in words and nothing else
 * (الحادي عشر → 11, الأول → 1, ثلاث وأربعين → 43); dates use it for days written as ordinals.
 */
export function arabicWordsValue(phrase: string): number | undefined {
  const tokens = tokenize(phrase);
  if (tokens.length === 0) return undefined;
  const run = readArabic(phrase, tokens, 0, true);
  return run && run.last === tokens.length - 1 ? run.value : undefined;
}

/** Reads an Arabic number from token i; undefined when the words there are no number on their own. */
function readArabic(s: string, tokens: Token[], i: number, allowFirst = false): { value: number; last: number; ordinal: boolean } | undefined {
  let total = 0;
  let current = 0;
  let ordinal = false;
  let last = i - 1;
  let previous: ArabicWord | undefined;
  let pendingConj = false;
  let meaningful = 0;
  for (let j = i; j < tokens.length; j++) {
    if (j > i && !SPACES.test(s.slice(tokens[j - 1].end, tokens[j].start))) break;
    if (tokens[j].word === 'و' && j > i) {
      if (pendingConj) break;
      pendingConj = true;
      continue;
    }
    let w = classifyArabic(tokens[j].word);
    if (!w) break;
    // وأحد folds to واحد: inside a number and before عشر it is "and one" of a teen (مائة وأحد عشر).
    if (previous !== undefined && tokens[j].word === 'واحد' && classifyArabic(tokens[j + 1]?.word ?? '')?.kind === 'ten') {
      w = { kind: 'teenOne', value: 1, conj: true };
    }
    const conj = w.conj || pendingConj;
    pendingConj = false;
    const low = current % 100;
    let ok = true;
    switch (w.kind) {
      case 'unit':
        if (previous === undefined) current = w.value;
        else if (!ordinal && conj && low === 0 && current + total > 0) current += w.value;
        else ok = false;
        break;
      case 'teenOne':
        // أحد عشر, and after hundreds: مائة وأحد عشر.
        ok = classifyArabic(tokens[j + 1]?.word ?? '')?.kind === 'ten' && (previous === undefined || (!ordinal && conj && low === 0 && current + total > 0));
        if (ok) current += 1;
        break;
      case 'ten':
        if (previous && !conj && ['unit', 'teenOne', 'ordinal', 'ordinalOne'].includes(previous.kind) && low < 10) current += 10;
        else if (previous === undefined) current = 10;
        else if (!ordinal && conj && low === 0 && current + total > 0) current += 10;
        else ok = false;
        break;
      case 'tens':
        if (previous === undefined) current = w.value;
        else if (!ordinal && conj && (low === 0 || (low < 10 && previous.kind === 'unit'))) current += w.value;
        else ok = false;
        break;
      case 'hundreds':
        if (previous === undefined) current = w.value;
        else if (!ordinal && !conj && w.value === 100 && previous.kind === 'unit' && current < 10 && total === 0) current *= 100;
        else if (!ordinal && conj && current === 0 && total > 0) current = w.value;
        else ok = false;
        break;
      case 'big':
        if (previous === undefined) total = w.value;
        else if (!ordinal && !conj && current > 0 && (w.value === 1e3 || w.value === 1e6 || w.value === 1e9)) {
          total += current * w.value;
          current = 0;
        } else if (!ordinal && conj && current === 0) total += w.value;
        else ok = false;
        break;
      case 'plural':
        ok = !ordinal && previous !== undefined && !conj && current > 0;
        if (ok) {
          total += current * w.value;
          current = 0;
        }
        break;
      case 'ordinal':
      case 'ordinalOne':
        ok = previous === undefined;
        if (ok) {
          ordinal = true;
          current = w.value;
        }
        break;
      case 'ordinalTens':
        if (previous === undefined) {
          ordinal = true;
          current = w.value;
        } else if (conj && ordinal && low < 20) current += w.value;
        else if (conj && previous.kind === 'unit' && low < 10) current += w.value; // الأربع والعشرون
        else ok = false;
        break;
    }
    if (!ok) break;
    previous = w;
    last = j;
    meaningful++;
  }
  if (last < i) return undefined;
  const head = classifyArabic(tokens[i].word);
  if (meaningful === 1 && head) {
    const word = tokens[i].word;
    if (head.kind === 'ordinalOne' || head.kind === 'teenOne' || head.kind === 'plural') return undefined;
    if (/^[وبلكف]?(?:(?:ال)?واحده?|الفا|(?:ال)?اثن[تا]?[اي])$/.test(word)) return undefined;
    // "First" is mostly not a count (الأولية, en premier lieu, المرفق الأول for annexe I): no side reports it in words.
    if (head.kind === 'ordinal' && current === 1 && !allowFirst) return undefined;
  }
  if (head?.kind === 'ordinalOne' && current < 11) return undefined;
  return { value: total + current, last, ordinal };
}
