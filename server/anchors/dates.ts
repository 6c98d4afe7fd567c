// Dates in French and Arabic text. (Placeholder contract; the anchors issue replaces the
// body, not the signature.)
import { Lang } from '../text/types';
import { AnchorOptions, DateAnchor } from './types';

/** The dates of a text with their spans and normalised values. */
export function extractDates(text: string, lang: Lang, options: AnchorOptions = {}): DateAnchor[] {
  void text;
  void lang;
  void options;
  return [];
}
