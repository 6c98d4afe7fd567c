// Ingest of a raw report as scraped from the web: decode its bytes, reduce HTML to text,
// clean the text (line breaks, invisible marks, spacing, a caption glued to the title),
// classify its lines, find its language, title and date, and split its lines into
// sentences whose offsets point into the cleaned text. Pure: bytes or a string in, a
// value out.
import { InputError } from '../errors';
import { classifyLines } from './classify';
import { checkDecodedText, checkSize, decodeText, TextEncoding } from './decode';
import { DateSource, documentDate } from './document-date';
import { htmlToText, looksLikeHtml } from './html';
import { stripInvisible } from './normalize';
import { segmentParagraph } from './segment';
import { Lang, LineKind } from './types';

/** Name used in messages when the caller gives none. */
const DEFAULT_NAME = 'input';
/** Shortest earlier line taken for a title that a later line repeats with a caption glued on. */
const MIN_GLUED_PREFIX_CHARS = 20;
/** Earlier lines kept per opening as candidate titles (titles come first; this bounds the work on long files). */
const MAX_GLUE_CANDIDATES = 8;
/** Fewest words before a glued caption for the piece before it to be a title. */
const MIN_GLUED_TITLE_WORDS = 3;
/** Line breaks of every convention, Unicode's line and paragraph separators included. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;
/** Control characters (tab, line feed and carriage return excepted, being handled apart): replaced by a space. */
const CONTROL = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Runs of ASCII blanks within a line (the no-break spaces of French typography are kept). */
const BLANKS = /[ \t]+/g;
/** A caption glued to a title without a space: "…HammouchiAbdellatif Hammouchi lors de …", "…l’ONUAbdellatif …". */
const GLUE_JUNCTION = /(?<=\p{L}{2})(?=\p{Lu}\p{Ll})/u;

/** A line of the cleaned text with its kind. */
export interface IngestedLine {
  text: string;
  /** Offset of the line in IngestedDocument.text. */
  start: number;
  end: number;
  kind: LineKind;
  /** The line's own language (`other` for a line without letters). */
  lang: Lang;
}

/** A sentence of a line, with the line's kind and language. */
export interface IngestedSentence {
  text: string;
  /** Offset of the sentence in IngestedDocument.text. */
  start: number;
  end: number;
  kind: LineKind;
  lang: Lang;
  /** Index of its line in IngestedDocument.lines. */
  paragraph: number;
}

/** A report read, cleaned and classified. */
export interface IngestedDocument {
  name?: string;
  /** The language of the report's paragraphs. */
  lang: 'ar' | 'fr';
  /** The first title line, or null when the report starts with running text. */
  title: string | null;
  /** `YYYY-MM-DD`, or null when the report has no full date. */
  date: string | null;
  /** Whether the date came from a metadata line or from the text; null without a date. */
  dateSource: DateSource | null;
  /** The encoding the bytes were read in; null when the input was a string. */
  encoding: TextEncoding | null;
  /** Whether the input was HTML, reduced to its text. */
  html: boolean;
  /** The decoded, cleaned text: non-empty lines separated by "\n" (one blank line between paragraphs). */
  text: string;
  lines: IngestedLine[];
  /** Every line's sentences, boilerplate and metadata included with their kind (title lines are one sentence). */
  sentences: IngestedSentence[];
}

/**
 * Reads a report from its bytes (any supported encoding) or from a string. `name` labels
 * error messages and the result; `encoding` says that a string was already decoded (and
 * checked) by decodeText from bytes in that encoding. Throws InputError for empty, oversized, binary or
 * undecodable input and for text that is neither Arabic nor French.
 */
