// Sentence segmentation: boundary precision, recall and F1 on the shared parallel data,
// ours beside Node's built-in Intl.Segmenter (granularity 'sentence', locale fr / ar), and
// speed in MB/s.
//
// How the gold is built. Paragraphs are consecutive rows of one document: one FLORES
// article (same URL, file order) or one UN document (same symbol, ordered by the
// `line:count` position: line n of the document, k-th sentence of that line, so rows of
// one line are true neighbours in a paragraph and rows of different lines are joined as
// if they were one). Rows are joined with a space; the joins are the gold
// boundaries. A row that does not end with end punctuation (a heading such as
// "Soixante-neuvième session", a line ending in ":") closes its paragraph, as it is a line
// of its own in the document, so no join follows it.
//
// Rows that hold several sentences. Some rows are more than one sentence (FLORES
// especially: "… rien. J'ai appelé …"). A split inside a row is neither right nor wrong
// (not counted) when it is plainly a sentence end, judged by two plain rules that are
// not either segmenter: (1) it follows end punctuation after a word of three or more
// lower-case letters, a capitalised word of four or more, two or more Arabic letters, a
// number of two or more digits or a closing parenthesis ("rien. J'ai", "en Tasmanie. Le";
// no abbreviation has that shape), or (2) the row's English version (same row of the data) holds such an
// end followed by a capital (then the whole row is excused; how many rows is printed).
// Every other split inside a row counts as a false positive: after "M.", "art.", "J.",
// a list number, "..", a single Arabic letter, and so on. This errs towards leniency on those rows, for both
// segmenters alike.
//
// Held-out evaluation. Documents are split by their order in the data: even-numbered ones
// ("tune") were looked at while writing the rules and tables, odd-numbered ones
// ("held-out") were not; both are printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasEndPunctuation, segmentParagraph, segmentText } from '../server/text/segment';
import { CorpusName, groupByDocument, loadCorpus, ParallelRow, SHARED_DIR } from './data';

