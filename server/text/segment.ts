// Sentence segmentation of French and Arabic text with character offsets into the
// original. (Placeholder contract: splits after . ! ? ؟ … followed by a space; the
// segmenter issue replaces the body, not the signatures.)
import { Lang, SentenceSpan } from './types';

/** A sentence of a multi-paragraph text: its span and the paragraph (0-based) it belongs to. */
export interface Sentence extends SentenceSpan {
  paragraph: number;
}

/** The sentences of one paragraph; offsets are into `text`. */
export function segmentParagraph(text: string, lang: Lang): SentenceSpan[] {
  void lang;
  const spans: SentenceSpan[] = [];
  const boundary = /[.!?؟…]+["»”)]*\s+/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].trimEnd().length;
    pushTrimmed(text, start, end, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** The sentences of a text whose non-empty lines are paragraphs; offsets are into `text`. */
export function segmentText(text: string, lang: Lang): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      for (const span of segmentParagraph(line, lang)) {
        sentences.push({ text: span.text, start: span.start + offset, end: span.end + offset, paragraph });
      }
      paragraph++;
    }
    offset += line.length + 1;
  }
  return sentences;
}

function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ text: text.slice(start, end), start, end });
}
