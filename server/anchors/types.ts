// Value types of anchors: numbers, dates and names found in a sentence, each with its
// span in the original text and a normalised value that compares across the two languages.

/** What an anchor is. */
export type AnchorKind = 'number' | 'date' | 'name';

/** What every anchor has: the matched text and its span (`text === original.slice(start, end)`). */
interface AnchorSpan {
  text: string;
  start: number;
  end: number;
}

/** A number: digits in any script, number words, ordinals, percentages, amounts. */
export interface NumberAnchor extends AnchorSpan {
  kind: 'number';
  /** The numeric value (93 for "93ème", "الـ93", "الثالثة والتسعين"). */
  value: number;
  /** An ordinal (93e, 1er, الثالثة والتسعين, الدورة 93). */
  ordinal?: boolean;
  /** A percentage (6 %, ٪). */
  percent?: boolean;
  /** The unit of an amount, normalised (e.g. `EUR`, `USD`, `MAD`, `km`), when there is one. */
  unit?: string;
  /** A list number at the start of a line ("7 -", "11.", "10-"): checks may ignore it. */
  listNumber?: boolean;
  /** Written in words (quarante-trois, ثلاث وأربعين, الثالثة والتسعين) rather than digits. */
  words?: boolean;
}

/** A date or part of one; missing parts are absent. */
export interface DateAnchor extends AnchorSpan {
  kind: 'date';
  /**
   * ISO-like value, the same for the same date in either language: `2025-11-25` (full),
   * `--11-25` (day and month, no year known), `2025-11` (month and year), `--11` (a month
   * alone), `weekday:2` (a weekday alone, 0 = Sunday). With a document date, a missing year is
   * taken from it and relative days are resolved ("hier", "أمس الإثنين" → the day before).
   * A year alone ("en 2015", "عام 1995") is no date but a number.
   */
  value: string;
  year?: number;
  /** 1–12. */
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday, when a weekday is named. */
  weekday?: number;
}

/** A name of a person, place or organisation. */
export interface NameAnchor extends AnchorSpan {
  kind: 'name';
  /** The matching key of the name (Arabic or Latin folded). */
  value: string;
  /** For a translated place or organisation name: the canonical key both languages share (e.g. `country:DE`, `org:interpol`). */
  entity?: string;
}

/** Any anchor. */
export type Anchor = NumberAnchor | DateAnchor | NameAnchor;

/** Options of the extractors. */
export interface AnchorOptions {
  /** The document's date (`YYYY-MM-DD`): a date without a year takes its year from it. */
  documentDate?: string;
}
