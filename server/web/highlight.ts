// View helpers for a bead's text: flag spans highlighted inside the sentences, and the
// differing letters of two spellings of a name (diff package), all HTML-escaped.
import { diffChars } from 'diff';

/** A span to highlight, relative to the bead side's joined text (sentences joined by a space). */
export interface Highlight {
  start: number;
  end: number;
  kind: string;
  severity: string;
  title: string;
}

/** The separator between a bead side's sentences in the joined text the flag spans index. */
export const SENTENCE_JOINER = ' ';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Each sentence's text as HTML with the highlights that fall inside it wrapped in
 * `<mark class="flag flag-KIND sev-SEVERITY" title="…">`. Overlapping highlights are
 * clipped so the marks never nest; a span crossing a sentence boundary is marked in both.
 */
export function highlightSentences(texts: string[], highlights: Highlight[]): string[] {
  const sorted = [...highlights].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const result: string[] = [];
  let offset = 0;
  for (const text of texts) {
    const sentenceEnd = offset + text.length;
    let html = '';
    let cursor = 0;
    for (const h of sorted) {
      const from = Math.max(h.start - offset, cursor);
      const to = Math.min(h.end, sentenceEnd) - offset;
      if (to <= from || from >= text.length) continue;
      html += escapeHtml(text.slice(cursor, from));
      html += `<mark class="flag flag-${cssWord(h.kind)} sev-${cssWord(h.severity)}" title="${escapeHtml(h.title)}">${escapeHtml(text.slice(from, to))}</mark>`;
      cursor = to;
    }
    html += escapeHtml(text.slice(cursor));
    result.push(html);
    offset = sentenceEnd + SENTENCE_JOINER.length;
  }
  return result;
}

/**
 * Two spellings side by side as HTML, the letters of `expected` missing from `found`
 * wrapped in `<del>` and the letters of `found` not in `expected` in `<ins>`
 * (case-insensitive): Hammouchi vs Hmouzi → H<del>a</del>m<del>m</del>ou<del>ch</del>i / Hmou<ins>z</ins>i.
 */
export function letterDiff(expected: string, found: string): { expected: string; found: string } {
  let left = '';
  let right = '';
  for (const change of diffChars(expected, found, { ignoreCase: true })) {
    const text = escapeHtml(change.value);
    if (change.removed) left += `<del>${text}</del>`;
    else if (change.added) right += `<ins>${text}</ins>`;
    else {
      left += text;
      right += text;
    }
  }
  return { expected: left, found: right };
}

function cssWord(word: string): string {
  return word.replace(/[^a-z0-9-]/gi, '');
}

/** Where each word after the first starts in a sentence (the places it can be split), with the word. */
export function wordStarts(text: string): { offset: number; word: string }[] {
  const starts: { offset: number; word: string }[] = [];
  for (const match of text.matchAll(/\s+(\S+)/gu)) starts.push({ offset: (match.index ?? 0) + match[0].length - match[1].length, word: match[1] });
  return starts;
}

/** A run of Arabic text inside a Latin message: from an Arabic letter to the last Arabic letter or digit of the run. */
const ARABIC_RUN = /[\u0600-\u06FF](?:[\u0600-\u06FF\u0660-\u06690-9 /.,،-]*[\u0600-\u06FF\u0660-\u06690-9])?/g;

/**
 * Escapes a message written in a Latin script and isolates each Arabic run in it
 * (`<bdi dir="rtl" lang="ar">`), so that the run keeps its order and the words around it
 * keep theirs ("the Arabic has الثلاثاء 25 نونبر 2025 where the French has 24").
 */
export function isolateArabic(message: string): string {
  let html = '';
  let last = 0;
  for (const match of message.matchAll(ARABIC_RUN)) {
    const start = match.index ?? 0;
    html += escapeHtml(message.slice(last, start)) + `<bdi dir="rtl" lang="ar">${escapeHtml(match[0])}</bdi>`;
    last = start + match[0].length;
  }
  return html + escapeHtml(message.slice(last));
}
