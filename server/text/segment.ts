// Sentence segmentation of French and Arabic text with character offsets into the
// original (`text === original.slice(start, end)`, UTF-16 offsets). One left-to-right scan
// in linear time, no backtracking regular expressions: at each run of end punctuation
// (. ! ? ؟ … and their doubles) it attaches the closing quotes and brackets that follow,
// then decides from the word before (abbreviation, initial, list number, single Arabic
// letter) and the word after (lower case, comma, opener of a sentence) whether a sentence
// ends there. A quotation opened in the middle of a sentence and closed in the same
// paragraph is kept whole (“Ô hommes ! … Connaisseur.”). Lines are paragraphs: a
// sentence never spans two, and a line without end punctuation is a sentence of its own.
import { ALWAYS_CONTINUED, ARABIC_CONTINUED, BEFORE_NUMBER, SENTENCE_OPENERS } from './abbreviations';
import { detectLang } from './script';
import { Lang, LineKind, SentenceSpan } from './types';

/** A sentence of a multi-paragraph text: its span and the paragraph (0-based) it belongs to. */
export interface Sentence extends SentenceSpan {
  paragraph: number;
}

/** The language to segment with: a known one, or `auto` to detect it per paragraph. */
export type SegmentLang = Lang | 'auto';

/** A paragraph (a non-empty line) of a text with its language and its sentences. */
export interface Paragraph {
  /** 0-based index among the non-empty lines. */
  index: number;
  /** Offsets of the line in the text, without its line break. */
  start: number;
  end: number;
  /** The language given, or the one detected for this line when `auto`. */
  lang: Lang;
  sentences: Sentence[];
}