/** Documents of UNPC read in quick mode (of 732). */
const QUICK_UNPC_DOCUMENTS = 240;
/** Times each segmenter runs over the whole text for the speed figure. */
const SPEED_ROUNDS = 10;
const QUICK_SPEED_ROUNDS = 2;
const BYTES_PER_MB = 1024 * 1024;
/** A sentence end inside an English row: a lower-case word, end punctuation, a capital. */
const ENGLISH_SENTENCE_END = /(\p{Ll}{2,})[.!?…]+["'”’)]*\s+["“‘(]?\p{Lu}/gu;
/** What a plain sentence end looks like just before a split (see followsPlainSentenceEnd). */
const PLAIN_SENTENCE_END = /(?:(?<![\p{L}.])(?:\p{Ll}{3,}|\p{Lu}\p{Ll}{3,})|[\u0621-\u064a]{2,}|\p{Nd}{2,}|\))[.!?؟…]+["'”’»)]*\s*$/u;
const PLAIN_END_WINDOW = 40;
/** Lower-case English abbreviations that a capital may follow. */
const ENGLISH_ABBREVIATIONS = new Set(['etc', 'al', 'para', 'paras', 'vs', 'approx', 'ibid', 'cf', 'viz', 'art', 'arts', 'no', 'nos', 'op', 'cit']);

/** The English column of each row, keyed by document and position (bench/data.ts leaves it out). */
const ENGLISH_FILES: Record<'unpc' | 'flores', string> = {
  unpc: 'unpc-dev.ar_fr_en.tsv',
  flores: 'flores200-devtest.ar_fr_en.tsv',
};

type SegLang = 'fr' | 'ar';

/** A paragraph of joined rows with its gold boundaries and the rows that are surely one sentence. */
interface GoldParagraph {
  text: string;
  /** Offsets where a row starts, after the first. */
  gold: Set<number>;
  /** [start, end) of each row, and whether a split inside it counts as an error. */
  rows: Array<{ start: number; end: number; single: boolean }>;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

type Segmenter = (text: string, lang: SegLang) => number[];

const ours: Segmenter = (text, lang) => segmentParagraph(text, lang).slice(1).map((s) => s.start);

const intlSegmenters = new Map<SegLang, Intl.Segmenter>();
function intl(lang: SegLang): Intl.Segmenter {
  let segmenter = intlSegmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    intlSegmenters.set(lang, segmenter);
  }
  return segmenter;
}

const builtIn: Segmenter = (text, lang) => {
  const starts: number[] = [];
  for (const segment of intl(lang).segment(text)) {
    if (segment.index > 0 && segment.segment.trim() !== '') starts.push(segment.index);
  }
  return starts;
};

function loadEnglish(name: 'unpc' | 'flores'): Map<string, string> {
  const [header, ...lines] = readFileSync(join(SHARED_DIR, 'data', 'dev', ENGLISH_FILES[name]), 'utf8').split('\n');
  const columns = header.split('\t');
  const doc = columns.indexOf(name === 'unpc' ? 'doc_symbol' : 'doc_url');
  const position = columns.indexOf(name === 'unpc' ? 'ar_pos' : 'idx');
  const english = columns.indexOf('en');
  const map = new Map<string, string>();
  for (const line of lines) {
    const cells = line.split('\t');
    if (cells.length > english) map.set(`${cells[doc]}\t${cells[position]}`, cells[english]);
  }
  return map;
}

/**
 * Whether an English row is clearly one sentence: no end punctuation after a lower-case
 * word (not an abbreviation) followed by a capital. A plain rule, not a segmenter: English
 * list numbers ("1. The Commission") and initials do not make a row look like two.
 */
function isOneEnglishSentence(english: string | undefined): boolean {
  if (english === undefined) return false;
  for (const match of english.matchAll(ENGLISH_SENTENCE_END)) {
    if (!ENGLISH_ABBREVIATIONS.has(match[1])) return false;
  }
  return true;
}

/**
 * Whether the text before `at` is a plain sentence end: a word of at least three lower-case
 * letters or a capitalised one of four, two Arabic letters, two digits or ")", then end
 * punctuation, closing quotes, spaces. No abbreviation has that shape.
 */
function followsPlainSentenceEnd(text: string, at: number): boolean {
  return PLAIN_SENTENCE_END.test(text.slice(Math.max(0, at - PLAIN_END_WINDOW), at));
}

function positionKey(position: string): [number, number] {
  const [line, count] = position.split(':').map(Number);
  return [line, count ?? 0];
}

/** Orders a document's rows: UN rows by line and sentence number, others in file order. */
function ordered(rows: ParallelRow[], corpus: CorpusName): ParallelRow[] {
  if (corpus !== 'unpc') return rows;
  return [...rows].sort((a, b) => {
    const [la, ca] = positionKey(a.position);
    const [lb, cb] = positionKey(b.position);
    return la - lb || ca - cb;
  });
}

function buildParagraphs(documents: ParallelRow[][], corpus: CorpusName, lang: SegLang, english: Map<string, string>): GoldParagraph[] {
  const paragraphs: GoldParagraph[] = [];
  for (const document of documents) {
    let current: GoldParagraph | null = null;
    for (const row of ordered(document, corpus)) {
      const sentence = row[lang].trim();
      if (sentence === '') continue;
      if (!current) current = { text: '', gold: new Set(), rows: [] };
      else {
        current.text += ' ';
        current.gold.add(current.text.length);
      }
      const start = current.text.length;
      current.text += sentence;
      current.rows.push({ start, end: current.text.length, single: isOneEnglishSentence(english.get(`${row.doc}\t${row.position}`)) });
      if (!hasEndPunctuation(sentence)) {
        paragraphs.push(current);
        current = null;
      }
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs;
}

function score(paragraphs: GoldParagraph[], lang: SegLang, segmenter: Segmenter): Score {
  const result: Score = { tp: 0, fp: 0, fn: 0 };
  for (const paragraph of paragraphs) {
    const predicted = new Set(segmenter(paragraph.text, lang));
    for (const boundary of predicted) {
      if (paragraph.gold.has(boundary)) result.tp++;
      else if (paragraph.rows.find((row) => boundary > row.start && boundary < row.end)?.single !== false && !followsPlainSentenceEnd(paragraph.text, boundary)) result.fp++;
    }
    for (const boundary of paragraph.gold) if (!predicted.has(boundary)) result.fn++;
  }
  return result;
}

function f1(s: Score): { p: number; r: number; f: number } {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * MB/s of a segmenter over paragraphs, after a warm-up run: either one call per paragraph,
 * or (`whole`) one call on the paragraphs joined into one text, one paragraph a line.
 */
function speed(paragraphs: string[], lang: SegLang, segment: (text: string, lang: SegLang) => unknown, rounds: number, whole: boolean): number {
  const inputs = whole ? [paragraphs.join('\n')] : paragraphs;
  for (const input of inputs) segment(input, lang);
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) for (const input of inputs) segment(input, lang);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input, 'utf8'), 0);
  return (bytes * rounds) / BYTES_PER_MB / seconds;
}

function row(cells: string[]): string {
  return cells.map((cell, i) => (i < 3 ? cell.padEnd(i === 0 ? 8 : 9) : cell.padStart(7))).join(' ');
}

/** Prints boundary P/R/F1 per corpus, language and split, ours and Intl.Segmenter's, then speed. */
export function run({ quick }: { quick: boolean }): void {
  const corpora: Array<'flores' | 'unpc'> = ['flores', 'unpc'];
  process.stdout.write(row(['corpus', 'lang', 'split', 'gold', 'P', 'R', 'F1', 'Intl P', 'Intl R', 'Intl F1', 'excused']) + '\n');
  const speedTexts: Record<SegLang, string[]> = { fr: [], ar: [] };
  for (const corpus of corpora) {
    const english = loadEnglish(corpus);
    let documents = groupByDocument(loadCorpus(corpus));
    if (quick && corpus === 'unpc') documents = documents.slice(0, QUICK_UNPC_DOCUMENTS);
    const splits: Array<[string, ParallelRow[][]]> = [
      ['tune', documents.filter((_, i) => i % 2 === 0)],
      ['held-out', documents.filter((_, i) => i % 2 === 1)],
      ['all', documents],
    ];
    for (const lang of ['fr', 'ar'] as const) {
      for (const [split, docs] of splits) {
        const paragraphs = buildParagraphs(docs, corpus, lang, english);
        if (split === 'all') speedTexts[lang].push(...paragraphs.map((p) => p.text));
        const mine = f1(score(paragraphs, lang, ours));
        const theirs = f1(score(paragraphs, lang, builtIn));
        const gold = paragraphs.reduce((sum, p) => sum + p.gold.size, 0);
        const excused = paragraphs.reduce((sum, p) => sum + p.rows.filter((r) => !r.single).length, 0);
        const rows = paragraphs.reduce((sum, p) => sum + p.rows.length, 0);
        const fixed = (x: number) => x.toFixed(4);
        process.stdout.write(
          row([corpus, lang, split, String(gold), fixed(mine.p), fixed(mine.r), fixed(mine.f), fixed(theirs.p), fixed(theirs.r), fixed(theirs.f), `${excused}/${rows}`]) + '\n',
        );
      }
    }
  }
  const rounds = quick ? QUICK_SPEED_ROUNDS : SPEED_ROUNDS;
  for (const lang of ['fr', 'ar'] as const) {
    const paragraphs = speedTexts[lang];
    const mb = paragraphs.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / BYTES_PER_MB;
    const perParagraph = speed(paragraphs, lang, segmentParagraph, rounds, false).toFixed(1);
    const wholeText = speed(paragraphs, lang, segmentText, rounds, true).toFixed(1);
    const builtInSpeed = speed(paragraphs, lang, builtIn, rounds, false).toFixed(1);
    process.stdout.write(
      `speed ${lang} (${mb.toFixed(2)} MB × ${rounds}): ours ${perParagraph} MB/s by paragraph, ${wholeText} MB/s as one text; ` +
        `Intl.Segmenter ${builtInSpeed} MB/s by paragraph (as one text it slows down with length: minutes here)\n`,
    );
  }
}
