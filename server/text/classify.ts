// Kinds of the lines of a scraped news report: title, body, caption, metadata,
// boilerplate, foreign. Rules, in order:
// 1. A line's own form: furniture phrases, one-word lines and lines without letters
//    ("Loading", "A", "pub", "Avatar de …", "12") are boilerplate; dates, reading time,
//    categories and bylines ("- in Société", "Mouna Aghlal - 12 janvier 2026") are
//    metadata; lines with a photo credit ("… © DR", "Photo : …") are captions.
// 2. A line in the other script than the document's language is foreign (the Arabic
//    caption of a French report).
// 3. The page's tail is boilerplate: everything from a "You may also like" / "Derniers
//    articles" heading once the body has begun, or from a list of other articles (title,
//    teaser, dated byline, repeated) after the body.
// 4. The title is the first line left of three words or more (shorter ones before it are
//    furniture: boilerplate), when it is short enough to be one.
// 5. Then, in order: a repeat of an earlier line is boilerplate (the title printed twice);
//    before the body, a short line beside a metadata line is metadata (a byline);
//    the first line after the title is a caption when nearly all its words come back in
//    the next, longer paragraph (report 000's verbless "Le directeur général …, Faisal
//    Shahkar." under the photo, restating the lead); inside the body, a heading-like line
//    made of two headlines ("AG d'Interpol à Marrakech. Lutte commune …") is a link to
//    another article, boilerplate; every other line is body. Section headings are body:
//    the data model has no heading kind, and a heading is translated like a sentence.
import { BOILERPLATE_LINES, BOILERPLATE_PREFIXES, CAPTION_PREFIXES, METADATA_PREFIXES, TAIL_MARKERS } from './boilerplate';
import { findDates } from './document-date';
import { matchKey } from './normalize';
import { detectLang, lineScript } from './script';
import { Lang, LineKind } from './types';

/** Words from which a line counts as a paragraph of running text (for the language and "the body has begun"). */
const PARAGRAPH_MIN_WORDS = 8;
/** Bounds of a title's length in words. */
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 40;
/** Longest metadata line opened by a metadata word ("Publié le …", "Temps de lecture : 3 min"). */
const MAX_METADATA_WORDS = 12;
/** Longest byline ("Par Hajar Toufik", the name before a byline's date). */
const MAX_BYLINE_NAME_WORDS = 6;
/** Longest category line ("- in Société"). */
const MAX_CATEGORY_WORDS = 4;
/** Words of three letters or more a date line may carry besides the date and time ("date … Politique"). */
const MAX_DATE_LINE_EXTRA_WORDS = 2;
/** Longest date line in words ("Publié le mardi 25 novembre 2025 à 10 h 30"). */
const MAX_DATE_LINE_WORDS = 12;
/** Longest line read as a link to another article inside the body. */
const MAX_LINK_WORDS = 25;
/** Share of a line's words that must come back in the next paragraph for it to be a restated caption. */
const RESTATED_SHARE = 0.85;
/** Shortest restated caption (shorter lines are headings or bylines). */
const MIN_RESTATED_WORDS = 6;
/** Dated bylines after the body from which they are taken for a list of other articles. */
const MIN_LISTED_ARTICLES = 2;
/** Most lines of one entry of such a list (title, teaser, byline and a spare). */
const MAX_LISTED_ENTRY_LINES = 4;
/** How far from its end a photo credit (©) may sit in a caption. */
const CREDIT_TAIL_CHARS = 40;
/** Bylines that need the short-line test: these words also open ordinary sentences ("Par ailleurs, …"). */
const BYLINE_WORDS = new Set(['par', 'by', 'بقلم']);

