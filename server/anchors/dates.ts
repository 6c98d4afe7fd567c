// Dates in French and Arabic text: day, month and year in the orders both languages use,
// month names of every Arabic region and their paired UN forms (كانون الثاني/يناير), weekdays,
// ranges ("du 24 au 27 novembre", "من 24 إلى 27 نونبر"), the current month (الجاري), days
// relative to the document date (hier, أمس) and numeric dates (25/11/2025, 2025-11-25). A year
// alone is a number, not a date (numbers.ts).
// Works on a folded view of the text (folded.ts) and maps every span back to the original.
import { Lang } from '../text/types';
import { FoldedText, foldText, originalSpan } from './folded';
import { arabicWordsValue } from './numbers';
import {
  ARABIC_AMBIGUOUS_MONTHS, ARABIC_AMBIGUOUS_WEEKDAYS, ARABIC_CURRENT, ARABIC_DAY_HEADS, ARABIC_MONTHS, ARABIC_RELATIVE_DAYS,
  ARABIC_TWO_WORD_MONTHS, ARABIC_WEEKDAYS, FRENCH_MONTH_ABBREVIATIONS, FRENCH_MONTHS, FRENCH_RELATIVE_DAYS, FRENCH_WEEKDAYS,
} from './month-names';
import { AnchorOptions, DateAnchor } from './types';

/** How far before a month name a day, a range or a weekday may start (folded characters). */
const LEFT_WINDOW = 80;
/** How far after a month name a year may be. */
const RIGHT_WINDOW = 40;
/** Milliseconds in a day, for dates relative to the document's date. */
const DAY_MS = 86_400_000;

const AR = '\\u0621-\\u064A';
const alternation = (words: string[]): string => words.sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');

const FRENCH_MONTH = new RegExp(`(?<![a-z])(${alternation([...Object.keys(FRENCH_MONTHS), ...Object.keys(FRENCH_MONTH_ABBREVIATIONS)])})(\\.)?(?![a-z])`, 'g');
const ARABIC_SINGLE = alternation(Object.keys(ARABIC_MONTHS));
const ARABIC_TWO = alternation(Object.keys(ARABIC_TWO_WORD_MONTHS));
/** An Arabic month, alone or paired (كانون الثاني/يناير, أيار/مايو), maybe after و ب ل (ونونبر): group 1 first name, group 2 the second. */
const ARABIC_MONTH = new RegExp(
  `(?<=(?:^|[^${AR}])[وبل]?)(${ARABIC_TWO}|${ARABIC_SINGLE})(?:\\s*/\\s*(${ARABIC_TWO}|${ARABIC_SINGLE}))?(?![${AR}])`,
  'g',
);

const FRENCH_WEEKDAY = alternation(Object.keys(FRENCH_WEEKDAYS));
const ARABIC_WEEKDAY = alternation(Object.keys(ARABIC_WEEKDAYS));
const FRENCH_DAY = '(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?:er|\\u1D49\\u02B3)?(?![0-9])|premier';
const ARABIC_DAY = '(?<![0-9.,/])(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])|فاتح';
/** A day written as an ordinal before "من": الثامن من تموز, الحادي عشر من آب (not after a noun: الأسبوع الأول من). */
const ARABIC_ORDINAL_DAY = `(?<![${AR}])(?<!(?<![${AR}])ال[${AR}]+\\s+)ال[${AR}]{3,7}(?:\\s+(?:عشر|عشره|وال[${AR}]{4,6}))?(?=\\s+من\\s)`;

