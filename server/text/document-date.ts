// The date of a report: full dates (day, month, year) written as ISO (2025-11-25),
// numerically (25/11/2025) or in words in French or Arabic ("25 novembre 2025",
// "25 نونبر 2025", "du 24 au 27 novembre 2025" → its first day), taken from the metadata
// lines first, then from the title, captions and body. A date without a year
// ("ce mardi 25 novembre") is not a document date: the year cannot be known.
import { extractDates } from '../anchors/dates';
import { LineKind } from './types';

/** Years accepted as a report's date (typos such as 2205 are not dates). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Line kinds read for a date when no metadata line has one, in this order of trust. */
const TEXT_KINDS: readonly LineKind[] = ['title', 'body', 'caption'];
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A full date found in a line: its ISO value and its span in the line. */
export interface DateMatch {
  /** `YYYY-MM-DD`. */
  value: string;
  index: number;
  length: number;
}

/** Where a document's date came from. */
export type DateSource = 'metadata' | 'text';

/**
 * The full dates of a line (French or Arabic), in order, with their spans: the dates the
 * anchors find that have a day, a month and a year and exist in the calendar. A range
 * gives its first day ("du 24 au 27 novembre 2025" → 2025-11-24).
 */
export function findDates(line: string): DateMatch[] {
  return extractDates(line, 'other')
    .filter((date) => isCalendarDate(date.value))
    .map((date) => ({ value: date.value, index: date.start, length: date.end - date.start }));
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

/** Whether a value is a full `YYYY-MM-DD` date that exists, in the accepted years. */
function isCalendarDate(value: string): boolean {
  const parts = FULL_DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