/** Characters that end a sentence (runs of them count as one: "?!", "...", "!!"). */
const TERMINATOR_CHARS = '.!?؟…‼⁇⁈⁉۔！？。';
const TERMINATORS = new Set(TERMINATOR_CHARS);
/** Closing quotes and brackets that belong to the sentence whose end punctuation they follow. */
const CLOSERS = new Set(['»', '”', '’', ')', ']', '}', '›', '"', "'"]);
/** Opening brackets: end punctuation right after one is an elision or an aside ("(...)", "(?)"). */
const OPENING_BRACKETS = new Set(['(', '[', '{']);
/** Punctuation after which a sentence goes on (after "?" in « Vraiment ? », dit-il). */
const CONTINUING_PUNCTUATION = new Set([',', ';', ':', '،', '؛', ')', ']', '}', '%', '»', '”', '>']);
/** Characters that stop the backward scan for the word before end punctuation. */
const WORD_STOPS = new Set(['(', '[', '{', '«', '“', '"', "'", '‘', '<', '/', '\u00a0', '\u202f']);
/** Quote pairs whose content is kept whole when opened inside a sentence. */
const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [
  ['«', '»'],
  ['“', '”'],
  ['<<', '>>'],
];
/** An elided article or pronoun at the start of a word: l’ d’ qu’ n’ s’ j’ c’ m’ t’. */
const ELISION = /^(?:[lLdDnNsSjJcCmMtT]|[qQ]u)['’]/;
/** Letters an Arabic word needs on each side of end punctuation written without a space. */
const MIN_UNSPACED_WORD = 2;
/** How far back hasContent looks before a quote or a list number. */
const MAX_LOOKBACK = 256;
/**
 * Invisible marks read as space around sentences (a sentence neither starts nor ends with
 * one, and end punctuation followed by one is followed by space): direction marks (LRM,
 * RLM, ALM), embeddings and isolates, zero-width space, word joiner. Not ZWNJ and ZWJ,
 * which sit inside Arabic and Persian words.
 */
const INVISIBLE_MARKS = new Set(['\u200b', '\u200e', '\u200f', '\u061c', '\u2060', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']);
/** Where a sentence may end: end punctuation, or a line break (always). */
const CANDIDATE = new RegExp(`[${TERMINATOR_CHARS}\\n\\u2029]`);
/** Quotation marks of QUOTE_PAIRS and the straight double quote. */
const QUOTE_MARK = /<<|>>|[«»“”"]/;
/** Arabic abbreviations that may end a sentence after a number (a year: "1445 هـ.", "2015 م."). */
const ARABIC_AFTER_NUMBER = new Set(['م', 'ه', 'هـ']);
/** Roman numerals of list headings ("III. Conclusion") and of numbered parts ("vol. II"). */
const ROMAN_NUMERAL = /^[IVXLC]+$/;
/** A lower-case list item marker at the start of a sentence: "c) ", "(iv) ". */
const LIST_ITEM = /\(?(?:[a-z]|[ivx]{1,4})\)\s/y;
/** The longest list marker read as such at the start of a sentence ("123.", "10.2.", "XIV."). */
const MAX_LIST_MARKER_LENGTH = 8;

/** The sentences of one paragraph; offsets are into `text`. A line break always ends a sentence. */
export function segmentParagraph(text: string, lang: Lang): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const quotes = matchQuotes(text);
  let nextQuote = 0;
  const length = text.length;
  let sentenceStart = 0;
  /** Candidates before this offset are inside a quotation opened mid-sentence. */
  let quoteEnd = -1;
  const candidates = new RegExp(CANDIDATE.source, 'g');
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const runStart = match.index;
    for (; nextQuote < quotes.length && quotes[nextQuote].open < runStart; nextQuote++) {
      const { open, close } = quotes[nextQuote];
      if (close > quoteEnd && open >= sentenceStart && hasContent(text, sentenceStart, open)) quoteEnd = close;
    }
    if (text[runStart] === '\n' || text[runStart] === '\u2029') {
      pushTrimmed(text, sentenceStart, runStart, spans);
      sentenceStart = runStart + 1;
      quoteEnd = -1;
      continue;
    }
    let runEnd = runStart;
    while (runEnd < length && TERMINATORS.has(text[runEnd])) runEnd++;
    const end = extendOverClosers(text, runEnd);
    candidates.lastIndex = end;
    if (end < length && !isSpace(text[end]) && text[end] !== '\n' && !isUnspacedArabicEnd(text, runStart, end)) continue;
    if (runStart < quoteEnd && end <= quoteEnd) continue;
    let next = end;
    while (next < length && isSpace(text[next])) next++;
    if (next >= length || text[next] === '\n') continue;
    if (!endsSentence(text, sentenceStart, runStart, runEnd, end, next, lang)) continue;
    pushTrimmed(text, sentenceStart, end, spans);
    sentenceStart = next;
    candidates.lastIndex = next;
  }
  pushTrimmed(text, sentenceStart, length, spans);
  return spans;
}

/** A quotation: offsets of its opening and closing marks. */
interface QuotePair {
  open: number;
  close: number;
}

/** The paragraphs (non-empty lines) of a text with their sentences; offsets are into `text`. */
export function segmentParagraphs(text: string, lang: SegmentLang): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let nextLine = text.indexOf('\n', lineStart);
    if (nextLine < 0) nextLine = text.length;
    const lineEnd = text[nextLine - 1] === '\r' && nextLine > lineStart ? nextLine - 1 : nextLine;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      const index = paragraphs.length;
      const paragraphLang = lang === 'auto' ? detectLang(line) : lang;
      const sentences = segmentParagraph(line, paragraphLang).map((span) => ({
        text: span.text,
        start: span.start + lineStart,
        end: span.end + lineStart,
        paragraph: index,
      }));
      paragraphs.push({ index, start: lineStart, end: lineEnd, lang: paragraphLang, sentences });
    }
    lineStart = nextLine + 1;
  }
  return paragraphs;
}

/** The sentences of a text whose non-empty lines are paragraphs; offsets are into `text`. */
export function segmentText(text: string, lang: SegmentLang): Sentence[] {
  return segmentParagraphs(text, lang).flatMap((paragraph) => paragraph.sentences);
}

/**
 * The kind of a sentence by its form alone: `title` for a paragraph that is one sentence
 * without end punctuation (a headline, a caption, a heading), `body` otherwise.
 */
export function sentenceKind(sentence: SentenceSpan, sentencesInParagraph: number): Extract<LineKind, 'title' | 'body'> {
  return sentencesInParagraph === 1 && !hasEndPunctuation(sentence.text) ? 'title' : 'body';
}

/** Whether a sentence ends with end punctuation (possibly inside quotes); titles and captions do not. */
export function hasEndPunctuation(sentence: string): boolean {
  let i = sentence.length - 1;
  while (i >= 0 && (isSpace(sentence[i]) || CLOSERS.has(sentence[i]) || sentence[i] === '>' || sentence[i] === '\n')) i--;
  return i >= 0 && TERMINATORS.has(sentence[i]);
}