/** Before a French month: [weekday] day [au|et|-] [weekday] day [de], anchored at the month. */
const FRENCH_LEFT = new RegExp(
  `(?:(?:(?<wd1>${FRENCH_WEEKDAY})\\s+)?(?<d1>${FRENCH_DAY})\\s*(?:au|et|a|-|–|ou)\\s*(?:le\\s+|l'|du\\s+)?)?(?:(?<wd2>${FRENCH_WEEKDAY})\\s+)?(?<d2>${FRENCH_DAY})\\s+(?:de\\s+|d')?$`,
  'd',
);
/** Before an Arabic month: [يوم] [weekday] day [إلى|حتى|و|-] [weekday] day [من [شهر]], anchored at the month. */
const ARABIC_LEFT = new RegExp(
  `(?:(?:(?:يوم\\s+)?(?<wd1>${ARABIC_WEEKDAY})\\s*[،,]?\\s*)?(?<d1>${ARABIC_DAY})\\s*(?:الي|حتي|و|-|–)\\s*)?(?:(?:يوم\\s+)?(?<wd2>${ARABIC_WEEKDAY})\\s*[،,]?\\s*(?:الموافق\\s+)?)?(?<d2>${ARABIC_DAY}|${ARABIC_ORDINAL_DAY})\\s*(?:من\\s+(?:شهر\\s+)?|شهر\\s+)?$`,
  'd',
);
/** A year after a month. */
const FRENCH_RIGHT = /^\s*,?\s*((?:1[6-9]|2[01])[0-9]{2})(?![0-9])/;
const ARABIC_RIGHT = new RegExp(`^\\s*[،,]?\\s*(?:من\\s+)?(?:(?:[لو]?عام|[لو]?سنه)\\s+)?((?:1[6-9]|2[01])[0-9]{2})(?:م(?![${AR}]))?(?![0-9])`);
/** The current month after a month name or a day: "نونبر الجاري", "27 من الشهر الجاري". */
const ARABIC_CURRENT_AFTER = new RegExp(`^\\s+(?:${ARABIC_CURRENT.join('|')})(?![${AR}])`);
const ARABIC_DAY_OF_CURRENT = new RegExp(`(?<![0-9])(3[01]|[12][0-9]|0?[1-9])\\s+من\\s+(?:هذا\\s+)?الشهر\\s+(?:${ARABIC_CURRENT.join('|')})(?![${AR}])`, 'g');
/** Weekdays on their own. */
const FRENCH_WEEKDAY_ALONE = new RegExp(`(?<![a-z])(${FRENCH_WEEKDAY})(?![a-z])`, 'g');
const ARABIC_WEEKDAY_ALONE = new RegExp(`(?<=(?:^|[^${AR}])[وب]?)(${ARABIC_WEEKDAY})(?![${AR}])`, 'g');
const ARABIC_DAY_HEAD_BEFORE = new RegExp(`(?:^|[^${AR}])[وبل]?(?:${ARABIC_DAY_HEADS.join('|')})\\s+[وب]?$`);
/** Days relative to the document's date, with the weekday that may follow: "hier lundi", "أمس الإثنين". */
const FRENCH_RELATIVE = new RegExp(
  `(?<![a-z'-])(${alternation(Object.keys(FRENCH_RELATIVE_DAYS))})(?![a-z'-])(?:,?\\s+(${FRENCH_WEEKDAY})(?![a-z]))?`,
  'g',
);
const ARABIC_RELATIVE = new RegExp(
  `(?<=(?:^|[^${AR}])[وب]?)(${alternation(Object.keys(ARABIC_RELATIVE_DAYS))})(?![${AR}])(?:\\s*[،,]?\\s*(${ARABIC_WEEKDAY})(?![${AR}]))?`,
  'g',
);
/** Numeric dates: 25/11/2025, 25.11.2025, 25-11-2025, 2025-11-25, 2025/11/25. */
const NUMERIC_DMY = /(?<![0-9/.\-])(3[01]|[12][0-9]|0?[1-9])([/.\-])(1[0-2]|0?[1-9])\2((?:1[6-9]|2[01])[0-9]{2})(?![0-9])/g;
const NUMERIC_YMD = /(?<![0-9/.\-])((?:1[6-9]|2[01])[0-9]{2})([/\-])(1[0-2]|0?[1-9])\2(3[01]|[12][0-9]|0?[1-9])(?![0-9/.\-])/g;

