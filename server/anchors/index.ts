// All anchors of a text: numbers, dates and names, in text order.
import { Lang } from '../text/types';
import { extractDates } from './dates';
import { extractNames } from './names';
import { extractNumbers } from './numbers';
import { Anchor, AnchorOptions } from './types';

/**
 * The anchors of a text in order of their start offset. A number inside a date
 * ("25" in "25 novembre 2025") is reported as part of the date only.
 */
export function extractAnchors(text: string, lang: Lang, options: AnchorOptions = {}): Anchor[] {
  const dates = extractDates(text, lang, options);
  const insideDate = (a: { start: number; end: number }): boolean => dates.some((d) => a.start >= d.start && a.end <= d.end);
  const numbers = extractNumbers(text, lang).filter((n) => !insideDate(n));
  const names = extractNames(text, lang);
  return [...dates, ...numbers, ...names].sort((a, b) => a.start - b.start || b.end - a.end);
}