const ASCII_ONLY = /^[\u0000-\u007F]*$/;
/** A digit of any script the date finder reads. */
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const SENTENCE_END = /[.!?؟…][»”"'’)\]]*$/u;
/**
 * A sentence end inside a line, before a capital: a word of two lower-case letters or
 * more ends before it, so that "M. Hammouchi" and the Arabic headline dots ("مراكش..")
 * are not taken for one.
 */
const INNER_SENTENCE_END = /\p{Ll}{2}[»”"’)]*[.!?](?![.])[»”"’)]*\s+\p{Lu}/u;
const CATEGORY_LINE = /^[-–•·|>]?\s*(?:in|dans|catégorie|rubrique)\s+\S/iu;
/** Counts after a widget's label: "Commentaires (2)", "Partager 15". */
const TRAILING_COUNT = /(?: \d+)+$/;
const TIME = /\b\d{1,2}\s*[:h]\s*\d{2}\b/g;
/** The separator between a byline's name and its date ("Mouna Aghlal - 12 janvier 2026"). */
const BYLINE_SEPARATOR = /\s[-–—|•·]\s|,\s/g;
const CREDIT = /\b(?:crédits?|credits?)\s*(?:photos?)?\s*:|\((?:photo|ph\.?|crédit|صورة|تصوير)[^)]*\)\s*$/iu;