/** A date being built, in folded offsets. */
interface Found {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/**
 * The dates of a text with their spans and normalised values, in text order. A date without
 * a year takes its year from `options.documentDate` when given (see DateAnchor.value).
 */
export function extractDates(text: string, lang: Lang, options: AnchorOptions = {}): DateAnchor[] {
  const folded = foldText(text);
  const documentDate = parseDocumentDate(options.documentDate);
  const found: Found[] = [];
  findNumericDates(folded.text, found);
  if (lang !== 'ar') findFrenchDates(folded, found);
  if (lang !== 'fr') findArabicDates(folded.text, found, documentDate);
  if (options.documentDate) findRelativeDays(folded.text, lang, options.documentDate, found);
  findWeekdays(folded.text, lang, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const dates: DateAnchor[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    dates.push(toAnchor(folded, f, documentDate));
  }
  return dates;
}

function parseDocumentDate(value: string | undefined): { year: number; month: number } | undefined {
  const m = value === undefined ? null : /^(\d{4})-(\d{2})/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function toAnchor(folded: FoldedText, f: Found, documentDate: { year: number } | undefined): DateAnchor {
  const span = originalSpan(folded, f.start, f.end);
  const year = f.year ?? (f.month !== undefined ? documentDate?.year : undefined);
  let value: string;
  if (f.month === undefined) value = `weekday:${f.weekday}`;
  else {
    const head = year === undefined ? '-' : String(year);
    value = f.day === undefined ? `${head}-${pad(f.month)}` : `${head}-${pad(f.month)}-${pad(f.day)}`;
  }
  const anchor: DateAnchor = { kind: 'date', text: span.text, start: span.start, end: span.end, value };
  if (year !== undefined) anchor.year = year;
  if (f.month !== undefined) anchor.month = f.month;
  if (f.day !== undefined) anchor.day = f.day;
  if (f.weekday !== undefined) anchor.weekday = f.weekday;
  return anchor;
}

function findNumericDates(s: string, found: Found[]): void {
  if (!/[0-9]/.test(s)) return;
  for (const [re, order] of [[NUMERIC_DMY, 'dmy'], [NUMERIC_YMD, 'ymd']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const [day, month, year] = order === 'dmy' ? [m[1], m[3], m[4]] : [m[4], m[3], m[1]];
      found.push({ start: m.index, end: m.index + m[0].length, year: Number(year), month: Number(month), day: Number(day) });
    }
  }
}

function dayValue(text: string): number | undefined {
  if (text === 'premier' || text === 'فاتح') return 1;
  if (/^[0-9]/.test(text)) return parseInt(text, 10);
  const value = arabicWordsValue(text);
  return value !== undefined && value >= 1 && value <= 31 ? value : undefined;
}

/** Adds the date(s) ending at a month: the day before (and a range's first day), the month, the year after. */
function addDayMonth(
  s: string,
  found: Found[],
  left: RegExp,
  monthStart: number,
  monthEnd: number,
  month: number,
  year: number | undefined,
  weekdays: Readonly<Record<string, number>>,
  windowStart: number,
): boolean {
  const from = Math.max(windowStart, monthStart - LEFT_WINDOW);
  const m = left.exec(s.slice(from, monthStart));
  if (!m?.groups || !m.indices?.groups) return false;
  const g = m.groups;
  const at = m.indices.groups;
  const day = dayValue(g.d2);
  if (day === undefined) return false;
  const second: Found = { start: from + (at.wd2 ?? at.d2)[0], end: monthEnd, year, month, day };
  if (g.wd2) second.weekday = weekdays[g.wd2];
  if (g.d1 !== undefined && at.d1) {
    const first: Found = { start: from + (at.wd1 ?? at.d1)[0], end: from + at.d1[1], year, month, day: dayValue(g.d1) };
    if (g.wd1) first.weekday = weekdays[g.wd1];
    if (first.day !== undefined && second.day !== undefined && first.day < second.day) found.push(first);
  }
  found.push(second);
  return true;
}

function findFrenchDates(folded: FoldedText, found: Found[]): void {
  const s = folded.text;
  let lastEnd = 0;
  FRENCH_MONTH.lastIndex = 0;
  for (let m = FRENCH_MONTH.exec(s); m; m = FRENCH_MONTH.exec(s)) {
    const name = m[1];
    const abbreviated = name in FRENCH_MONTH_ABBREVIATIONS;
    const month = FRENCH_MONTHS[name] ?? FRENCH_MONTH_ABBREVIATIONS[name];
    let end = m.index + name.length + (abbreviated && m[2] ? 1 : 0);
    const yearMatch = FRENCH_RIGHT.exec(s.slice(end, end + RIGHT_WINDOW));
    const year = yearMatch ? Number(yearMatch[1]) : undefined;
    if (yearMatch) end += yearMatch[0].length;
    if (addDayMonth(s, found, FRENCH_LEFT, m.index, end, month, year, FRENCH_WEEKDAYS, lastEnd)) {
      lastEnd = end;
      continue;
    }
    if (abbreviated && year === undefined) continue;
    // "Mars" with a capital and no day or year is the planet or a name.
    if (name === 'mars' && year === undefined && folded.original[folded.origin[m.index]] === 'M') continue;
    found.push({ start: m.index, end, year, month });
    lastEnd = end;
  }
}

function findArabicDates(s: string, found: Found[], documentDate: { year: number; month: number } | undefined): void {
  let lastEnd = 0;
  ARABIC_MONTH.lastIndex = 0;
  for (let m = ARABIC_MONTH.exec(s); m; m = ARABIC_MONTH.exec(s)) {
    const firstName = m[1].replace(/\s+/g, ' ');
    const month = ARABIC_MONTHS[firstName] ?? ARABIC_TWO_WORD_MONTHS[firstName];
    let end = m.index + m[0].length;
    const rest = s.slice(end, end + RIGHT_WINDOW);
    const yearMatch = ARABIC_RIGHT.exec(rest);
    let year = yearMatch ? Number(yearMatch[1]) : undefined;
    if (yearMatch) end += yearMatch[0].length;
    else {
      const current = ARABIC_CURRENT_AFTER.exec(rest);
      if (current) {
        end += current[0].length;
        year = documentDate?.year;
      }
    }
    if (addDayMonth(s, found, ARABIC_LEFT, m.index, end, month, year, ARABIC_WEEKDAYS, lastEnd)) {
      lastEnd = end;
      continue;
    }
    if (year === undefined && m[2] === undefined && ARABIC_AMBIGUOUS_MONTHS.has(firstName)) continue;
    found.push({ start: m.index, end, year, month });
    lastEnd = end;
  }
  if (documentDate) {
    ARABIC_DAY_OF_CURRENT.lastIndex = 0;
    for (let m = ARABIC_DAY_OF_CURRENT.exec(s); m; m = ARABIC_DAY_OF_CURRENT.exec(s)) {
      found.push({ start: m.index, end: m.index + m[0].length, year: documentDate.year, month: documentDate.month, day: Number(m[1]) });
    }
  }
}

/**
 * Days named relative to the document's date (hier, demain, أمس, غدا; اليوم only before a
 * weekday), with the weekday that follows them in the same anchor: "أمس الإثنين" on
 * 2025-11-25 is 2025-11-24.
 */
function findRelativeDays(s: string, lang: Lang, documentDate: string, found: Found[]): void {
  const m0 = /^(\d{4})-(\d{2})-(\d{2})/.exec(documentDate);
  if (!m0) return;
  const base = Date.UTC(Number(m0[1]), Number(m0[2]) - 1, Number(m0[3]));
  const dated = found.slice();
  const scan = (re: RegExp, offsets: Readonly<Record<string, number>>, needsWeekday: Set<string>): void => {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (needsWeekday.has(m[1]) && !m[2]) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (dated.some((d) => start < d.end && end > d.start)) continue;
      const day = new Date(base + offsets[m[1]] * DAY_MS);
      found.push({ start, end, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), weekday: day.getUTCDay() });
    }
  };
  if (lang !== 'ar') scan(FRENCH_RELATIVE, FRENCH_RELATIVE_DAYS, new Set());
  if (lang !== 'fr') scan(ARABIC_RELATIVE, ARABIC_RELATIVE_DAYS, new Set(['اليوم']));
}

/** Weekdays that are not part of a date with a month: "ce mardi", "يوم الثلاثاء". */
function findWeekdays(s: string, lang: Lang, found: Found[]): void {
  const dated = found.slice();
  const add = (start: number, end: number, weekday: number): void => {
    if (!dated.some((d) => start < d.end && end > d.start)) found.push({ start, end, weekday });
  };
  if (lang !== 'ar') {
    FRENCH_WEEKDAY_ALONE.lastIndex = 0;
    for (let m = FRENCH_WEEKDAY_ALONE.exec(s); m; m = FRENCH_WEEKDAY_ALONE.exec(s)) {
      add(m.index, m.index + m[0].length, FRENCH_WEEKDAYS[m[1]]);
    }
  }
  if (lang !== 'fr') {
    ARABIC_WEEKDAY_ALONE.lastIndex = 0;
    for (let m = ARABIC_WEEKDAY_ALONE.exec(s); m; m = ARABIC_WEEKDAY_ALONE.exec(s)) {
      const name = m[1];
      if (ARABIC_AMBIGUOUS_WEEKDAYS.has(name) && !ARABIC_DAY_HEAD_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
      add(m.index, m.index + m[0].length, ARABIC_WEEKDAYS[name]);
    }
  }
}