export function ingestDocument(input: Buffer | string, options: { name?: string; encoding?: TextEncoding | null } = {}): IngestedDocument {
  const name = options.name ?? DEFAULT_NAME;
  let raw: string;
  let encoding: TextEncoding | null = options.encoding ?? null;
  if (typeof input === 'string') {
    if (encoding === null) {
      // Decoded text can be larger than its bytes (Windows-1256 doubles in UTF-8): check only strings given directly.
      checkSize(Buffer.byteLength(input), name);
      checkDecodedText(input, name);
    }
    raw = input.replace(/^\uFEFF/, '');
  } else {
    ({ text: raw, encoding } = decodeText(input, name));
  }
  const html = looksLikeHtml(raw);
  const lines = cleanLines(html ? htmlToText(raw) : raw);
  if (lines.every((line) => line === '')) throw new InputError(`${name}: the ${html ? 'HTML page' : 'file'} has no text; give a report with some text`);

  const { text, spans } = joinLines(lines);
  const classified = classifyLines(spans.map((span) => span.text));
  if (classified.lang !== 'ar' && classified.lang !== 'fr') {
    throw new InputError(`${name}: no Arabic or French text found; muqabala reads reports in Arabic and French`);
  }
  const docLang = classified.lang;
  const ingestedLines: IngestedLine[] = spans.map((span, i) => ({ ...span, kind: classified.kinds[i], lang: classified.langs[i] }));
  const dated = documentDate(ingestedLines);
  return {
    ...(options.name !== undefined ? { name: options.name } : {}),
    lang: docLang,
    title: classified.title === null ? null : ingestedLines[classified.title].text,
    date: dated?.date ?? null,
    dateSource: dated?.source ?? null,
    encoding,
    html,
    text,
    lines: ingestedLines,
    sentences: ingestedLines.flatMap((line, paragraph) => lineSentences(line, paragraph, docLang)),
  };
}

/**
 * The lines of a text, cleaned: NFC, one line-break convention, invisible marks and
 * control characters removed, blanks collapsed and trimmed, a caption glued to a title
 * put on a line of its own; runs of blank lines become one, none at either end.
 */
export function cleanLines(raw: string): string[] {
  const cleaned = raw
    .normalize('NFC')
    .split(LINE_BREAK)
    .map((line) => stripInvisible(line).replace(CONTROL, ' ').replace(BLANKS, ' ').trim());
  const unglued = unglueCaptions(cleaned);
  const lines: string[] = [];
  for (const line of unglued) {
    if (line === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Splits lines that hold a title with a photo caption glued on (scraped from a figure
 * whose caption follows the title's link text without a space): after a copy of an
 * earlier line ("TitleCaption"), or, for a line with a photo credit (©) and at least
 * MIN_GLUED_TITLE_WORDS words before it, where a capitalised word follows a letter
 * without a space ("…HammouchiAbdellatif…", "…l’ONUAbdellatif…").
 */
function unglueCaptions(lines: readonly string[]): string[] {
  const result: string[] = [];
  // Earlier lines by their first MIN_GLUED_PREFIX_CHARS characters, so that the search stays linear.
  const earlierByOpening = new Map<string, string[]>();
  for (const line of lines) {
    const opening = line.slice(0, MIN_GLUED_PREFIX_CHARS);
    const earlier = (earlierByOpening.get(opening) ?? []).find(
      (prior) => line.length > prior.length && line.startsWith(prior) && /[\p{L}\p{N}]/u.test(line[prior.length]),
    );
    if (line.length >= MIN_GLUED_PREFIX_CHARS) {
      const sameOpening = earlierByOpening.get(opening);
      if (!sameOpening) earlierByOpening.set(opening, [line]);
      else if (sameOpening.length < MAX_GLUE_CANDIDATES && !sameOpening.includes(line)) sameOpening.push(line);
    }
    if (earlier !== undefined) {
      result.push(earlier, line.slice(earlier.length));
      continue;
    }
    const junction = line.includes('©') ? line.search(GLUE_JUNCTION) : -1;
    if (junction > 0 && line.slice(0, junction).split(' ').length >= MIN_GLUED_TITLE_WORDS) {
      result.push(line.slice(0, junction), line.slice(junction));
      continue;
    }
    result.push(line);
  }
  return result;
}

/** Joins lines with "\n" and returns the non-empty ones with their offsets in the joined text. */
function joinLines(lines: readonly string[]): { text: string; spans: { text: string; start: number; end: number }[] } {
  const spans: { text: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const line of lines) {
    if (line !== '') spans.push({ text: line, start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return { text: lines.join('\n'), spans };
}

/** The sentences of a line (a title is one sentence: headlines are not split at their dots). */
function lineSentences(line: IngestedLine, paragraph: number, docLang: 'ar' | 'fr'): IngestedSentence[] {
  const common = { kind: line.kind, lang: line.lang, paragraph };
  if (line.kind === 'title') return [{ text: line.text, start: line.start, end: line.end, ...common }];
  const lang = line.lang === 'other' ? docLang : line.lang;
  return segmentParagraph(line.text, lang).map((span) => ({
    text: span.text,
    start: line.start + span.start,
    end: line.start + span.end,
    ...common,
  }));
}