/** Decides whether the end punctuation text[runStart, runEnd) (closers up to `end`) ends a sentence; `next` is the next non-space. */
function endsSentence(text: string, sentenceStart: number, runStart: number, runEnd: number, end: number, next: number, lang: Lang): boolean {
  const following = text[next];
  if (text[runStart] === '.' && opensListItem(text, next)) return true;
  if (isLowerCase(following) || CONTINUING_PUNCTUATION.has(following)) return false;
  if (runStart > 0 && OPENING_BRACKETS.has(text[runStart - 1])) return false;
  const run = text.slice(runStart, runEnd);
  // ".." in a headline ("من مراكش.. حموشي يجري") separates, it does not end.
  if (run === '..') return false;
  if (run !== '.') return true;
  if (end > runEnd && text[end - 1] !== '.') return true; // "fin.» Puis", "(voir plus haut.) Le"
  const wordStart = startOfWord(text, sentenceStart, runStart);
  const word = withoutElision(text.slice(wordStart, runStart));
  if (word === '') return true;
  if (ALWAYS_CONTINUED.has(word)) return false;
  if (BEFORE_NUMBER.has(word) && startsWithNumber(text, next)) return false;
  if (ARABIC_AFTER_NUMBER.has(word)) return precededByNumber(text, wordStart);
  if (ARABIC_CONTINUED.has(word)) return false;
  if (isListMarker(word) && !hasContent(text, sentenceStart, wordStart)) return false;
  if (isInitials(word)) return opensSentence(text, next, lang);
  return true;
}

/** A word without its elided French article or pronoun: "l’art" → "art", "d'av" → "av". */
function withoutElision(word: string): string {
  return word.replace(ELISION, '');
}

/** The offset where the word ending at `end` starts (not before `limit`). */
function startOfWord(text: string, limit: number, end: number): number {
  let start = end;
  while (start > limit && !isSpace(text[start - 1]) && !WORD_STOPS.has(text[start - 1])) start--;
  return start;
}

/** Consumes closing quotes and brackets (and end punctuation after them) from `from`; returns the new end. */
function extendOverClosers(text: string, from: number): number {
  let end = from;
  for (;;) {
    let probe = end;
    while (probe < text.length && isInlineSpace(text[probe])) probe++;
    const char = text[probe];
    if (char === '>' && text[probe + 1] === '>') {
      end = probe + 2;
    } else if (char !== undefined && CLOSERS.has(char) && isCloserAt(text, probe, probe === end)) {
      end = probe + 1;
    } else if (char !== undefined && TERMINATORS.has(char) && probe === end) {
      end = probe + 1;
    } else {
      return end;
    }
  }
}

/** Whether a closer-like character at `at` closes (a straight quote after a space may open the next sentence). */
function isCloserAt(text: string, at: number, attached: boolean): boolean {
  const char = text[at];
  if (char !== '"' && char !== "'" && char !== '’') return true;
  if (attached) return true;
  const after = text[at + 1];
  return after === undefined || isSpace(after) || after === '\n' || CONTINUING_PUNCTUATION.has(after) || TERMINATORS.has(after);
}

/**
 * Pairs the quotes of a paragraph, in the order of their openers: « », “ ”, << >>, and
 * straight double quotes when they come in an even number. Unpaired quotes are left out.
 */
