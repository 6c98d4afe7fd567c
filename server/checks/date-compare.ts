// Comparing two dates that may each lack parts ("mardi 25 novembre" beside
// "25 نونبر 2025"): which parts both name, and whether any of them disagree. A full date
// also names its weekday, so "lundi" agrees with 2025-11-24 and not with 2025-11-25.
import { DateAnchor } from '../anchors/types';

/** The parts of a date a comparison looks at. */
type DatePart = 'year' | 'month' | 'day' | 'weekday';

const DATE_PARTS: readonly DatePart[] = ['year', 'month', 'day', 'weekday'];

/** How two dates relate: the parts both name, and those that differ. */
export interface DateComparison {
  shared: DatePart[];
  conflicts: DatePart[];
}

/** The weekday (0 = Sunday) of a full date, or undefined when a part is missing or invalid. */
export function weekdayOf(date: Pick<DateAnchor, 'year' | 'month' | 'day'>): number | undefined {
  const { year, month, day } = date;
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const time = new Date(Date.UTC(year, month - 1, day));
  if (time.getUTCMonth() !== month - 1 || time.getUTCDate() !== day) return undefined;
  return time.getUTCDay();
}

function partOf(date: DateAnchor, part: DatePart): number | undefined {
  if (part === 'weekday') return date.weekday ?? weekdayOf(date);
  return date[part];
}

/** Compares two dates part by part (a full date's weekday is derived when it is not written). */
export function compareDates(a: DateAnchor, b: DateAnchor): DateComparison {
  const shared: DatePart[] = [];
  const conflicts: DatePart[] = [];
  for (const part of DATE_PARTS) {
    const x = partOf(a, part);
    const y = partOf(b, part);
    if (x === undefined || y === undefined) continue;
    shared.push(part);
    if (x !== y) conflicts.push(part);
  }
  return { shared, conflicts };
}

/** Two dates that can be the same day: they share at least one part and disagree on none. */
export function datesAgree(a: DateAnchor, b: DateAnchor): boolean {
  const { shared, conflicts } = compareDates(a, b);
  return shared.length > 0 && conflicts.length === 0;
}

/** The parts of a date that are written as numbers in text: its day and its year. */
export function numericParts(date: DateAnchor): number[] {
  return [date.day, date.year].filter((n): n is number => n !== undefined);
}