/** The matching form of a phrase: folded case, accents and Arabic letter forms, punctuation as single spaces. */
function phraseKey(text: string): string {
  const key = matchKey(text);
  // ASCII keys (most French lines once folded) skip the slower Unicode property classes.
  return (ASCII_ONLY.test(key) ? key.replace(/[^A-Za-z0-9]+/g, ' ') : key.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

const keySet = (phrases: readonly string[]): Set<string> => new Set(phrases.map(phraseKey));
const BOILERPLATE_KEYS = keySet([...BOILERPLATE_LINES, ...TAIL_MARKERS]);
const TAIL_KEYS = keySet(TAIL_MARKERS);
const BOILERPLATE_PREFIX_KEYS = [...keySet(BOILERPLATE_PREFIXES)];
const METADATA_PREFIX_KEYS = [...keySet(METADATA_PREFIXES)];
const CAPTION_PREFIX_KEYS = [...keySet(CAPTION_PREFIXES)];

/** The kinds of a report's lines, its language and which line is its title. */
export interface LineClassification {
  /** The document's language, from its paragraphs (`other` when neither Arabic nor French). */
  lang: Lang;
  /** One kind per line. */
  kinds: LineKind[];
  /** The language of each line (`other` for a line without letters). */
  langs: Lang[];
  /** Index of the title line, or null when the report starts with running text. */
  title: number | null;
}

/** What the rules need to know of a line. */
interface LineFacts {
  text: string;
  key: string;
  /** The key without a trailing count ("Commentaires (2)" → "commentaires"), compared with the phrase lists. */
  phrase: string;
  words: number;
  endsSentence: boolean;
}

/** Classifies the non-empty, trimmed lines of a report (see the module header for the rules). */
export function classifyLines(lines: readonly string[]): LineClassification {
  const facts = lines.map(lineFacts);
  const langs = lines.map((line) => detectLang(line));
  const kinds: (LineKind | null)[] = facts.map(kindByForm);
  const lang = documentLang(facts, kinds, langs);
  const foreign = lang === 'fr' ? { lang: 'ar', script: 'arabic' } : lang === 'ar' ? { lang: 'fr', script: 'latin' } : null;
  facts.forEach((line, i) => {
    // A line mostly in the other language is foreign when that script dominates it (a mixed line is not).
    if (kinds[i] === null && foreign && langs[i] === foreign.lang && lineScript(line.text) === foreign.script) kinds[i] = 'foreign';
  });
  markTail(facts, kinds);
  const title = findTitle(facts, kinds);
  const hasTitle = title !== null;
  if (hasTitle) kinds[title] = 'title';
  classifyInOrder(facts, kinds, hasTitle ? [facts[title].key] : []);
  return {
    lang,
    kinds: kinds.map((kind) => kind ?? 'body'),
    langs,
    title: hasTitle ? title : null,
  };
}

function lineFacts(text: string): LineFacts {
  const key = phraseKey(text);
  return { text, key, phrase: key.replace(TRAILING_COUNT, ''), words: countWords(text), endsSentence: SENTENCE_END.test(text) };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Rule 1: the kind a line has by its own form, or null. */
function kindByForm(line: LineFacts): LineKind | null {
  if (line.key === '' || BOILERPLATE_KEYS.has(line.phrase) || startsWithAny(line.key, BOILERPLATE_PREFIX_KEYS)) return 'boilerplate';
  if (isMetadata(line)) return 'metadata';
  // A line without letters (a counter, "***") or a lone word without digits ("A", "Partager").
  if (!/\p{L}/u.test(line.text) || (line.words <= 1 && !DIGIT.test(line.text) && !line.endsSentence)) return 'boilerplate';
  if (isCaption(line)) return 'caption';
  return null;
}

function startsWithAny(key: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix} `));
}

/** Dates, reading time, categories and bylines. */
function isMetadata(line: LineFacts): boolean {
  if (isDateLine(line.text) || isDatedByline(line.text)) return true;
  if (line.words <= MAX_CATEGORY_WORDS && CATEGORY_LINE.test(line.text)) return true;
  const prefix = METADATA_PREFIX_KEYS.find((p) => line.key === p || line.key.startsWith(`${p} `));
  if (prefix === undefined || line.endsSentence) return false;
  if (prefix === 'date') return findDates(line.text).length > 0;
  return line.words <= (BYLINE_WORDS.has(prefix) ? MAX_BYLINE_NAME_WORDS : MAX_METADATA_WORDS);
}

/** A line that is a full date with at most a few words beside it ("date 2025-11-25 Politique", "Mardi 25 novembre 2025 à 10h30"). */
function isDateLine(text: string): boolean {
  if (!DIGIT.test(text) || countWords(text) > MAX_DATE_LINE_WORDS) return false;
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.index) + ' ' + rest.slice(date.index + date.length);
  rest = rest.replace(TIME, ' ');
  const extra = rest.split(/\s+/).filter((word) => /\p{L}{3,}/u.test(word)).length;
  return extra <= MAX_DATE_LINE_EXTRA_WORDS;
}

/** "Mouna Aghlal - 12 janvier 2026": a short name, a separator, a date. */
function isDatedByline(text: string): boolean {
  if (!DIGIT.test(text) || countWords(text) > MAX_BYLINE_NAME_WORDS + MAX_DATE_LINE_WORDS) return false;
  for (const separator of text.matchAll(BYLINE_SEPARATOR)) {
    const name = text.slice(0, separator.index);
    const date = text.slice((separator.index as number) + separator[0].length);
    if (countWords(name) <= MAX_BYLINE_NAME_WORDS && !/[.!?؟:;]/.test(name) && isDateLine(date)) return true;
  }
  return false;
}

/** A photo caption by its credit ("© DR", "Crédit photo :") or its opening ("Photo : …"). */
function isCaption(line: LineFacts): boolean {
  const copyright = line.text.lastIndexOf('©');
  if (copyright >= 0) return line.text.length - copyright <= CREDIT_TAIL_CHARS;
  if (CREDIT.test(line.text)) return true;
  const prefix = CAPTION_PREFIX_KEYS.find((p) => line.key.startsWith(`${p} `));
  return prefix !== undefined && /^[^:：]{1,20}[:：]/u.test(line.text);
}

/**
 * The document's language: the language of most words of its paragraphs (lines of
 * PARAGRAPH_MIN_WORDS words or more that are not furniture), or of all its lines when it
 * has none; Arabic on a tie, as detectLang decides. `other` when neither has a word.
 */
function documentLang(facts: readonly LineFacts[], kinds: readonly (LineKind | null)[], langs: readonly Lang[]): Lang {
  const paragraphs = facts.map((_, i) => i).filter((i) => kinds[i] === null && facts[i].words >= PARAGRAPH_MIN_WORDS);
  const counted = paragraphs.length > 0 ? paragraphs : facts.map((_, i) => i);
  const words = { ar: 0, fr: 0, other: 0 };
  for (const i of counted) words[langs[i]] += facts[i].words;
  if (words.ar === 0 && words.fr === 0) return 'other';
  return words.ar >= words.fr ? 'ar' : 'fr';
}

/** Rule 3: marks the page's tail (after a tail heading or from a list of other articles) as boilerplate. */
function markTail(facts: readonly LineFacts[], kinds: (LineKind | null)[]): void {
  // The first paragraph after the title candidate (a long title is not the body).
  const titleCandidate = kinds.indexOf(null);
  const firstParagraph = facts.findIndex((line, i) => i > titleCandidate && kinds[i] === null && line.words >= PARAGRAPH_MIN_WORDS);
  if (firstParagraph < 0) return;
  const starts = [facts.findIndex((line, i) => i > firstParagraph && TAIL_KEYS.has(line.phrase)), listedArticlesStart(facts, firstParagraph)];
  const tail = Math.min(...starts.filter((start) => start >= 0));
  if (!Number.isFinite(tail)) return;
  for (let i = tail; i < kinds.length; i++) kinds[i] = 'boilerplate';
}

/**
 * Where a list of other articles begins: MIN_LISTED_ARTICLES or more dated bylines after
 * the first paragraph, each ending an entry (title, teaser, byline) of at most
 * MAX_LISTED_ENTRY_LINES lines; the list starts one entry's length before the first
 * byline. -1 when there is no such list (a lone byline after the body is the report's
 * own signature: metadata).
 */
function listedArticlesStart(facts: readonly LineFacts[], firstParagraph: number): number {
  const bylines: number[] = [];
  facts.forEach((line, i) => {
    if (i > firstParagraph && isDatedByline(line.text)) bylines.push(i);
  });
  if (bylines.length < MIN_LISTED_ARTICLES) return -1;
  const entryLength = bylines[1] - bylines[0];
  if (entryLength > MAX_LISTED_ENTRY_LINES) return -1;
  return Math.max(firstParagraph + 1, bylines[0] - entryLength + 1);
}

/**
 * Rule 4: the first line left, when it has MIN_TITLE_WORDS to MAX_TITLE_WORDS words.
 * Shorter lines before it are furniture (a site's name, a menu item): boilerplate. Null
 * when the first line left is a paragraph.
 */
function findTitle(facts: readonly LineFacts[], kinds: (LineKind | null)[]): number | null {
  for (let i = 0; i < facts.length; i++) {
    if (kinds[i] !== null) continue;
    if (facts[i].words > MAX_TITLE_WORDS) return null;
    if (facts[i].words >= MIN_TITLE_WORDS) return i;
    kinds[i] = 'boilerplate';
  }
  return null;
}

/** Rule 5: repeats, restated captions, links to other articles and body, line by line after the title. */
function classifyInOrder(facts: readonly LineFacts[], kinds: (LineKind | null)[], seenKeys: string[]): void {
  const seen = new Set(seenKeys);
  // Only the first line after the title may be a caption restating the lead.
  let leadChecked = false;
  let bodyBegun = false;
  for (let i = 0; i < facts.length; i++) {
    if (kinds[i] !== null) continue;
    const line = facts[i];
    if (seen.has(line.key)) {
      kinds[i] = 'boilerplate';
      continue;
    }
    seen.add(line.key);
    if (!bodyBegun && isBylineBesideMetadata(line, kinds[i - 1], kinds[i + 1])) {
      kinds[i] = 'metadata';
      continue;
    }
    const next = leadChecked ? -1 : kinds.indexOf(null, i + 1);
    const restated = next >= 0 && restates(line, facts[next]);
    leadChecked = true;
    if (restated) {
      kinds[i] = 'caption';
    } else if (bodyBegun && isLinkToArticle(line)) {
      kinds[i] = 'boilerplate';
    } else {
      kinds[i] = 'body';
      bodyBegun = true;
    }
  }
}

/** A short line without a sentence end next to a metadata line, before the body: an author or source ("هسبريس - عبد الرحيم العسري"). */
function isBylineBesideMetadata(line: LineFacts, before: LineKind | null | undefined, after: LineKind | null | undefined): boolean {
  return line.words <= MAX_BYLINE_NAME_WORDS && !line.endsSentence && (before === 'metadata' || after === 'metadata');
}

/** Whether nearly all the words of `line` come back in the longer `next` paragraph. */
function restates(line: LineFacts, next: LineFacts): boolean {
  if (line.words < MIN_RESTATED_WORDS || next.words <= line.words) return false;
  const words = line.key.split(' ');
  const nextWords = new Set(next.key.split(' '));
  return words.filter((word) => nextWords.has(word)).length >= words.length * RESTATED_SHARE;
}

/** A heading-like line (no final stop) made of two headlines: "AG d'Interpol à Marrakech. Lutte commune …". */
function isLinkToArticle(line: LineFacts): boolean {
  return !line.endsSentence && line.words <= MAX_LINK_WORDS && INNER_SENTENCE_END.test(line.text);
}
