// Comparing dates with missing parts: the dates of the Marrakech reports ("mardi 25
// novembre", "25 نونبر 2025", "jeudi 27 novembre", "أمس الإثنين").
import { DateAnchor } from '../../server/anchors/types';
import { compareDates, datesAgree, numericParts, weekdayOf } from '../../server/checks/date-compare';

const TUESDAY = 2;
const arabicFull: DateAnchor = { kind: 'date', text: 'الثلاثاء 25 نونبر 2025', start: 0, end: 22, value: '2025-11-25', year: 2025, month: 11, day: 25, weekday: TUESDAY };
const frenchNoYear: DateAnchor = { kind: 'date', text: 'mardi 25 novembre', start: 0, end: 17, value: '--11-25', month: 11, day: 25, weekday: TUESDAY };
const frenchThursday: DateAnchor = { kind: 'date', text: 'jeudi 27 novembre', start: 0, end: 17, value: '--11-27', month: 11, day: 27, weekday: 4 };
const monday: DateAnchor = { kind: 'date', text: 'الإثنين', start: 0, end: 7, value: '', weekday: 1 };
const yearOnly: DateAnchor = { kind: 'date', text: '2025', start: 0, end: 4, value: '2025', year: 2025 };

describe('date comparison', () => {
  test('the weekday of a full date is derived, and impossible days have none', () => {
    expect(weekdayOf({ year: 2025, month: 11, day: 25 })).toBe(TUESDAY);
    expect(weekdayOf({ year: 2025, month: 11, day: 24 })).toBe(1);
    expect(weekdayOf({ year: 2025, month: 2, day: 30 })).toBeUndefined();
    expect(weekdayOf({ month: 11, day: 25 })).toBeUndefined();
  });

  test('a date without a year agrees with the full date of the same day', () => {
    expect(compareDates(arabicFull, frenchNoYear)).toEqual({ shared: ['month', 'day', 'weekday'], conflicts: [] });
    expect(datesAgree(arabicFull, frenchNoYear)).toBe(true);
  });

  test('another day of the same month disagrees on the day and the weekday', () => {
    expect(compareDates(arabicFull, frenchThursday).conflicts).toEqual(['day', 'weekday']);
    expect(datesAgree(arabicFull, frenchThursday)).toBe(false);
  });

  test('a weekday alone is compared with the weekday of a full date', () => {
    expect(datesAgree(monday, { ...arabicFull, weekday: undefined })).toBe(false);
    expect(datesAgree(monday, { ...arabicFull, day: 24, weekday: undefined })).toBe(true);
  });

  test('dates that share no part do not agree (a year beside a day of a month)', () => {
    expect(compareDates(yearOnly, frenchNoYear).shared).toEqual([]);
    expect(datesAgree(yearOnly, frenchNoYear)).toBe(false);
    expect(datesAgree(yearOnly, arabicFull)).toBe(true);
  });

  test('the numeric parts of a date are its day and its year', () => {
    expect(numericParts(arabicFull)).toEqual([25, 2025]);
    expect(numericParts(frenchNoYear)).toEqual([25]);
    expect(numericParts(monday)).toEqual([]);
  });
});