function matchQuotes(text: string): QuotePair[] {
  const pairs: QuotePair[] = [];
  if (!QUOTE_MARK.test(text)) return pairs;
  const stacks = QUOTE_PAIRS.map(() => [] as number[]);
  const straight: number[] = [];
  const marks = new RegExp(QUOTE_MARK.source, 'g');
  for (let match = marks.exec(text); match; match = marks.exec(text)) {
    const at = match.index;
    if (match[0] === '"') {
      straight.push(at);
      continue;
    }
    for (let k = 0; k < QUOTE_PAIRS.length; k++) {
      const [open, close] = QUOTE_PAIRS[k];
      if (match[0] === close && stacks[k].length > 0) {
        pairs.push({ open: stacks[k].pop() as number, close: at });
        break;
      }
      if (match[0] === open) {
        stacks[k].push(at);
        break;
      }
    }
  }
  if (straight.length % 2 === 0) {
    for (let k = 0; k < straight.length; k += 2) pairs.push({ open: straight[k], close: straight[k + 1] });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/**
 * Whether end punctuation between two Arabic words written without a space ("المغرب.وقال",
 * frequent in Arabic web text) ends a sentence: both words have MIN_UNSPACED_WORD letters
 * or more, so that "ق.م" and "ص.ب" stay abbreviations.
 */
function isUnspacedArabicEnd(text: string, runStart: number, end: number): boolean {
  let before = 0;
  while (before < MIN_UNSPACED_WORD && isArabicLetter(text.charCodeAt(runStart - 1 - before))) before++;
  let after = 0;
  while (after < MIN_UNSPACED_WORD && isArabicLetter(text.charCodeAt(end + after))) after++;
  return before === MIN_UNSPACED_WORD && after === MIN_UNSPACED_WORD;
}

/**
 * Whether text[from, to) holds anything but spaces, dashes, bullets and opening quotes.
 * Looks back MAX_LOOKBACK characters at most (then answers yes), to stay linear.
 */
function hasContent(text: string, from: number, to: number): boolean {
  const limit = Math.max(from, to - MAX_LOOKBACK);
  for (let i = to - 1; i >= limit; i--) {
    const char = text[i];
    if (!isSpace(char) && !'-–—•·*«“„"(['.includes(char)) return true;
  }
  return limit > from;
}

/** A list or heading number: "11", "10.2", "٧", "III", "b" (first token of a sentence). */
function isListMarker(word: string): boolean {
  if (word.length > MAX_LIST_MARKER_LENGTH) return false;
  if (/^\p{Nd}+(?:\.\p{Nd}+)*$/u.test(word)) return true;
  if (ROMAN_NUMERAL.test(word)) return true;
  return word.length === 1 && /\p{L}/u.test(word);
}

/** Initials and dotted capitals: "J", "W", "D.K", "U.S", "S.A". */
function isInitials(word: string): boolean {
  return /^(?:\p{Lu}\.-?)*\p{Lu}$/u.test(word);
}

/** Whether the word at `at` opens a sentence: a French opener, or an Arabic word in Arabic text. */
function opensSentence(text: string, at: number, lang: Lang): boolean {
  let end = at;
  while (end < text.length && !isSpace(text[end]) && text[end] !== ',' && text[end] !== '\n') {
    if (text[end] === "'" || text[end] === '’') {
      end++;
      break;
    }
    end++;
  }
  const word = text.slice(at, end);
  if (SENTENCE_OPENERS.has(word)) return true;
  return lang === 'ar' && isArabicLetter(text.charCodeAt(at));
}

/** Whether a list item starts at `at`: "c) Promouvoir", "(iv) Le", ":: برنامج". */
function opensListItem(text: string, at: number): boolean {
  if (text[at] === ':' && text[at + 1] === ':') return true;
  LIST_ITEM.lastIndex = at;
  return LIST_ITEM.test(text);
}

/** Whether a number (digits or a Roman numeral) starts at `at`. */
function startsWithNumber(text: string, at: number): boolean {
  if (/\p{Nd}/u.test(text[at])) return true;
  let end = at;
  while (end < text.length && /[IVXLC]/.test(text[end])) end++;
  return end > at && (end === text.length || !/\p{L}/u.test(text[end]));
}

/** Whether the word before `wordStart` is a number ("1445 هـ."). */
function precededByNumber(text: string, wordStart: number): boolean {
  let i = wordStart - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return i >= 0 && /\p{Nd}/u.test(text[i]);
}

function isLowerCase(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return code >= 0xdf && /\p{Ll}/u.test(char);
}

function isArabicLetter(code: number): boolean {
  return (code >= 0x0620 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) || (code >= 0xfb50 && code <= 0xfefc);
}

/** Spaces inside a line (not line breaks). */
function isInlineSpace(char: string): boolean {
  return (
    char === ' ' || char === '\u00a0' || char === '\u202f' || char === '\t' || (char >= '\u2000' && char <= '\u200a') || char === '\u3000' ||
    INVISIBLE_MARKS.has(char)
  );
}

/** Whitespace, line breaks excepted (they are handled as paragraph ends). */
function isSpace(char: string): boolean {
  return isInlineSpace(char) || char === '\r' || char === '\f' || char === '\v' || char === '\u2028';
}

function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  while (start < end && (isSpace(text[start]) || text[start] === '\n')) start++;
  while (end > start && (isSpace(text[end - 1]) || text[end - 1] === '\n' || text[end - 1] === '\ufeff')) end--;
  while (start < end && text[start] === '\ufeff') start++;
  if (end > start) spans.push({ text: text.slice(start, end), start, end });
}
