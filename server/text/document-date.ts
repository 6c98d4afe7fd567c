// The date of a report: full dates (day, month, year) written as ISO (2025-11-25),
// numerically (25/11/2025) or in words in French or Arabic ("25 novembre 2025",
// "25 نونبر 2025", "du 24 au 27 novembre 2025" → its first day), taken from the metadata
// lines first, then from the title, captions and body. A date without a year
// ("ce mardi 25 novembre") is not a document date: the year cannot be known.
import { MONTH_NAMES, WEEKDAY_NAMES } from './month-names';
import { foldDigits } from './normalize';
import { LineKind } from './types';

/** Years accepted as a report's date (typos such as 2205 are not dates). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Line kinds read for a date when no metadata line has one, in this order of trust. */
const TEXT_KINDS: readonly LineKind[] = ['title', 'body', 'caption'];

/** A full date found in a line: its ISO value and its span in the line. */
export interface DateMatch {
  /** `YYYY-MM-DD`. */
  value: string;
  index: number;
  length: number;
}

/** Where a document's date came from. */
export type DateSource = 'metadata' | 'text';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternatives longest first, so that "تشرين الثاني" wins over a shorter name. */
const alternatives = (names: readonly string[]): string =>
  [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const MONTH = `(?:${alternatives(Object.keys(MONTH_NAMES))})`;
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
/** A day, with the French ordinal of the first (1er, 1ᵉʳ). */
const DAY = '(\\d{1,2})(?:er|ᵉʳ)?';
/** The end of a range of days, skipped: "24 au 27", "24-27", "24 et 25", "24 إلى 27", "24 و25". */
const RANGE_END = '(?:\\s*(?:au|et|à|-|–|—|إلى|الى|حتى|و)\\s*\\d{1,2}(?:er)?)?';
/** A year, with the Arabic "م" (of the Common Era) allowed after it. */
const YEAR = '(\\d{4})(?=م?(?![\\p{L}\\p{N}]))';

/** "25 novembre 2025", "du 24 au 27 novembre 2025", "25 نونبر/تشرين الثاني 2025". */
const DATE_IN_WORDS = new RegExp(
  `${NOT_AFTER_WORD}${DAY}${RANGE_END}\\s+(${MONTH})(?:\\s*/\\s*${MONTH})?${NOT_BEFORE_WORD}\\s*,?\\s+${YEAR}`,
  'giu',
);
/** 2025-11-25 (optionally followed by a time). */
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
/** 25/11/2025 or 25.11.2025: day first, as in French and Arabic. */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])/g;
/** A weekday name, as a whole word. */
export const WEEKDAY = new RegExp(`${NOT_AFTER_WORD}(?:${alternatives(WEEKDAY_NAMES)})${NOT_BEFORE_WORD}`, 'giu');

const MONTH_BY_LOWER_NAME = new Map(Object.entries(MONTH_NAMES).map(([name, month]) => [name.toLowerCase(), month]));

/** The full dates of a line, in order, with their spans (Arabic-Indic digits read too). */
export function findDates(line: string): DateMatch[] {
  const text = foldDigits(line);
  const found: DateMatch[] = [];
  const add = (match: RegExpExecArray, year: string, month: number, day: string): void => {
    const value = isoDate(Number(year), month, Number(day));
    if (value) found.push({ value, index: match.index, length: match[0].length });
  };
  for (const m of text.matchAll(DATE_IN_WORDS)) add(m, m[3], MONTH_BY_LOWER_NAME.get(m[2].toLowerCase()) ?? 0, m[1]);
  for (const m of text.matchAll(ISO_DATE)) add(m, m[1], Number(m[2]), m[3]);
  for (const m of text.matchAll(NUMERIC_DATE)) add(m, m[3], Number(m[2]), m[1]);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The date of a document from its classified lines: the first full date of a metadata
 * line, else the first of the title, body and caption lines (in that order of trust);
 * null when there is none. Boilerplate (other articles' bylines) is never read.
 */
export function documentDate(lines: readonly { text: string; kind: LineKind }[]): { date: string; source: DateSource } | null {
  for (const line of lines) {
    if (line.kind !== 'metadata') continue;
    const [first] = findDates(line.text);
    if (first) return { date: first.value, source: 'metadata' };
  }
  for (const kind of TEXT_KINDS) {
    for (const line of lines) {
      if (line.kind !== kind) continue;
      const [first] = findDates(line.text);
      if (first) return { date: first.value, source: 'text' };
    }
  }
  return null;
}

/** `YYYY-MM-DD` when the parts make a real date in the accepted years, else null. */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}
