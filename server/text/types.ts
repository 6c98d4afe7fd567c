// Shared value types of the text layer: languages, line kinds and sentence spans.

/** A language the tool knows; `other` for anything else. */
export type Lang = 'ar' | 'fr' | 'other';

/** What a line or sentence of a report is (see the design's data model). */
export type LineKind = 'title' | 'body' | 'caption' | 'boilerplate' | 'metadata' | 'foreign';

/** A sentence as a span of the original text: `text === original.slice(start, end)`. */
export interface SentenceSpan {
  text: string;
  /** Offset of the first character in the original text (UTF-16 code units). */
  start: number;
  /** Offset just past the last character. */
  end: number;
}
